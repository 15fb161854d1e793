// Blend results with consistent totals for the checker tests, including the issue-13
// parts (own revenue, guarantees, revolving funds), so that a test breaks only what it
// means to break.
import type {
  Allocation,
  AwardOutcome,
  Binding,
  BlendRequest,
  BlendResult,
  GuaranteeUse,
  OwnRevenueUse,
  PlanBlend,
  RevolvingFundYear,
} from '../../../src/finance/blend/types';
import type { Cents } from '../../../src/model/money';
import type { Workspace } from '../../../src/model/workspace';
import { awardOutcomesOf } from './award-results';
import { cents } from './fixtures';

export interface ResultParts {
  allocations?: Allocation[];
  ownRevenue?: OwnRevenueUse[];
  guarantees?: GuaranteeUse[];
  funds?: RevolvingFundYear[];
  binding?: Binding[];
  awards?: AwardOutcome[];
}

const sum = (rows: readonly { planId: string; amount: number }[], planId: string) =>
  rows.filter((r) => r.planId === planId).reduce((s, r) => s + r.amount, 0);

/** A result whose totals agree with its rows: gap = cost - funded - own revenue. */
export function blendResultOf(
  workspace: Workspace,
  request: BlendRequest,
  parts: ResultParts = {},
): BlendResult {
  const allocations = parts.allocations ?? [];
  const ownRevenue = parts.ownRevenue ?? [];
  const plans: PlanBlend[] = request.planIds.map((planId) => {
    const p = workspace.plans.find((x) => x.id === planId);
    let totalCost = 0;
    for (const c of p?.costs ?? []) for (const a of Object.values(c.amounts)) totalCost += a;
    const funded = sum(allocations, planId);
    const own = sum(ownRevenue, planId);
    return {
      planId,
      totalCost: totalCost as Cents,
      funded: funded as Cents,
      ownRevenue: own as Cents,
      gap: (totalCost - funded - own) as Cents,
      fundedShare: totalCost === 0 ? 1 : (funded + own) / totalCost,
    };
  });
  const totalCost = plans.reduce((s, p) => s + p.totalCost, 0);
  const funded = plans.reduce((s, p) => s + p.funded, 0);
  const own = plans.reduce((s, p) => s + p.ownRevenue, 0);
  return {
    status: 'optimal',
    totalCost: totalCost as Cents,
    funded: funded as Cents,
    gap: (totalCost - funded - own) as Cents,
    bound: (funded + own) as Cents,
    plans,
    allocations,
    ownRevenue,
    guarantees: parts.guarantees ?? [],
    funds: parts.funds ?? [],
    binding: parts.binding ?? [],
    awards: parts.awards ?? awardOutcomesOf(workspace, request, allocations, parts.guarantees ?? []),
  };
}

/** Own revenue in euros, for readable tests. */
export function own(euros: number, costId = 'capex', year = 2026, planId = 'plan'): OwnRevenueUse {
  return { planId, costId, year, amount: cents(euros) };
}

/** A guarantee in euros on a loan draw, for readable tests. */
export function backing(
  streamId: string,
  loanStreamId: string,
  euros: number,
  year = 2026,
  planId = 'plan',
): GuaranteeUse {
  return { planId, streamId, loanStreamId, year, amount: cents(euros) };
}
