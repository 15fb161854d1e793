import type { IndicatorKind } from '../../../../src/model/doughnut';

/**
 * The spec's status (section 7): a floor's shortfall `max(0, (threshold - value) / threshold)`,
 * a ceiling's overshoot `max(0, (value - threshold) / threshold)`. 0 is inside the Doughnut.
 * The host sends the status of the central value; the screen needs it for P10 and P90 too.
 */
export function statusOf(kind: IndicatorKind, threshold: number, value: number): number {
  const distance = kind === 'floor' ? threshold - value : value - threshold;
  return Math.max(0, distance / threshold);
}

/** What a status means, for the words beside a figure. */
export type StatusWord = 'inside' | 'shortfall' | 'overshoot';

export function statusWord(kind: IndicatorKind, status: number): StatusWord {
  if (status <= 0) return 'inside';
  return kind === 'floor' ? 'shortfall' : 'overshoot';
}
