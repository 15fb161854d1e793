import type { Dimension } from '../../../../src/model/doughnut';
import type { DimensionStatus } from '../../../../src/impact/doughnut-wedges';
import type { RunIndicator } from './types';

// The wedge values (and the lens grouping) are shared with the council report.
export {
  dimensionStatuses,
  indicatorStatusIn,
  type DimensionStatus,
} from '../../../../src/impact/doughnut-wedges';

/**
 * The dimension to open first: the one where the portfolio moves the city most in the
 * year (the mean of |value - no action| / threshold over its indicators), since that is
 * what a portfolio can change; without any effect, the one furthest from the Doughnut.
 * Ties go to the first in the Doughnut's order.
 */
export function dimensionToOpen(
  indicators: readonly RunIndicator[],
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
