/** Words and links for stream terms, apart from the components so they can be tested without a page. */
import type { Locale } from '../../../../src/model/settings';

// Made once per locale: the candidate list formats a date per stream on every redraw of the plan builder.
const dateFormats = new Map<Locale, Intl.DateTimeFormat>();

/** A peildatum written out the local way ("3 maart 2024"); the date is a calendar day, so UTC. */
export function formatTermsDate(iso: string, locale: Locale): string {
  const time = new Date(`${iso}T00:00:00Z`);
  if (Number.isNaN(time.getTime())) return iso;
  let format = dateFormats.get(locale);
  if (format === undefined) {
    format = new Intl.DateTimeFormat(locale, { dateStyle: 'long', timeZone: 'UTC' });
    dateFormats.set(locale, format);
  }
  return format.format(time);
}

/** Only web addresses become links: a `javascript:` or `file:` text in a source stays text. */
export function sourceUrl(source: string): string | null {
  const text = source.trim();
  if (!/^https?:\/\//i.test(text)) return null;
  try {
    const url = new URL(text);
    return url.protocol === 'http:' || url.protocol === 'https:' ? url.href : null;
  } catch {
    return null;
  }
}
