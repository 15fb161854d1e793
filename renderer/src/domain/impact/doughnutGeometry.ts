/** The app's Doughnut layout (full and compact); the geometry itself is shared with the council report. */
import type { DoughnutRadii } from '../../../../src/impact/doughnut-geometry';

export * from '../../../../src/impact/doughnut-geometry';

export interface DoughnutLayout extends DoughnutRadii {
  width: number;
  height: number;
  cx: number;
  cy: number;
  /** Where the ecological labels start. */
  label: number;
  /** Font sizes of the names in the ring and outside it. */
  ringFont: number;
  outsideFont: number;
}

/** Room for the names left and right; the compact chart (comparisons) is smaller and tighter. */
export function doughnutLayout(compact: boolean): DoughnutLayout {
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
