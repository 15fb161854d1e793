import { DIMENSIONS, kindOfDimension, type Dimension, type IndicatorKind } from '../model/doughnut';
import type { IndicatorProjection } from './projection';

/** Weight per dimension in the weighted distance; absent dimensions weigh 1. */
export type DimensionWeights = Readonly<Partial<Record<Dimension, number>>>;

export interface DimensionDistance {
  dimension: Dimension;
  kind: IndicatorKind;
  indicatorIds: string[];
  /**
   * Mean over the dimension's indicators of their mean status over the projection years:
   * the average shortfall (floor) or overshoot (ceiling) as a share of the threshold.
   */
  distance: number;
}

function mean(values: readonly number[]): number {
  return values.length === 0 ? 0 : values.reduce((sum, v) => sum + v, 0) / values.length;
}

/** Distance per dimension that has at least one indicator, in the Doughnut's order. */
export function dimensionDistances(projection: readonly IndicatorProjection[]): DimensionDistance[] {
  const result: DimensionDistance[] = [];
  for (const dimension of DIMENSIONS) {
    const members = projection.filter((p) => p.indicator.dimension === dimension);
    if (members.length === 0) continue;
    result.push({
      dimension,
      kind: kindOfDimension(dimension),
      indicatorIds: members.map((m) => m.indicator.id),
      distance: mean(members.map((m) => mean(m.years.map((y) => y.status)))),
    });
  }
  return result;
}

/**
 * The single number "where the next euro helps most" minimises: the sum over dimensions of
 * weight x distance. Equal weights (1) by default: in the Doughnut no dimension makes up for
 * another; averaging within a dimension keeps a dimension with three indicators from
 * counting three times.
 */
export function weightedDistance(
  projection: readonly IndicatorProjection[],
  weights: DimensionWeights = {},
): number {
  return dimensionDistances(projection).reduce((sum, d) => sum + (weights[d.dimension] ?? 1) * d.distance, 0);
}
