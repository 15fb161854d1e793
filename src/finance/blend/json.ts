import { asCents, centsToEuros } from '../../model/money';
import type { BlendResult } from './types';

/**
 * The command line's `--json` form of a blend (spec section 9): euros, exactly these keys.
 * funded (outside money) + ownRevenueTotal + gap = totalCost; `ownRevenue` lists what of the
 * plans' own revenue pays which cost line (issue 13), `guarantees` and `funds` the guarantees
 * and revolving funds, `awards` what each application or decision of the plans means (issue 14).
 * `bound` is the most any blend could cover (issue 18): `totalCost - gap` when proven optimal.
 */
export function blendToJson(result: BlendResult) {
  return {
    status: result.status,
    totalCost: centsToEuros(result.totalCost),
    funded: centsToEuros(result.funded),
    ownRevenueTotal: centsToEuros(asCents(result.plans.reduce((sum, p) => sum + p.ownRevenue, 0))),
    gap: centsToEuros(result.gap),
    bound: centsToEuros(result.bound),
    plans: result.plans.map((p) => ({
      planId: p.planId,
      totalCost: centsToEuros(p.totalCost),
      funded: centsToEuros(p.funded),
      ownRevenue: centsToEuros(p.ownRevenue),
      gap: centsToEuros(p.gap),
      fundedShare: p.fundedShare,
    })),
    allocations: result.allocations.map((a) => ({
      planId: a.planId,
      streamId: a.streamId,
      costId: a.costId,
      year: a.year,
      amount: centsToEuros(a.amount),
    })),
    ownRevenue: result.ownRevenue.map((u) => ({
      planId: u.planId,
      costId: u.costId,
      year: u.year,
      amount: centsToEuros(u.amount),
    })),
    guarantees: result.guarantees.map((g) => ({
      planId: g.planId,
      streamId: g.streamId,
      loanStreamId: g.loanStreamId,
      year: g.year,
      amount: centsToEuros(g.amount),
    })),
    funds: result.funds.map((y) => ({
      streamId: y.streamId,
      year: y.year,
      budget: y.budget === null ? null : centsToEuros(y.budget),
      drawn: centsToEuros(y.drawn),
      returned: centsToEuros(y.returned),
      relent: centsToEuros(y.relent),
      balance: centsToEuros(y.balance),
    })),
    binding: result.binding.map((b) => ({
      rule: b.rule,
      streamId: b.streamId ?? null,
      planId: b.planId ?? null,
      valuePerEuro: b.valuePerEuro,
      message: b.message,
    })),
    awards: result.awards.map((a) => ({
      planId: a.planId,
      streamId: a.streamId,
      status: a.status,
      granted: a.granted === null ? null : centsToEuros(a.granted),
      given: centsToEuros(a.given),
      shortfall: centsToEuros(a.shortfall),
      probability: a.probability,
      message: a.message,
    })),
  };
}
