import type { Explanation } from './types';

/** Rules broken by locked amounts come first (they need a decision), then by what relaxing is worth. */
export function orderExplanations(explanations: readonly Explanation[]): Explanation[] {
  return explanations
    .map((explanation, index) => ({ explanation, index }))
    .sort(
      (a, b) =>
        Number(b.explanation.brokenByLock) - Number(a.explanation.brokenByLock) ||
        b.explanation.valuePerEuro - a.explanation.valuePerEuro ||
        a.index - b.index,
    )
    .map(({ explanation }) => explanation);
}

/** Worth telling the user what relaxing the rule closes: at least a cent per euro. */
export function closesGap(explanation: Explanation): boolean {
  return explanation.valuePerEuro >= 0.005;
}
