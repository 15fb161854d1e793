/**
 * Opening a team workspace by its address (docs/team.md, "From the desktop app"): ask,
 * load the server's page in a hidden hardened window, and only when it loaded put that
 * window in place of the current one. A server that cannot be reached, or whose
 * certificate fails, leaves what was open as it was and says why, naming the address:
 * under the prompt's field while the user is typing, else in a dialog.
 */
import type { Lang } from '../src/i18n/lang';
import { shellMessage } from './messages';
import type { RecentList } from './recent';
import { describeLoadFailure, isTeamOrigin, teamHostLabel, teamStartUrl } from './team-address';
import { providerFence, type ProviderAnswer, type TeamFence } from './team-fence';

export interface TeamWindowHandle<W> {
  window: W;
  /** Settles when the server's page has loaded; rejects with Chromium's error (`ERR_…`). */
  loaded: Promise<void>;
}

export interface TeamActionDeps<W> {
  /**
   * Shows the address prompt until it is cancelled or `attempt` opened a workspace;
   * each valid address typed goes to `attempt`, whose message (if any) the prompt shows.
   */
  askAddress(attempt: AttemptFn): Promise<void>;
  /**
   * Asks the server (over its own session, fenced to its origin) which identity provider
   * it signs in through: `GET /auth/oidc/provider`. Null when it could not be asked.
   */
  askProvider(origin: string): Promise<ProviderAnswer>;
  /** Fences the server's session (and its windows' navigation) to `fence`, and opens a hidden window on it. */
  openWindow(fence: TeamFence): TeamWindowHandle<W>;
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

/** What one try gave: a message for the user unless the workspace is shown. */
type Attempt = { outcome: 'done' } | { outcome: 'cancelled' | 'failed'; message: string };

/**
 * Checks an answer typed in the prompt: null when that workspace is now shown (the
 * prompt closes), else the message to show under the field (the prompt stays open).
 */
export type AttemptFn = (origin: string) => Promise<string | null>;

export function createTeamActions<W>(deps: TeamActionDeps<W>) {
  let opening: string | null = null;

  const attemptOpen = async (origin: string): Promise<Attempt> => {
    const lang = deps.lang();
    // Only an address that passes the rules: a recent list edited by hand is not trusted.
    if (!isTeamOrigin(origin)) {
      return { outcome: 'failed', message: shellMessage(lang, 'teamAddressInvalid', { address: origin }) };
    }
    if (deps.shownOrigin() === origin) {
      deps.focus();
      return { outcome: 'done' };
    }
    // A second click while the first load runs would open the server twice.
    if (opening !== null) return { outcome: 'cancelled', message: shellMessage(lang, 'teamBusy') };
    opening = origin;
    try {
      // Asked at every open, so a provider the server changed applies on the next open.
      const fenced = providerFence(origin, await deps.askProvider(origin).catch(() => null), lang);
      if (!fenced.ok) return { outcome: 'failed', message: fenced.message };
      const { window, loaded } = deps.openWindow(fenced.fence);
      try {
        await withinTime(loaded, deps.loadTimeoutMs ?? TEAM_LOAD_TIMEOUT_MS);
      } catch (error) {
        deps.discard(window);
        return { outcome: 'failed', message: describeLoadFailure(origin, error, lang) };
      }
      deps.showInPlace(window, origin);
      deps.recent.addTeam(origin);
      deps.onRecentChanged();
      return { outcome: 'done' };
    } finally {
      opening = null;
    }
  };

  /** From the recent list or at start: a failure is said in a dialog. */
  const openTeam = async (origin: string): Promise<TeamOutcome> => {
    const attempt = await attemptOpen(origin);
    if (attempt.outcome === 'failed') await deps.showError(attempt.message);
    return attempt.outcome;
  };

  return {
    openTeam,

    /** From the prompt: a failure is said under the address field, so the user can correct it. */
    async askAndOpen(): Promise<TeamOutcome> {
      let opened = false;
      const attempt: AttemptFn = async (origin) => {
        const result = await attemptOpen(origin);
        if (result.outcome !== 'done') return result.message;
        opened = true;
        return null;
      };
      try {
        await deps.askAddress(attempt);
      } catch (error) {
        // The prompt window itself failed: said in a dialog, not lost as an unhandled rejection.
        const detail = error instanceof Error ? error.message : String(error);
        await deps.showError(shellMessage(deps.lang(), 'unexpected', { detail }));
        return 'failed';
      }
      return opened ? 'done' : 'cancelled';
    },

    /** Off the list, and its session cookie gone: the next open starts at the sign-in screen. */
    async forget(origin: string): Promise<void> {
      deps.recent.removeTeam(origin);
      deps.onRecentChanged();
      await deps.forgetSignIn(origin);
    },
  };
}

export interface ExternalSignInDeps {
  /** A question whose Cancel is the default; true when the user chose the browser. */
  confirm(message: string, detail: string): Promise<boolean>;
  openExternal(url: string): Promise<void>;
  lang(): Lang;
}

/**
 * A team window stopped a redirect to a site outside its fence (not the server, not the
 * identity provider the server named): most likely a sign-in through a provider the
 * server does not advertise (an older server, or a provider that sends on to another
 * one), which the window cannot show. Explains that and
 * offers to open the team workspace in the browser (its own address, never the
 * redirect's). One question at a time, so a page cannot flood the user with dialogs.
 */
export function createExternalSignInNotice(deps: ExternalSignInDeps) {
  let asking = false;
  return async (origin: string, redirectedTo: string): Promise<'opened' | 'cancelled' | 'busy'> => {
    if (asking) return 'busy';
    asking = true;
    try {
      const lang = deps.lang();
      const host = teamHostLabel(new URL(redirectedTo).origin);
      const message = shellMessage(lang, 'teamExternalSignIn', { host });
      const detail = shellMessage(lang, 'teamExternalSignInDetail', { host, address: origin });
      if (!(await deps.confirm(message, detail))) return 'cancelled';
      await deps.openExternal(teamStartUrl(origin));
      return 'opened';
    } finally {
      asking = false;
    }
  };
}
