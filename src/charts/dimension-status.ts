/**
 * A Doughnut dimension's status in words and which dimension a screen opens first. The
 * wedge values themselves (a dimension's mean status, the lens grouping) are shared with
 * the council report in src/impact/doughnut-wedges.ts.
 */
import type { Dimension, IndicatorKind } from '../model/doughnut';
import type { DimensionStatus } from '../impact/doughnut-wedges';

export { dimensionStatuses, indicatorStatusIn, type DimensionStatus } from '../impact/doughnut-wedges';

/** What `dimensionToOpen` needs of a scenario run's indicator. */
export interface EffectIndicator {
  dimension: Dimension;
  threshold: number;
  years: readonly { year: number; value: number; noAction: number }[];
}

/**
 * The dimension to open first: the one where the portfolio moves the city most in the
 * year (the mean of |value - no action| / threshold over its indicators), since that is
 * what a portfolio can change; without any effect, the one furthest from the Doughnut.
 * Ties go to the first in the Doughnut's order.
 */
export function dimensionToOpen(
  indicators: readonly EffectIndicator[],
  statuses: readonly DimensionStatus[],
  year: number,
): Dimension | null {
  let best: { dimension: Dimension; effect: number } | null = null;
  for (const entry of statuses) {
    const effects = indicators
      .filter((indicator) => indicator.dimension === entry.dimension)
      .map((indicator) => {
        const point = indicator.years.find((y) => y.year === year);
        return point === undefined ? 0 : Math.abs(point.value - point.noAction) / indicator.threshold;
      });
    if (effects.length === 0) continue;
    const effect = effects.reduce((sum, e) => sum + e, 0) / effects.length;
    if (effect > 0 && (best === null || effect > best.effect)) best = { dimension: entry.dimension, effect };
  }
  return best?.dimension ?? furthestDimension(statuses);
}

/** The dimension furthest from the Doughnut in the year (ties: Doughnut order). */
export function furthestDimension(statuses: readonly DimensionStatus[]): Dimension | null {
  let chosen: DimensionStatus | null = null;
  for (const entry of statuses) {
    if (entry.status === null) continue;
    if (chosen === null || entry.status > (chosen.status ?? 0)) chosen = entry;
  }
  return chosen?.dimension ?? null;
}

/**
 * The spec's status (section 7): a floor's shortfall `max(0, (threshold - value) / threshold)`,
 * a ceiling's overshoot `max(0, (value - threshold) / threshold)`. 0 is inside the Doughnut.
 * The host sends the status of the central value; the screen needs it for P10 and P90 too.
 */
export function statusOf(kind: IndicatorKind, threshold: number, value: number): number {
  const distance = kind === 'floor' ? threshold - value : value - threshold;
  return Math.max(0, distance / threshold);
}

/** What a status means, for the words beside a figure. */
export type StatusWord = 'inside' | 'shortfall' | 'overshoot';

export function statusWord(kind: IndicatorKind, status: number): StatusWord {
  if (status <= 0) return 'inside';
  return kind === 'floor' ? 'shortfall' : 'overshoot';
}
