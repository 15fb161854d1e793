import { isEligible } from '../blend/eligibility';
import type { Plan } from '../../model/plan';
import type { Workspace } from '../../model/workspace';

/**
 * Ids of the streams that may pay at least one cost of the plan (spec section 6:
 * category, the cooperative's sector and stage, and a year with a cost inside the
 * stream's years), in the workspace's stream order. What the stream picker offers.
 */
export function eligibleStreamIds(workspace: Workspace, plan: Plan): string[] {
  const cooperative = workspace.cooperatives.find((c) => c.id === plan.cooperativeId);
  const costCells = plan.costs.flatMap((cost) =>
    Object.entries(cost.amounts)
      .filter(([, amount]) => amount > 0)
      .map(([year]) => ({ cost, year: Number(year) })),
  );
  return workspace.fundingStreams
    .filter((stream) => costCells.some(({ cost, year }) => isEligible(stream, cooperative, cost, year)))
    .map((stream) => stream.id);
}
