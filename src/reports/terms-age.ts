/**
 * How old a funding stream's terms are (issue 13, point 7). Lenders and the EU change
 * their rules; terms checked more than a year ago, or never dated, must be checked again
 * before a plan counts on them. Browser-safe (no imports): the streams screen, the plan
 * builder and the council report all judge with this one rule.
 */

/** Terms this many days old are still current; one day more and they are out of date. */
export const TERMS_STALE_AFTER_DAYS = 365;

export type TermsAge =
  /** No peildatum: nobody can say when the terms were checked. */
  | { status: 'missing' }
  /** `days` since the peildatum (negative for a date in the future). */
  | { status: 'current' | 'stale'; days: number };

const ISO_DAY = /^(\d{4})-(\d{2})-(\d{2})/;

/** Days since 1970-01-01 of a `YYYY-MM-DD` text (a longer ISO timestamp counts by its date part). */
function dayNumber(iso: string): number | null {
  const match = ISO_DAY.exec(iso);
  if (match === null) return null;
  const time = Date.UTC(Number(match[1]), Number(match[2]) - 1, Number(match[3]));
  return Number.isNaN(time) ? null : Math.round(time / 86_400_000);
}

/**
 * The age of terms dated `termsDate` on the day `today` (both `YYYY-MM-DD`; `today` may be
 * a full ISO timestamp, of which only the date counts). Whole calendar days, so the time
 * of day and summer time never move a stream across the line.
 */
export function termsAge(termsDate: string | undefined, today: string): TermsAge {
  if (termsDate === undefined || termsDate.trim() === '') return { status: 'missing' };
  const from = dayNumber(termsDate);
  const to = dayNumber(today);
  // An unreadable date tells as little as none at all.
  if (from === null || to === null) return { status: 'missing' };
  const days = to - from;
  return { status: days > TERMS_STALE_AFTER_DAYS ? 'stale' : 'current', days };
}

/** Whether the terms need checking again: out of date or undated. */
export function termsNeedCheck(age: TermsAge): boolean {
  return age.status !== 'current';
}

/** The user's calendar date as `YYYY-MM-DD` (local time: "today" is the day on the user's wall). */
export function localIsoDay(now: Date = new Date()): string {
  const pad = (n: number) => String(n).padStart(2, '0');
  return `${now.getFullYear()}-${pad(now.getMonth() + 1)}-${pad(now.getDate())}`;
}
