import { grantedTotal } from '../../model/award';
import type { Plan } from '../../model/plan';

/**
 * What a plan's awards mean for its blend (docs/blend.md, "Awards"): a refused stream
 * is out of the plan's blend; a granted or settled award fixes the stream's total for the
 * plan at the granted amount (locked amounts included); ideas and applications change
 * nothing here (their award probability counts in the Monte Carlo).
 */
export interface PlanAwardData {
  /** Stream indexes whose application the plan had refused. */
  refused: ReadonlySet<number>;
  /** Granted totals in cents, by stream index; paying streams only (a guarantee pays no cost). */
  granted: ReadonlyMap<number, number>;
}

export const NO_AWARDS: PlanAwardData = { refused: new Set(), granted: new Map() };

export function planAwardData(
  plan: Plan,
  streams: ReadonlyMap<string, { index: number; stream: { kind: string } }>,
): PlanAwardData {
  if (plan.awards.length === 0) return NO_AWARDS;
  const refused = new Set<number>();
  const granted = new Map<number, number>();
  for (const award of plan.awards) {
    const stream = streams.get(award.streamId);
    if (stream === undefined) continue;
    if (award.status === 'refused') refused.add(stream.index);
    const total = grantedTotal(award);
    if (total !== undefined && stream.stream.kind !== 'guarantee') granted.set(stream.index, total);
  }
  return { refused, granted };
}
