// Awards in the direct model (docs/blend.md, "Awards"), written from the semantics: a
// refused stream has no columns for the plan, and a granted or settled award of a paying
// stream fixes the sum of the plan's columns of that stream (locked ones included) at the
// granted amount. The minimum award does not apply to it (direct-rules.ts). Where no
// column can carry a grant the model is infeasible, as with a lock on an ineligible cell.
import { awardOf, grantedTotal } from '../../src/model/award';
import {
  CENTS_PER_UNIT,
  groupBy,
  sumTerms,
  type Builder,
  type Plan,
  type Stream,
  type Var,
} from './direct-builder';

export function refusedFor(plan: Plan, stream: Stream): boolean {
  return awardOf(plan, stream.id)?.status === 'refused';
}

/** The granted total in cents when the plan's award of a paying stream is decided. */
export function decidedTotal(plan: Plan, stream: Stream): number | undefined {
  return stream.kind === 'guarantee' ? undefined : grantedTotal(awardOf(plan, stream.id));
}

/** Adds the grants' rows; returns why the model cannot hold them, or undefined. */
export function addAwards(
  b: Builder,
  plans: readonly Plan[],
  streams: readonly Stream[],
  vars: readonly Var[],
): string | undefined {
  const byPair = groupBy(vars, (v) => `${v.plan.id}|${v.stream.id}`);
  for (const plan of plans) {
    for (const stream of streams) {
      const granted = decidedTotal(plan, stream);
      if (granted === undefined) continue;
      const group = byPair.get(`${plan.id}|${stream.id}`) ?? [];
      if (group.length === 0) {
        if (granted > 0) return `plan ${plan.id}: no cost stream ${stream.id} may pay carries its grant`;
        continue;
      }
      b.pushRow(sumTerms(group), '<=', granted / CENTS_PER_UNIT);
      b.pushRow(sumTerms(group), '>=', granted / CENTS_PER_UNIT);
    }
  }
  return undefined;
}
