/**
 * The Doughnut of one scenario in one year: per dimension the mean status of its
 * indicators, drawn as 12 social wedges inward from the foundation and 9 ecological
 * wedges outward from the ceiling. Shortfall scales linearly (100% reaches the hole);
 * overshoot logarithmically, ln(1 + s) / ln(1 + 10), so 20% and 800% both stay
 * readable and 1,000% or more reaches the edge. Angles run clockwise from twelve
 * o'clock; `rechartsAngle` converts them for Recharts' Sector.
 */
import { DIMENSIONS, kindOfDimension, type Dimension, type IndicatorKind } from '../../../model/doughnut';
import type { RunIndicator } from './band';

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

export interface DoughnutLayout {
  width: number;
  height: number;
  cx: number;
  cy: number;
  hole: number;
  foundation: number;
  ceiling: number;
  outer: number;
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

/** An overshoot of this share of the ceiling (1,000%) or more is drawn to the edge. */
export const OVERSHOOT_SCALE_MAX = 10;

const clamp01 = (value: number) => Math.min(1, Math.max(0, value));

export function shortfallLength(status: number): number {
  return clamp01(status);
}

export function overshootLength(status: number): number {
  return clamp01(Math.log1p(Math.max(0, status)) / Math.log1p(OVERSHOOT_SCALE_MAX));
}

/** Inner and outer radius of a dimension's wedge; equal (no wedge) at status 0. */
export function wedgeRadii(
  kind: IndicatorKind,
  status: number,
  layout: DoughnutLayout,
): { inner: number; outer: number } {
  if (kind === 'floor') {
    return {
      inner: layout.foundation - shortfallLength(status) * (layout.foundation - layout.hole),
      outer: layout.foundation,
    };
  }
  return {
    inner: layout.ceiling,
    outer: layout.ceiling + overshootLength(status) * (layout.outer - layout.ceiling),
  };
}

/** The whole room a dimension's wedge may take. */
export function wedgeRoom(kind: IndicatorKind, layout: DoughnutLayout): { inner: number; outer: number } {
  return kind === 'floor'
    ? { inner: layout.hole, outer: layout.foundation }
    : { inner: layout.ceiling, outer: layout.outer };
}

export interface WedgeAngles {
  start: number;
  end: number;
  mid: number;
}

/** Wedge `index` of `count`, the first centred at twelve o'clock, going clockwise. */
export function wedgeAngles(index: number, count: number): WedgeAngles {
  const span = 360 / count;
  const mid = index * span;
  return { start: mid - span / 2, end: mid + span / 2, mid };
}

/** Recharts measures angles counter-clockwise from three o'clock. */
export function rechartsAngle(clockwiseFromTop: number): number {
  return 90 - clockwiseFromTop;
}

export function pointAt(cx: number, cy: number, radius: number, angle: number): { x: number; y: number } {
  const rad = (angle * Math.PI) / 180;
  return { x: cx + radius * Math.sin(rad), y: cy - radius * Math.cos(rad) };
}

/** The angle lies in the lower half, where text along an arc would stand on its head. */
export function inLowerHalf(angle: number): boolean {
  const a = ((angle % 360) + 360) % 360;
  return a > 90 && a < 270;
}

const round2 = (value: number) => Math.round(value * 100) / 100;

/** An arc for a name to run along; in the lower half it runs the other way so text stays upright. */
export function textArcPath(cx: number, cy: number, radius: number, angles: WedgeAngles): string {
  const flip = inLowerHalf(angles.mid);
  const from = pointAt(cx, cy, radius, flip ? angles.end : angles.start);
  const to = pointAt(cx, cy, radius, flip ? angles.start : angles.end);
  return `M ${round2(from.x)} ${round2(from.y)} A ${radius} ${radius} 0 0 ${flip ? 0 : 1} ${round2(to.x)} ${round2(to.y)}`;
}

/** Where a name outside the chart is anchored: right of the chart it starts at the point, left it ends there. */
export function outsideAnchor(angle: number): 'start' | 'middle' | 'end' {
  const a = ((angle % 360) + 360) % 360;
  if (a < 12 || a > 348 || (a > 168 && a < 192)) return 'middle';
  return a < 180 ? 'start' : 'end';
}

/** A name in at most two lines of about `maxChars`, split at the space that balances them best. */
export function splitLabel(text: string, maxChars: number): string[] {
  const trimmed = text.trim();
  if (trimmed.length <= maxChars || !trimmed.includes(' ')) return [trimmed];
  let best: string[] = [trimmed];
  let bestLongest = Infinity;
  for (let i = trimmed.indexOf(' '); i >= 0; i = trimmed.indexOf(' ', i + 1)) {
    const first = trimmed.slice(0, i).trim();
    const second = trimmed.slice(i + 1).trim();
    const longest = Math.max(first.length, second.length);
    if (longest < bestLongest) {
      best = [first, second];
      bestLongest = longest;
    }
  }
  return best;
}
