import { tidy } from '../numbers';

/** A value axis with round ticks (1, 2, 2.5 or 5 times a power of ten) that always includes 0. */
export interface NiceAxis {
  domain: [number, number];
  ticks: number[];
}

const STEPS = [1, 2, 2.5, 5, 10];

function niceStep(raw: number): number {
  const power = 10 ** Math.floor(Math.log10(raw));
  const factor = STEPS.find((step) => step * power >= raw) ?? 10;
  return factor * power;
}

/**
 * Round ticks covering every value, about `target` of them. Charts of money read
 * easier at € 0, € 250K, € 500K than at Recharts' own € 0, € 65K, € 130K.
 * `includeZero: false` fits the ticks to the values alone (a share moving between
 * 0,88 and 0,95 would be a flat line on an axis from 0).
 */
export function niceAxis(values: readonly number[], target = 6, includeZero = true): NiceAxis {
  const min = Math.min(...(includeZero ? [0] : []), ...values);
  const max = Math.max(...(includeZero ? [0] : []), ...values);
  if (values.length === 0 && !includeZero) return { domain: [0, 1], ticks: [0, 1] };
  if (min === max) {
    if (includeZero || min === 0) return { domain: [0, 1], ticks: [0, 1] };
    return niceAxis([min * 0.9, min * 1.1], target, false);
  }
  const step = niceStep((max - min) / Math.max(1, target - 1));
  const low = Math.floor(min / step) * step;
  const high = Math.ceil(max / step) * step;
  const ticks: number[] = [];
  for (let i = 0; low + i * step <= high + step / 1000; i++) ticks.push(tidy(low + i * step));
  return { domain: [low, high], ticks };
}
