/**
 * The numbers of sign-in: how long a session lives and how many failed sign-ins are
 * allowed before an account or an address has to wait. One place, so docs/team.md and
 * the tests read the same values.
 */
const MINUTE_MS = 60_000;
const HOUR_MS = 60 * MINUTE_MS;

/** A session unused this long is over (the idle timeout). */
export const SESSION_IDLE_MS = 8 * HOUR_MS;
/** A session is over this long after sign-in, however busy (sign in again once a day). */
export const SESSION_MAX_MS = 24 * HOUR_MS;
/** A session's last use is written at most this often, not on every request. */
export const SESSION_TOUCH_MS = MINUTE_MS;

/** Failed sign-ins are counted over this window... */
export const FAILURE_WINDOW_MS = 15 * MINUTE_MS;
/** ...and this many for one account within it make the account wait... */
export const MAX_FAILURES_PER_USER = 5;
/** ...as this many from one address (many accounts tried from one place) make the address wait. */
export const MAX_FAILURES_PER_ADDRESS = 20;

/**
 * Until when sign-in is refused, given the times of recent failures (any order) and the
 * limit: while `limit` failures fall within the window, until the oldest of the latest
 * `limit` leaves it. Null: not limited.
 */
export function lockedUntil(failures: readonly Date[], limit: number, now: Date): Date | null {
  const recent = failures
    .map((at) => at.getTime())
    .filter((at) => at > now.getTime() - FAILURE_WINDOW_MS)
    .sort((a, b) => b - a);
  if (recent.length < limit) return null;
  return new Date(recent[limit - 1]! + FAILURE_WINDOW_MS);
}
