/**
 * Number, money, percent and date formatting for the report, with Intl in nl-NL or
 * en-GB. Amounts are shown in whole euros: a council reads millions, and cents would only
 * hide the figure that matters; the XLSX keeps the cents.
 */
import type { Lang } from '../../model/messages';

export interface ReportFormat {
  locale: 'nl-NL' | 'en-GB';
  /** Whole euros with the euro sign: `€ 1.234.567`. */
  money(euros: number): string;
  /** Whole euros without the sign, for dense tables whose heading says "euro". */
  amount(euros: number): string;
  /** A share as a percentage: 0.8013 -> `80,1%`. */
  percent(share: number, digits?: number): string;
  /** A plain number with a fixed number of decimals. */
  number(value: number, digits: number): string;
  /** An indicator value to about four significant digits (0,9553; 883,5; 2.900; -0,6). */
  value(value: number): string;
  /** The date of an ISO time stamp, written out (`1 maart 2026`), in UTC. */
  date(iso: string): string;
  /** Date and time of an ISO time stamp in UTC, with "UTC" after it. */
  dateTime(iso: string): string;
}

/** Negative zero would print as "-0" after rounding. */
function noNegativeZero(value: number): number {
  return Object.is(value, -0) ? 0 : value;
}

/** Decimals that give an indicator value four significant digits (none for 1,000 and up). */
export function significantDecimals(value: number): number {
  const magnitude = Math.abs(value);
  if (magnitude === 0 || !Number.isFinite(magnitude)) return 0;
  return Math.min(6, Math.max(0, 3 - Math.floor(Math.log10(magnitude))));
}

export function reportFormat(lang: Lang): ReportFormat {
  const locale = lang === 'nl' ? 'nl-NL' : 'en-GB';
  const money = new Intl.NumberFormat(locale, {
    style: 'currency',
    currency: 'EUR',
    maximumFractionDigits: 0,
    minimumFractionDigits: 0,
  });
  const amount = new Intl.NumberFormat(locale, { maximumFractionDigits: 0 });
  const values = new Map<number, Intl.NumberFormat>();
  const valueFormat = (digits: number) => {
    let format = values.get(digits);
    if (format === undefined) {
      format = new Intl.NumberFormat(locale, { maximumFractionDigits: digits });
      values.set(digits, format);
    }
    return format;
  };
  const numbers = new Map<number, Intl.NumberFormat>();
  const numberFormat = (digits: number) => {
    let format = numbers.get(digits);
    if (format === undefined) {
      format = new Intl.NumberFormat(locale, {
        minimumFractionDigits: digits,
        maximumFractionDigits: digits,
      });
      numbers.set(digits, format);
    }
    return format;
  };
  // A formatter takes far longer to make than to use, and the report formats thousands of shares.
  const percents = new Map<number, Intl.NumberFormat>();
  const percentFormat = (digits: number) => {
    let format = percents.get(digits);
    if (format === undefined) {
      format = new Intl.NumberFormat(locale, {
        style: 'percent',
        minimumFractionDigits: digits,
        maximumFractionDigits: digits,
      });
      percents.set(digits, format);
    }
    return format;
  };
  const date = new Intl.DateTimeFormat(locale, { dateStyle: 'long', timeZone: 'UTC' });
  const dateTime = new Intl.DateTimeFormat(locale, {
    dateStyle: 'long',
    timeStyle: 'short',
    timeZone: 'UTC',
  });
  const parse = (iso: string) => {
    const time = new Date(iso);
    return Number.isNaN(time.getTime()) ? null : time;
  };
  return {
    locale,
    money: (euros) => money.format(noNegativeZero(Math.round(euros))),
    amount: (euros) => amount.format(noNegativeZero(Math.round(euros))),
    percent: (share, digits = 1) => percentFormat(digits).format(noNegativeZero(share)),
    number: (value, digits) => numberFormat(digits).format(noNegativeZero(value)),
    value: (value) => valueFormat(significantDecimals(value)).format(noNegativeZero(value)),
    // An unreadable time stamp is shown as given rather than refusing the report.
    date: (iso) => {
      const time = parse(iso);
      return time === null ? iso : date.format(time);
    },
    dateTime: (iso) => {
      const time = parse(iso);
      return time === null ? iso : `${dateTime.format(time)} UTC`;
    },
  };
}

/**
 * Whether a gap shows as one: the report prints whole euros, and the blend may leave a
 * few cents open where a limit is no whole number of cents (docs/blend.md, "Cents"); a
 * red "€ 0" or a "why there is a gap" for those cents would alarm for nothing.
 */
export function showsGap(euros: number): boolean {
  return Math.round(euros) > 0;
}
