/**
 * The Doughnut of one scenario in one year: per dimension the mean status of its
 * indicators, drawn as 12 social wedges inward from the foundation and 9 ecological
 * wedges outward from the ceiling. Shortfall scales linearly (100% reaches the hole);
 * overshoot logarithmically, ln(1 + s) / ln(1 + 10), so 20% and 800% both stay
 * readable and 1,000% or more reaches the edge. Angles run clockwise from twelve
 * o'clock; `rechartsAngle` converts them for Recharts' Sector.
 */
import { DIMENSIONS, kindOfDimension, type Dimension, type IndicatorKind } from '../../../model/doughnut';
import type { DoughnutRadii } from '../../../impact/doughnut-geometry';
import type { RunIndicator } from './band';

export * from '../../../impact/doughnut-geometry';

export interface DimensionStatus {
  dimension: Dimension;
  kind: IndicatorKind;
  /** Mean status of the dimension's indicators in the year; null without an indicator. */
  status: number | null;
  indicatorCount: number;
}

/** All 21 dimensions in the Doughnut's order (12 social, then 9 ecological) for one year. */
export function dimensionStatuses(indicators: readonly RunIndicator[], year: number): DimensionStatus[] {
  return DIMENSIONS.map((dimension) => {
    const statuses = indicators
      .filter((indicator) => indicator.dimension === dimension)
      .flatMap((indicator) => indicator.years.filter((y) => y.year === year).map((y) => y.status));
    return {
      dimension,
      kind: kindOfDimension(dimension),
      status: statuses.length === 0 ? null : statuses.reduce((sum, s) => sum + s, 0) / statuses.length,
      indicatorCount: statuses.length,
    };
  });
}

export interface DoughnutLayout extends DoughnutRadii {
  width: number;
  height: number;
  cx: number;
  cy: number;
  /** Where the ecological names start, outside the edge. */
  label: number;
}

export const DOUGHNUT_LAYOUT: DoughnutLayout = {
  width: 520,
  height: 400,
  cx: 260,
  cy: 200,
  hole: 26,
  foundation: 92,
  ceiling: 134,
  outer: 168,
  label: 176,
};
