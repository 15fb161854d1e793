import {
  DIMENSIONS,
  kindOfDimension,
  type Dimension,
  type IndicatorKind,
} from '../../../../src/model/doughnut';
import type { RunIndicator } from './types';

export interface DimensionStatus {
  dimension: Dimension;
  kind: IndicatorKind;
  /** The dimension's indicators, in the run's order. */
  indicatorIds: string[];
  /**
   * The mean status of the dimension's indicators in the year, or null when the workspace
   * has no indicator for it. The mean, not the worst: it is the measure the host's
   * weighted distance and "what the gap costs" average within a dimension, so the chart
   * and those figures agree. The worst indicator is given beside it.
   */
  status: number | null;
  worst: { indicatorId: string; status: number } | null;
}

/** The status of an indicator in a year, or null when the run does not cover that year. */
export function indicatorStatusIn(indicator: RunIndicator, year: number): number | null {
  return indicator.years.find((y) => y.year === year)?.status ?? null;
}

/** All 21 dimensions in the Doughnut's order (12 social, then 9 ecological), for one year. */
export function dimensionStatuses(indicators: readonly RunIndicator[], year: number): DimensionStatus[] {
  return DIMENSIONS.map((dimension) => {
    const members = indicators.filter((indicator) => indicator.dimension === dimension);
    const statuses = members
      .map((indicator) => ({
        indicatorId: indicator.indicatorId,
        status: indicatorStatusIn(indicator, year),
      }))
      .filter((entry): entry is { indicatorId: string; status: number } => entry.status !== null);
    const worst = statuses.reduce<DimensionStatus['worst']>(
      (best, entry) => (best === null || entry.status > best.status ? entry : best),
      null,
    );
    return {
      dimension,
      kind: kindOfDimension(dimension),
      indicatorIds: members.map((indicator) => indicator.indicatorId),
      status:
        statuses.length === 0
          ? null
          : statuses.reduce((sum, entry) => sum + entry.status, 0) / statuses.length,
      worst,
    };
  });
}

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
