// Award outcomes that agree with a result's rows, for results made by hand or from a
// peer's optimum: what a checker test means to break stays the only thing broken.
import type { AwardOutcome, BlendRequest } from '../../../src/finance/blend/types';
import { awardProbabilityFor, grantedTotal } from '../../../src/model/award';
import type { Cents } from '../../../src/model/money';
import type { Workspace } from '../../../src/model/workspace';

export function awardOutcomesOf(
  workspace: Workspace,
  request: BlendRequest,
  allocations: readonly { planId: string; streamId: string; amount: number }[],
  guarantees: readonly { planId: string; streamId: string; amount: number }[] = [],
): AwardOutcome[] {
  const out: AwardOutcome[] = [];
  for (const planId of request.planIds) {
    const plan = workspace.plans.find((p) => p.id === planId);
    for (const award of plan?.awards ?? []) {
      const stream = workspace.fundingStreams.find((s) => s.id === award.streamId);
      if (plan === undefined || stream === undefined) continue;
      const rows: readonly { planId: string; streamId: string; amount: number }[] =
        stream.kind === 'guarantee' ? guarantees : allocations;
      const given = rows
        .filter((r) => r.planId === planId && r.streamId === award.streamId)
        .reduce((sum, r) => sum + r.amount, 0);
      const granted = grantedTotal(award) ?? null;
      const shortfall = granted !== null && stream.kind !== 'guarantee' ? Math.max(0, granted - given) : 0;
      out.push({
        planId,
        streamId: award.streamId,
        status: award.status,
        granted,
        given: given as Cents,
        shortfall: shortfall as Cents,
        probability: awardProbabilityFor(plan, stream),
        message: '',
      });
    }
  }
  return out;
}
