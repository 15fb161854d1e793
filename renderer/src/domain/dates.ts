import type { Locale } from '../../../src/model/settings';

/** Noon UTC of an ISO day, so no time zone can move it to another day. */
function dayOf(iso: string): Date | null {
  const match = /^(\d{4})-(\d{2})-(\d{2})$/.exec(iso);
  if (match === null) return null;
  return new Date(Date.UTC(Number(match[1]), Number(match[2]) - 1, Number(match[3]), 12));
}

/** `2025-03-01` as "1 mrt 2025" / "1 Mar 2025"; anything unreadable is shown as given. */
export function formatDay(iso: string, locale: Locale): string {
  const day = dayOf(iso);
  if (day === null) return iso;
  return new Intl.DateTimeFormat(locale, { dateStyle: 'medium', timeZone: 'UTC' }).format(day);
}

/** `2025-03` as "mrt 2025" / "Mar 2025". */
export function formatMonth(isoMonth: string, locale: Locale): string {
  const day = dayOf(`${isoMonth}-01`);
  if (day === null) return isoMonth;
  return new Intl.DateTimeFormat(locale, { month: 'short', year: 'numeric', timeZone: 'UTC' }).format(day);
}

/** Today as `YYYY-MM-DD` in the user's own time zone (a stage begins on a local day). */
export function localToday(now: Date = new Date()): string {
  const pad = (n: number) => String(n).padStart(2, '0');
  return `${now.getFullYear()}-${pad(now.getMonth() + 1)}-${pad(now.getDate())}`;
}
