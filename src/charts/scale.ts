/**
 * Axes and scales shared by the app's charts and the report's. Recharts 3's chart
 * containers compute these in effects that never run in a server render
 * (recharts/recharts#5997), so the report draws with Recharts' stateless components
 * from the geometry computed here; the app hands the same axes to its containers, so a
 * reader sees the same ticks on screen and on paper. Pure: no React, no Node.
 */

/** A tick as Recharts' CartesianAxis takes it: the value, where it sits, its position in the list. */
export interface Tick {
  value: number;
  coordinate: number;
  index: number;
}

/** Numbers the ticks in order, as CartesianAxis expects. */
export function indexed(ticks: readonly { value: number; coordinate: number }[]): Tick[] {
  return ticks.map((tick, index) => ({ ...tick, index }));
}

export interface NiceAxis {
  domain: [number, number];
  /** Round values from the domain's start to its end, evenly spaced. */
  ticks: number[];
}

/** Rounds away binary noise (0.30000000000000004) so ticks print and compare cleanly. */
export function tidy(value: number): number {
  return Number.parseFloat(value.toPrecision(12));
}

/** A step of 1, 2, 2.5 or 5 times a power of ten, at least `raw`. */
export function niceStep(raw: number): number {
  if (!(raw > 0) || !Number.isFinite(raw)) return 1;
  const power = 10 ** Math.floor(Math.log10(raw));
  const fraction = raw / power;
  const nice = fraction <= 1 ? 1 : fraction <= 2 ? 2 : fraction <= 2.5 ? 2.5 : fraction <= 5 ? 5 : 10;
  return tidy(nice * power);
}

/**
 * What an axis shows when there is nothing to show (no values, or only zeros): the
 * report pads around zero ('pad', -1 to 1), the app starts an empty plan's chart at
 * zero ('unit', 0 to 1, so it reads € 0 to € 1 and never a negative amount).
 */
export type EmptyAxis = 'pad' | 'unit';

/**
 * Round ticks that cover every value (and zero when `includeZero`), about `count`
 * intervals. Money reads easier at € 0, € 250K, € 500K than at € 0, € 65K, € 130K;
 * `includeZero: false` fits the ticks to the values alone (a share moving between 0,88
 * and 0,95 would be a flat line on an axis from 0). A flat series still gets an axis
 * around its value.
 */
export function niceAxis(
  values: readonly number[],
  count = 5,
  includeZero = true,
  empty: EmptyAxis = 'pad',
): NiceAxis {
  const finite = values.filter((v) => Number.isFinite(v));
  if (empty === 'unit' && finite.every((v) => v === 0)) return { domain: [0, 1], ticks: [0, 1] };
  let low = finite.length === 0 ? 0 : Math.min(...finite);
  let high = finite.length === 0 ? 1 : Math.max(...finite);
  if (includeZero) {
    low = Math.min(low, 0);
    high = Math.max(high, 0);
  }
  if (low === high) {
    const pad = low === 0 ? 1 : Math.abs(low) * 0.1;
    low -= pad;
    high += pad;
  }
  const step = niceStep((high - low) / Math.max(1, count));
  const start = tidy(Math.floor(tidy(low / step)) * step);
  const end = tidy(Math.ceil(tidy(high / step)) * step);
  const ticks: number[] = [];
  for (let i = 0; ; i++) {
    const tick = tidy(start + i * step);
    if (tick > end + step / 2) break;
    ticks.push(tick);
  }
  return { domain: [start, end], ticks };
}

/** A linear map from `domain` onto `range`; a zero-width domain maps to the range's middle. */
export function linearScale(
  domain: readonly [number, number],
  range: readonly [number, number],
): (value: number) => number {
  const [d0, d1] = domain;
  const [r0, r1] = range;
  if (d0 === d1) return () => (r0 + r1) / 2;
  const factor = (r1 - r0) / (d1 - d0);
  return (value) => r0 + (value - d0) * factor;
}

/** Centres of `count` equal bands across `[left, right]`, and the width of one band. */
export function bands(count: number, left: number, right: number): { centres: number[]; width: number } {
  const width = count > 0 ? (right - left) / count : 0;
  return { centres: Array.from({ length: count }, (_, i) => left + width * (i + 0.5)), width };
}

/** Every `k`-th label so that at most `max` show; the last one always does. */
export function labelEvery(count: number, max: number): number {
  return Math.max(1, Math.ceil(count / Math.max(1, max)));
}

/**
 * Year labels under band centres: every k-th year so at most `max` show, always the last
 * one, and never a thinned label right before the last where the two would collide.
 */
export function yearTicks(years: readonly number[], centres: readonly number[], max: number): Tick[] {
  const every = labelEvery(years.length, max);
  const last = years.length - 1;
  return indexed(
    years
      .map((year, i) => ({ value: year, coordinate: centres[i] ?? 0, i }))
      .filter(({ i }) => i === last || (i % every === 0 && last - i >= every) || every === 1)
      .map(({ value, coordinate }) => ({ value, coordinate })),
  );
}

/**
 * How many decimals the ticks need to tell neighbours apart (shares two or three, tonnes
 * none), at most `max` (the app's tables show one more than their chart's axis).
 */
export function tickDecimals(ticks: readonly number[], max = 8): number {
  const [a, b] = ticks;
  const step = a === undefined || b === undefined ? 1 : tidy(Math.abs(b - a));
  if (!(step > 0)) return 0;
  // The step is 1, 2, 2.5 or 5 times a power of ten: its decimals are those of the power, one more for 2.5.
  const power = Math.floor(Math.log10(step) + 1e-9);
  const extra = Math.abs(step / 10 ** power - 2.5) < 1e-9 ? 1 : 0;
  return Math.min(max, Math.max(0, -power + extra));
}

/** The app's money axes: from zero, about five intervals, € 0 to € 1 while there is nothing yet. */
export function moneyAxis(values: readonly number[]): NiceAxis {
  return niceAxis(values, 5, true, 'unit');
}
