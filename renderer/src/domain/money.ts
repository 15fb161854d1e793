import { eurosToCents } from '../../../src/model/money';

/** Adds euro amounts exactly (through cents), so 0.1 + 0.2 shows as 0.30. */
export function sumEuros(values: Iterable<number>): number {
  let cents = 0;
  for (const value of values) cents += eurosToCents(value);
  return cents / 100;
}
