/**
 * The number and date formats of the blend's messages. Building an Intl formatter costs
 * far more than using one, and an explanation formats many amounts: one per language and kind.
 */
import { localeOf, type Lang } from '../../i18n';

export type FormatKind = 'currency' | 'percent' | 'date';

const formatters = new Map<string, Intl.NumberFormat | Intl.DateTimeFormat>();

/** Euros with cents, percentages to one decimal, or a long date (UTC), in `lang`'s way. */
export function formatter(lang: Lang, kind: FormatKind): Intl.NumberFormat | Intl.DateTimeFormat {
  const key = `${lang}|${kind}`;
  let found = formatters.get(key);
  if (found === undefined) {
    const locale = localeOf(lang);
    found =
      kind === 'currency'
        ? new Intl.NumberFormat(locale, { style: 'currency', currency: 'EUR' })
        : kind === 'percent'
          ? new Intl.NumberFormat(locale, { style: 'percent', maximumFractionDigits: 1 })
          : new Intl.DateTimeFormat(locale, { dateStyle: 'long', timeZone: 'UTC' });
    formatters.set(key, found);
  }
  return found;
}
