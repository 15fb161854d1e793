import type { Locale } from '../../../src/model/settings';

/** What the user typed into a number field, read leniently. */
export type NumberEntry =
  { kind: 'empty' } | { kind: 'invalid'; text: string } | { kind: 'number'; value: number; decimals: number };

const DIGITS = /^\d+$/;
// A grouped whole part: 1-3 leading digits (no leading zero), then groups of exactly 3.
const GROUPED = (sep: string) => new RegExp(`^[1-9]\\d{0,2}(\\${sep}\\d{3})+$`);

function decimalSeparatorOf(locale: Locale): ',' | '.' {
  return locale === 'nl-NL' ? ',' : '.';
}

function build(negative: boolean, whole: string, fraction: string): NumberEntry {
  if (!DIGITS.test(whole) || (fraction !== '' && !DIGITS.test(fraction))) {
    return { kind: 'invalid', text: `${negative ? '-' : ''}${whole}.${fraction}` };
  }
  const value = Number(`${whole}.${fraction === '' ? '0' : fraction}`);
  return { kind: 'number', value: negative && value !== 0 ? -value : value, decimals: fraction.length };
}

/** Splits "1.234,56" into whole "1234" and fraction "56" given the decimal separator. */
function splitWith(body: string, decimal: ',' | '.'): { whole: string; fraction: string } | null {
  const group = decimal === ',' ? '.' : ',';
  const parts = body.split(decimal);
  if (parts.length > 2) return null;
  const [wholeRaw = '', fraction = ''] = parts;
  if (wholeRaw.includes(group)) {
    if (!GROUPED(group).test(wholeRaw)) return null;
    return { whole: wholeRaw.split(group).join(''), fraction };
  }
  return { whole: wholeRaw === '' ? '0' : wholeRaw, fraction };
}

/**
 * Reads a number typed the Dutch way ("1.234,56") or the English way ("1,234.56").
 * With both separators the last one is the decimal mark. With one kind only, it is
 * a thousands separator when it repeats or is followed by exactly three digits and
 * is not the locale's decimal mark; otherwise it is the decimal mark. So "1.234" is
 * 1234 in Dutch and 1.234 in English, as a reader of that language would take it.
 */
export function parseNumberEntry(text: string, locale: Locale): NumberEntry {
  let body = text.replace(/[\s\u00a0\u202f€%]/g, '');
  if (body === '') return { kind: 'empty' };
  let negative = false;
  if (body.startsWith('-') || body.startsWith('\u2212')) {
    negative = true;
    body = body.slice(1);
  }
  if (body === '' || !/^[\d.,]+$/.test(body)) return { kind: 'invalid', text };

  const lastDot = body.lastIndexOf('.');
  const lastComma = body.lastIndexOf(',');
  let decimal: ',' | '.';
  if (lastDot >= 0 && lastComma >= 0) {
    decimal = lastDot > lastComma ? '.' : ',';
  } else if (lastDot < 0 && lastComma < 0) {
    return build(negative, body, '');
  } else {
    const sep = lastDot >= 0 ? '.' : ',';
    const repeats = body.indexOf(sep) !== body.lastIndexOf(sep);
    const looksGrouped = GROUPED(sep).test(body);
    const isLocaleDecimal = sep === decimalSeparatorOf(locale);
    if (repeats || (looksGrouped && !isLocaleDecimal)) {
      if (!looksGrouped) return { kind: 'invalid', text };
      return build(negative, body.split(sep).join(''), '');
    }
    decimal = sep;
  }
  const split = splitWith(body, decimal);
  if (split === null) return { kind: 'invalid', text };
  const entry = build(negative, split.whole, split.fraction);
  return entry.kind === 'invalid' ? { kind: 'invalid', text } : entry;
}

/**
 * The value a schema should judge: a number, the raw text when it is not one (so the
 * schema reports "must be a number"), or undefined when the field is empty.
 */
export function entryValue(entry: NumberEntry): number | string | undefined {
  switch (entry.kind) {
    case 'empty':
      return undefined;
    case 'invalid':
      return entry.text;
    case 'number':
      return entry.value;
    default: {
      const never: never = entry;
      return never;
    }
  }
}

/** Removes binary noise from a decimal computation (7 / 100 stays 0.07). */
export function tidy(value: number): number {
  return Number(value.toPrecision(12));
}

/** A percentage entry ("12,5") as the fraction the model stores (0.125). */
export function percentEntryValue(entry: NumberEntry): number | string | undefined {
  return entry.kind === 'number' ? tidy(entry.value / 100) : entryValue(entry);
}

/** A plain number for an input field: no grouping, as many decimals as needed (up to `max`). */
export function formatNumberInput(value: number, locale: Locale, maxDecimals = 6): string {
  return new Intl.NumberFormat(locale, { useGrouping: false, maximumFractionDigits: maxDecimals }).format(
    value,
  );
}

/** An amount for an input field: no grouping, cents shown only when there are any ("1234,50"). */
export function formatAmountInput(euros: number, locale: Locale): string {
  const whole = Number.isInteger(euros);
  return new Intl.NumberFormat(locale, {
    useGrouping: false,
    minimumFractionDigits: whole ? 0 : 2,
    maximumFractionDigits: 2,
  }).format(euros);
}

/** A fraction (0.125) as the percentage typed into a field ("12,5"). */
export function formatPercentInput(fraction: number, locale: Locale): string {
  return formatNumberInput(tidy(fraction * 100), locale);
}
