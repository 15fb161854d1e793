/**
 * The Doughnut of one scenario in one year (and lens): per dimension the mean status of its
 * indicators (src/impact/doughnut-wedges.ts), drawn as 12 social wedges inward from the foundation and 9 ecological
 * wedges outward from the ceiling. Shortfall scales linearly (100% reaches the hole);
 * overshoot logarithmically, ln(1 + s) / ln(1 + 10), so 20% and 800% both stay
 * readable and 1,000% or more reaches the edge. Angles run clockwise from twelve
 * o'clock; `rechartsAngle` converts them for Recharts' Sector.
 */
import type { DoughnutRadii } from '../../../impact/doughnut-geometry';

export * from '../../../impact/doughnut-geometry';
// The wedge values (and the lens grouping) are shared with the app's Doughnut.
export * from '../../../impact/doughnut-wedges';

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
