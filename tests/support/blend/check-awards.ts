// Awards (issue 14), judged on the result alone: a refused stream gives the plan nothing;
// a granted or settled award fixes the stream's total for the plan at the granted amount,
// or the result reports by how much it falls short; and the result's award outcomes
// agree with its allocations. Written from the semantics (docs/blend.md, "Awards"), not
// from the optimiser; whether a shortfall could have been avoided is for a reference
// solver to say.
import { grantedTotal, isDecided } from '../../../src/model/award';
import { euros, sumBy, type Cell, type CheckContext, type Violation } from './check-context';
import type { BlendResult } from '../../../src/finance/blend/types';

const pairKey = (planId: string, streamId: string) => `${planId}\u0000${streamId}`;

/** Cents of the pair in the result: allocations, or for a guarantee what it backs. */
function totalsOf(cells: readonly Cell[], result: BlendResult): (planId: string, streamId: string) => number {
  const sums = sumBy(cells, (c) => pairKey(c.plan.id, c.stream.id));
  const backed = new Map<string, number>();
  for (const g of result.guarantees) {
    const key = pairKey(g.planId, g.streamId);
    backed.set(key, (backed.get(key) ?? 0) + g.amount);
  }
  return (planId, streamId) =>
    (sums.get(pairKey(planId, streamId))?.amount ?? 0) + (backed.get(pairKey(planId, streamId)) ?? 0);
}

export function awardViolations(ctx: CheckContext, cells: readonly Cell[], result: BlendResult): Violation[] {
  const out: Violation[] = [];
  const tol = ctx.tolerance;
  const totalOf = totalsOf(cells, result);
  // Read as possibly absent: a result from before issue 14 has no award outcomes.
  const reported: unknown = result.awards;
  const outcomes = Array.isArray(reported) ? result.awards : [];
  const seen = new Set<string>();
  for (const outcome of outcomes) {
    const key = pairKey(outcome.planId, outcome.streamId);
    const plan = ctx.plans.find((p) => p.id === outcome.planId);
    const award = plan?.awards.find((a) => a.streamId === outcome.streamId);
    const where = { planId: outcome.planId, streamId: outcome.streamId };
    if (award === undefined || seen.has(key)) {
      out.push({
        rule: 'award',
        ...where,
        message: 'the result reports an award the blended plans do not have, or one twice',
      });
      continue;
    }
    seen.add(key);
    const total = totalOf(outcome.planId, outcome.streamId);
    if (!(Math.abs(outcome.given - total) <= tol))
      out.push({
        rule: 'award',
        ...where,
        message: `the award outcome gives ${euros(outcome.given)}, the result ${euros(total)}`,
      });
    const granted = grantedTotal(award);
    const paying = ctx.streams.get(award.streamId)?.kind !== 'guarantee';
    const expected = granted !== undefined && paying ? Math.max(0, granted - total) : 0;
    if (!(Math.abs(outcome.shortfall - expected) <= tol))
      out.push({
        rule: 'award',
        ...where,
        message: `the award's shortfall is ${euros(outcome.shortfall)}, should be ${euros(expected)}`,
      });
  }
  for (const plan of ctx.plans) {
    for (const award of plan.awards) {
      const where = { planId: plan.id, streamId: award.streamId };
      if (!seen.has(pairKey(plan.id, award.streamId)) && Array.isArray(reported))
        out.push({
          rule: 'award',
          ...where,
          message: `the result does not report the award of ${award.streamId}`,
        });
      const total = totalOf(plan.id, award.streamId);
      if (award.status === 'refused' && total > tol) {
        out.push({
          rule: 'award',
          ...where,
          excess: total,
          message: `stream ${award.streamId} refused plan ${plan.id}, the blend still gives ${euros(total)}`,
        });
      }
      const granted = grantedTotal(award);
      if (
        granted === undefined ||
        !isDecided(award.status) ||
        ctx.streams.get(award.streamId)?.kind === 'guarantee'
      )
        continue;
      if (total > granted + tol) {
        out.push({
          rule: 'award',
          ...where,
          excess: total - granted,
          message: `stream ${award.streamId} granted ${euros(granted)} to plan ${plan.id}, the blend gives ${euros(total)}`,
        });
      }
    }
  }
  return out;
}
