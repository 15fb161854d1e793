/**
 * Opening a team workspace by its address (docs/team.md, "From the desktop app"): ask,
 * load the server's page in a hidden hardened window, and only when it loaded put that
 * window in place of the current one. A server that cannot be reached, or whose
 * certificate fails, leaves what was open as it was and says why, naming the address.
 */
import type { Lang } from '../src/i18n/lang';
import { shellMessage } from './messages';
import type { RecentList } from './recent';
import { describeLoadFailure, isTeamOrigin } from './team-address';

export interface TeamWindowHandle<W> {
  window: W;
  /** Settles when the server's page has loaded; rejects with Chromium's error (`ERR_…`). */
  loaded: Promise<void>;
}

export interface TeamActionDeps<W> {
  /** Asks for the address; the validated origin, or null when cancelled. */
  askAddress(): Promise<string | null>;
  /** Locks the origin's session and opens a hidden window on it. */
  openWindow(origin: string): TeamWindowHandle<W>;
  /** Puts the loaded window in place of the current one (and shows it). */
  showInPlace(window: W, origin: string): void;
  /** Throws away a window whose page failed to load. */
  discard(window: W): void;
  /** The team origin the main window shows now, or null for a local file. */
  shownOrigin(): string | null;
  /** Brings the main window forward. */
  focus(): void;
  /** Deletes the origin's cookies and cached pages on this computer. */
  forgetSignIn(origin: string): Promise<void>;
  showError(detail: string): Promise<void>;
  recent: Pick<RecentList, 'addTeam' | 'removeTeam'>;
  onRecentChanged(): void;
  lang(): Lang;
  /** How long a page may take to load before the server counts as unreachable. */
  loadTimeoutMs?: number;
}

/** Chromium gives up on a server that accepts but never answers only after minutes. */
export const TEAM_LOAD_TIMEOUT_MS = 30_000;

/** `loaded`, or a rejection named like Chromium's own timeout when it takes longer than `ms`. */
export function withinTime(loaded: Promise<void>, ms: number): Promise<void> {
  let timer: ReturnType<typeof setTimeout> | undefined;
  const timeout = new Promise<never>((_resolve, reject) => {
    timer = setTimeout(
      () => reject(Object.assign(new Error('ERR_TIMED_OUT'), { code: 'ERR_TIMED_OUT' })),
      ms,
    );
  });
  return Promise.race([loaded, timeout]).finally(() => clearTimeout(timer));
}

export type TeamOutcome = 'done' | 'cancelled' | 'failed';

export function createTeamActions<W>(deps: TeamActionDeps<W>) {
  let opening: string | null = null;

  const openTeam = async (origin: string): Promise<TeamOutcome> => {
    // Only an address that passes the rules: a recent list edited by hand is not trusted.
    if (!isTeamOrigin(origin)) return 'failed';
    if (deps.shownOrigin() === origin) {
      deps.focus();
      return 'done';
    }
    // A second click while the first load runs would open the server twice.
    if (opening !== null) return 'cancelled';
    opening = origin;
    try {
      const { window, loaded } = deps.openWindow(origin);
      try {
        await withinTime(loaded, deps.loadTimeoutMs ?? TEAM_LOAD_TIMEOUT_MS);
      } catch (error) {
        deps.discard(window);
        await deps.showError(describeLoadFailure(origin, error, deps.lang()));
        return 'failed';
      }
      deps.showInPlace(window, origin);
      deps.recent.addTeam(origin);
      deps.onRecentChanged();
      return 'done';
    } finally {
      opening = null;
    }
  };

  return {
    openTeam,

    async askAndOpen(): Promise<TeamOutcome> {
      let origin: string | null;
      try {
        origin = await deps.askAddress();
      } catch (error) {
        // The prompt window itself failed: said in a dialog, not lost as an unhandled rejection.
        const detail = error instanceof Error ? error.message : String(error);
        await deps.showError(shellMessage(deps.lang(), 'unexpected', { detail }));
        return 'failed';
      }
      return origin === null ? 'cancelled' : openTeam(origin);
    },

    /** Off the list, and its session cookie gone: the next open starts at the sign-in screen. */
    async forget(origin: string): Promise<void> {
      deps.recent.removeTeam(origin);
      deps.onRecentChanged();
      await deps.forgetSignIn(origin);
    },
  };
}
