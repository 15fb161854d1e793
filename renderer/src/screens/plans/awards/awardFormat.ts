import type { Locale } from '../../../../../src/model/settings';

const dayFormats = new Map<string, Intl.DateTimeFormat>();

/** A calendar date (`YYYY-MM-DD`) the local way: "1 mei 2026" / "1 May 2026". */
export function formatDay(iso: string, locale: Locale): string {
  let format = dayFormats.get(locale);
  if (format === undefined) {
    format = new Intl.DateTimeFormat(locale, {
      day: 'numeric',
      month: 'long',
      year: 'numeric',
      timeZone: 'UTC',
    });
    dayFormats.set(locale, format);
  }
  return format.format(Date.parse(`${iso}T00:00:00Z`));
}
