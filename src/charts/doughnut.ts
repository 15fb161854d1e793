/**
 * The Doughnut of one scenario in one year (and lens): per dimension the mean status of its
 * indicators (src/impact/doughnut-wedges.ts), drawn as 12 social wedges inward from the foundation and 9 ecological
 * wedges outward from the ceiling. Shortfall scales linearly (100% reaches the hole);
 * overshoot logarithmically, ln(1 + s) / ln(1 + 10), so 20% and 800% both stay
 * readable and 1,000% or more reaches the edge. Angles run clockwise from twelve
 * o'clock; `rechartsAngle` converts them for Recharts' Sector. The geometry and the
 * wedge values are shared by the app's Doughnut and the report's; only the layouts differ.
 */
import { rechartsAngle, wedgeAngles, type DoughnutRadii } from '../impact/doughnut-geometry';

export * from '../impact/doughnut-geometry';
export * from '../impact/doughnut-wedges';

export interface DoughnutLayout extends DoughnutRadii {
  width: number;
  height: number;
  cx: number;
  cy: number;
  /** Where the ecological names start, outside the edge. */
  label: number;
}

/** The report's Doughnut, sized for a printed page. */
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

/** The app's Doughnut also sets the font sizes of the names in the ring and outside it. */
export interface AppDoughnutLayout extends DoughnutLayout {
  ringFont: number;
  outsideFont: number;
}

/** Room for the names left and right; the compact chart (comparisons) is smaller and tighter. */
export function doughnutLayout(compact: boolean): AppDoughnutLayout {
  if (compact) {
    return {
      width: 640,
      height: 500,
      cx: 320,
      cy: 250,
      hole: 24,
      foundation: 92,
      ceiling: 150,
      outer: 190,
      label: 198,
      ringFont: 10.5,
      outsideFont: 13,
    };
  }
  return {
    width: 840,
    height: 640,
    cx: 420,
    cy: 320,
    hole: 36,
    foundation: 122,
    ceiling: 194,
    outer: 258,
    label: 268,
    ringFont: 11,
    outsideFont: 12.5,
  };
}

/** Where Recharts' Sector draws wedge `index` of `count`: the centre, and the angles in Recharts' measure. */
export function sectorOf(
  index: number,
  count: number,
  centre: { cx: number; cy: number },
): { cx: number; cy: number; startAngle: number; endAngle: number } {
  const angles = wedgeAngles(index, count);
  return {
    cx: centre.cx,
    cy: centre.cy,
    startAngle: rechartsAngle(angles.start),
    endAngle: rechartsAngle(angles.end),
  };
}
