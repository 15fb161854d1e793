/**
 * The Doughnut's geometry, shared by the app's chart and the council report's, in the SVG's coordinates: 12 social wedges inside the
 * foundation, 9 ecological wedges outside the ceiling, the safe and just space (the
 * ring) between them. Angles here run clockwise from twelve o'clock, in degrees, as a
 * reader goes round the chart; `rechartsAngle` converts them for Recharts' Sector.
 *
 * Scale of a wedge (stated in the chart's legend too):
 * - shortfall, inward from the foundation: linear; a shortfall of 100% (nothing of the
 *   floor reached) reaches the hole in the middle;
 * - overshoot, outward from the ceiling: logarithmic, length ∝ ln(1 + overshoot), so an
 *   overshoot of 800% and one of 20% both stay readable; 1000% or more reaches the edge
 *   and is marked as beyond the scale.
 */

/** The radii the wedges are drawn between; a chart's layout adds its size and fonts. */
export interface DoughnutRadii {
  /** Radius of the hole: a shortfall of 100% reaches it. */
  hole: number;
  /** The social foundation. */
  foundation: number;
  /** The ecological ceiling. */
  ceiling: number;
  /** Where an overshoot of OVERSHOOT_SCALE_MAX or more ends. */
  outer: number;
}

/** An overshoot of this share of the ceiling (1000%) or more is drawn to the chart's edge. */
export const OVERSHOOT_SCALE_MAX = 10;

const clamp01 = (value: number) => Math.min(1, Math.max(0, value));

/** How much of the room between foundation and hole a shortfall takes: linear, 100% is all of it. */
export function shortfallLength(status: number): number {
  return clamp01(status);
}

/** How much of the room outside the ceiling an overshoot takes: ln(1 + s) / ln(1 + max), capped at 1. */
export function overshootLength(status: number): number {
  return clamp01(Math.log1p(Math.max(0, status)) / Math.log1p(OVERSHOOT_SCALE_MAX));
}

/** The overshoot is larger than the scale shows (the wedge is cut off at the edge). */
export function beyondScale(status: number): boolean {
  return status > OVERSHOOT_SCALE_MAX;
}

/** Inner and outer radius of a dimension's wedge; both equal (no wedge) at status 0. */
export function wedgeRadii(
  kind: 'floor' | 'ceiling',
  status: number,
  layout: DoughnutRadii,
): { inner: number; outer: number } {
  if (kind === 'floor') {
    const inner = layout.foundation - shortfallLength(status) * (layout.foundation - layout.hole);
    return { inner, outer: layout.foundation };
  }
  return {
    inner: layout.ceiling,
    outer: layout.ceiling + overshootLength(status) * (layout.outer - layout.ceiling),
  };
}

/** The whole room a wedge can take, for its click target: hole to foundation, or ceiling to edge. */
export function wedgeRoom(
  kind: 'floor' | 'ceiling',
  layout: DoughnutRadii,
): { inner: number; outer: number } {
  return kind === 'floor'
    ? { inner: layout.hole, outer: layout.foundation }
    : { inner: layout.ceiling, outer: layout.outer };
}

export interface WedgeAngles {
  start: number;
  end: number;
  mid: number;
}

/** Wedge `index` of `count`, the first one centred at twelve o'clock, going clockwise. */
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

const round = (value: number) => Math.round(value * 100) / 100;

/** The wedge's centre lies in the lower half, where text along an arc would stand on its head. */
export function inLowerHalf(angle: number): boolean {
  const a = ((angle % 360) + 360) % 360;
  return a > 90 && a < 270;
}

/**
 * An arc for text to run along, from `start` to `end`. In the lower half it runs the
 * other way round, so the text reads left to right and upright everywhere.
 */
export function textArcPath(cx: number, cy: number, radius: number, angles: WedgeAngles): string {
  const flip = inLowerHalf(angles.mid);
  const from = pointAt(cx, cy, radius, flip ? angles.end : angles.start);
  const to = pointAt(cx, cy, radius, flip ? angles.start : angles.end);
  const large = angles.end - angles.start > 180 ? 1 : 0;
  return `M ${round(from.x)} ${round(from.y)} A ${radius} ${radius} 0 ${large} ${flip ? 0 : 1} ${round(to.x)} ${round(to.y)}`;
}

/** Arc length of a wedge at a radius, for fitting its label. */
export function arcLength(radius: number, angles: WedgeAngles): number {
  return (radius * Math.PI * (angles.end - angles.start)) / 180;
}

/**
 * A label in at most two lines of about `maxChars` characters, split at the space that
 * balances the lines best. A single word that is too long stays whole (the chart squeezes it).
 */
export function splitLabel(text: string, maxChars: number): string[] {
  const trimmed = text.trim();
  if (trimmed.length <= maxChars || !trimmed.includes(' ')) return [trimmed];
  let best: [string, string] | null = null;
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
  return best ?? [trimmed];
}

/** Where a label outside the chart is anchored: to the right of the chart it starts at the point, left it ends there. */
export function outsideAnchor(angle: number): 'start' | 'middle' | 'end' {
  const a = ((angle % 360) + 360) % 360;
  if (a < 12 || a > 348 || (a > 168 && a < 192)) return 'middle';
  return a < 180 ? 'start' : 'end';
}
