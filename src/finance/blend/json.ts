import { centsToEuros } from '../../model/money';
import type { BlendResult } from './types';

/** The command line's `--json` form of a blend (spec section 9): euros, exactly these keys. */
export function blendToJson(result: BlendResult) {
  return {
    status: result.status,
    totalCost: centsToEuros(result.totalCost),
    funded: centsToEuros(result.funded),
    gap: centsToEuros(result.gap),
    plans: result.plans.map((p) => ({
      planId: p.planId,
      totalCost: centsToEuros(p.totalCost),
      funded: centsToEuros(p.funded),
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
    binding: result.binding.map((b) => ({
      rule: b.rule,
      streamId: b.streamId ?? null,
      planId: b.planId ?? null,
      valuePerEuro: b.valuePerEuro,
      message: b.message,
    })),
  };
}
