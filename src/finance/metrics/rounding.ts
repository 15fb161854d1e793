import { asCents, type Cents } from '../../model/money';

/**
 * A fractional amount of cents (a probability-weighted or discounted sum) to whole
 * cents, half away from zero, as the spec rounds money. Round once, at the end.
 */
export function roundToCents(value: number): Cents {
  if (!Number.isFinite(value)) throw new RangeError(`Not a finite amount of cents: ${value}`);
  const rounded = Math.sign(value) * Math.round(Math.abs(value));
  // Math.sign(-0.4) * 0 is -0; keep a plain 0 so results compare and serialise cleanly.
  return asCents(rounded === 0 ? 0 : rounded);
}

/** a / b, or null when b is 0 (a ratio over nothing is undefined, not 0 or infinity). */
export function ratioOrNull(numerator: number, denominator: number): number | null {
  return denominator === 0 ? null : numerator / denominator;
}
