import { orderExplanations } from '../../domain/analysis/explanations';
import type { Explanation } from '../../domain/analysis/types';

/**
 * What the explanations panel shows. "Why there is a gap" only where there is one: with
 * no gap the binding rules explain nothing the user needs, so the panel is left out; a
 * rule that locked amounts break still needs a decision, so those stay, under their own
 * title. The gap is compared in whole cents (a blend rounds to cents).
 */
export function explanationsShown(
  explanations: readonly Explanation[],
  gap: number,
): { title: 'gap' | 'locks'; items: Explanation[] } | null {
  const ordered = orderExplanations(explanations);
  if (Math.round(gap * 100) > 0) return { title: 'gap', items: ordered };
  const locks = ordered.filter((explanation) => explanation.brokenByLock);
  return locks.length === 0 ? null : { title: 'locks', items: locks };
}
