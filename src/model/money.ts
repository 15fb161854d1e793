import { z } from 'zod';

/** Integer euro-cents. Every amount below the UI is one of these. */
export type Cents = number & { readonly __brand: 'Cents' };

/** 10^12 euros: far above any municipal budget, still exact as a double in cents. */
export const MAX_EUROS = 1e12;
export const MAX_CENTS = MAX_EUROS * 100;

export function asCents(value: number): Cents {
  if (!Number.isSafeInteger(value)) {
    throw new RangeError(`Not a whole number of cents: ${value}`);
  }
  return value as Cents;
}

/**
 * Euros to cents, rounding half away from zero exactly once. The decimal
 * digits are taken from the shortest representation of the double (what the
 * user typed, e.g. "1.005"), not from its binary expansion, so 1.005 becomes
 * 101 cents rather than 100.
 */
export function eurosToCents(euros: number): Cents {
  if (!Number.isFinite(euros)) throw new RangeError(`Not a finite amount: ${euros}`);
  const negative = euros < 0;
  const text = Math.abs(euros).toString();
  let whole: bigint;
  let fraction: string;
  if (text.includes('e')) {
    const fixed = Math.abs(euros).toFixed(20);
    const [w = '0', f = ''] = fixed.split('.');
    whole = BigInt(w);
    fraction = f;
  } else {
    const [w = '0', f = ''] = text.split('.');
    whole = BigInt(w);
    fraction = f;
  }
  const digits = (fraction + '000').slice(0, 3);
  let cents = whole * 100n + BigInt(digits.slice(0, 2));
  if (Number(digits[2]) >= 5) cents += 1n;
  const result = Number(negative ? -cents : cents);
  return asCents(result === 0 ? 0 : result);
}

export function centsToEuros(cents: Cents): number {
  return cents / 100;
}

/** True when the shortest decimal form of the number has at most two decimals. */
export function hasAtMostTwoDecimals(value: number): boolean {
  const text = Math.abs(value).toString();
  if (text.includes('e-')) return false;
  const fraction = text.split('.')[1];
  return fraction === undefined || fraction.length <= 2;
}

const eurosInJson = z
  .number()
  .refine(hasAtMostTwoDecimals, { params: { messageKey: 'tooManyDecimals' }, abort: true })
  .refine((v) => Math.abs(v) <= MAX_EUROS, { params: { messageKey: 'amountTooLarge' } });

const centsInside = z.custom<Cents>((v) => typeof v === 'number' && Number.isSafeInteger(v));

/** An amount of money: euros (at most 2 decimals) in JSON, integer cents inside. */
export const moneySchema = z.codec(eurosInJson, centsInside, {
  decode: (euros) => eurosToCents(euros),
  encode: (cents) => centsToEuros(cents),
});

/** A non-negative amount of money. */
export const nonNegativeMoneySchema = z.codec(
  eurosInJson.refine((v) => v >= 0, { params: { messageKey: 'negativeAmount' } }),
  centsInside,
  {
    decode: (euros) => eurosToCents(euros),
    encode: (cents) => centsToEuros(cents),
  },
);

export function sumCents(values: Iterable<Cents>): Cents {
  let total = 0;
  for (const v of values) total += v;
  return asCents(total);
}
