import type { Locale } from '../../../src/model/settings';

/** The formatting locale for a UI language (shared with the reports and the shell). */
export { localeOf } from '../../../src/i18n/lang';

const moneyFormats = new Map<string, Intl.NumberFormat>();

// Making an Intl format costs far more than using one; the charts and grids of the plan
// builder format hundreds of figures on every redraw, so each format is made once.
// `use` names the options (with their parameters), cheaper to build per call than a key from the options.
const intlFormats = new Map<string, Intl.NumberFormat | Intl.DateTimeFormat>();
function cachedFormat<F extends Intl.NumberFormat | Intl.DateTimeFormat>(
  use: string,
  locale: Locale,
  make: () => F,
): F {
  const key = `${locale}|${use}`;
  let format = intlFormats.get(key);
  if (format === undefined) {
    format = make();
    intlFormats.set(key, format);
  }
  return format as F;
}
const numberFormat = (use: string, locale: Locale, options: Intl.NumberFormatOptions) =>
  cachedFormat(use, locale, () => new Intl.NumberFormat(locale, options));

/**
 * Euros as "€ 1.234,56" (nl-NL) or "€1,234.56" (en-GB). `wholeEuros` drops the
 * cents column for tables whose amounts are all whole euros (never rounds cents away).
 */
export function formatMoney(euros: number, locale: Locale, wholeEuros = false): string {
  const whole = wholeEuros && Number.isInteger(euros);
  const key = `${locale}|${whole}`;
  let format = moneyFormats.get(key);
  if (format === undefined) {
    format = new Intl.NumberFormat(
      locale,
      whole
        ? { style: 'currency', currency: 'EUR', minimumFractionDigits: 0, maximumFractionDigits: 0 }
        : { style: 'currency', currency: 'EUR' },
    );
    moneyFormats.set(key, format);
  }
  return format.format(euros);
}

/** Euros rounded to whole euros, for key-figure cards that summarise; tables keep the cents. */
export function formatMoneyRounded(euros: number, locale: Locale): string {
  return formatMoney(Math.round(euros), locale, true);
}

/** Euros for a chart axis: "€ 1,2 mln" / "€1.2M"; tables and tooltips keep the exact amount. */
export function formatMoneyCompact(euros: number, locale: Locale): string {
  return numberFormat('money-compact', locale, {
    style: 'currency',
    currency: 'EUR',
    notation: 'compact',
    // Without a minimum some engines print "45,0K".
    minimumFractionDigits: 0,
    maximumFractionDigits: 1,
  }).format(euros);
}

/** A compact plain number ("227K", "2 mln."), for dense grids whose heading names the unit. */
export function formatNumberCompact(value: number, locale: Locale): string {
  return numberFormat('number-compact', locale, {
    notation: 'compact',
    minimumFractionDigits: 0,
    maximumFractionDigits: 1,
  }).format(value);
}

/** A count or other plain number with the locale's grouping. */
export function formatNumber(value: number, locale: Locale, maxDecimals = 2): string {
  return numberFormat(`number-${maxDecimals}`, locale, { maximumFractionDigits: maxDecimals }).format(value);
}

/** A fraction (0.125) as "12,5%" / "12.5%". */
export function formatPercent(fraction: number, locale: Locale, maxDecimals = 2): string {
  return numberFormat(`percent-${maxDecimals}`, locale, {
    style: 'percent',
    maximumFractionDigits: maxDecimals,
  }).format(fraction);
}

/** An ISO time as a date and time in the locale, or null when it is not a valid time. */
export function formatDateTime(iso: string, locale: Locale): string | null {
  const date = new Date(iso);
  if (Number.isNaN(date.getTime())) return null;
  return cachedFormat(
    'date-time',
    locale,
    () => new Intl.DateTimeFormat(locale, { dateStyle: 'medium', timeStyle: 'short' }),
  ).format(date);
}

/** An inclusive year range as "2026–2030" (one year prints once). */
export function formatYearRange(first: number, last: number): string {
  return first === last ? String(first) : `${first}\u2013${last}`;
}

/** Validation messages start lowercase ("is verplicht"); shown alone beside a field they read as a sentence. */
export function sentence(text: string): string {
  return text.length === 0 ? text : text.charAt(0).toLocaleUpperCase() + text.slice(1);
}

/** A difference with its sign ("+1,5", "−0,25", "0"), so direction reads without colour. */
export function formatSigned(value: number, locale: Locale, maxDecimals = 2): string {
  return numberFormat(`signed-${maxDecimals}`, locale, {
    maximumFractionDigits: maxDecimals,
    signDisplay: 'exceptZero',
  }).format(value);
}

/**
 * A small figure with a few significant digits ("0,00052", "−1,3"), so a change far
 * below the usual decimals still shows instead of rounding to 0. With `signed` a plus
 * sign marks increases.
 */
export function formatSignificant(value: number, locale: Locale, digits = 2, signed = false): string {
  return numberFormat(`significant-${digits}-${signed}`, locale, {
    maximumSignificantDigits: digits,
    ...(signed ? { signDisplay: 'exceptZero' as const } : {}),
  }).format(value);
}
