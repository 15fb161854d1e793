/**
 * Which workspace the app opens at start: a file passed on the command line (file
 * association), else the last used one, else the built-in demo copied into the
 * user's data folder. Nothing here ever deletes or overwrites a file.
 */
import { extname, join, resolve } from 'node:path';
import type { Workspace } from '../src/model/workspace';
import type { BackupOffer, BackupRecovery } from './backup-recovery';

export const WORKSPACE_EXTENSION = '.coopfolio';

export type RecoveryChoice = 'demo' | 'restore' | 'team' | 'quit';

/** What the start opened when it was a team workspace rather than a file. */
export const TEAM_WORKSPACE = Symbol('team workspace');
export const DEMO_FILE_NAME = 'demo.coopfolio';

export interface StartupSession {
  open(path: string): void;
  create(path: string, workspace: Workspace): void;
}

export interface StartupDeps {
  session: StartupSession;
  userDataDir: string;
  exists(path: string): boolean;
  loadDemo(): Workspace;
  /** The most recently used file, if any still exists. */
  lastUsed(): string | null;
  /** Remembers a successfully opened file as the most recent. */
  remember(path: string): void;
  /** Plain words for an opening error (`storageErrorMessage` for storage errors). */
  describeError(error: unknown): string;
  /** Asks what to do after `path` failed; the safe default is the demo. */
  askRecovery(path: string, reason: string, backup: BackupOffer | null): Promise<RecoveryChoice>;
  /**
   * Asks for a team workspace's address and opens it (team-actions.ts); true when one
   * is shown. Without it, the start offers no team workspace.
   */
  openTeam?(): Promise<boolean>;
  /** Backups of a damaged file: offered in `askRecovery`, restored when chosen. */
  recovery: BackupRecovery;
  /** Says why the chosen restore failed; the demo opens next. */
  showRestoreFailed(reason: string): Promise<void>;
}

/** A `.coopfolio` file among launch arguments (double-click, "Open with"), resolved against `cwd`. */
export function workspaceArgument(argv: readonly string[], cwd: string): string | null {
  const found = [...argv]
    .reverse()
    .find((arg) => !arg.startsWith('-') && extname(arg).toLowerCase() === WORKSPACE_EXTENSION);
  return found === undefined ? null : resolve(cwd, found);
}

/** `demo.coopfolio`, or `demo-2.coopfolio`… when an earlier demo exists but cannot be opened. */
export function freshDemoPath(userDataDir: string, exists: (path: string) => boolean): string {
  for (let n = 2; n < 1000; n += 1) {
    const candidate = join(userDataDir, `demo-${n}${WORKSPACE_EXTENSION}`);
    if (!exists(candidate)) return candidate;
  }
  return join(userDataDir, `demo-${Date.now()}${WORKSPACE_EXTENSION}`);
}

function tryOpen(deps: StartupDeps, path: string): { ok: true } | { ok: false; error: unknown } {
  try {
    deps.session.open(path);
    deps.remember(path);
    return { ok: true };
  } catch (error) {
    return { ok: false, error };
  }
}

/** Opens the demo copy, creating it on first run; a broken old copy is left alone. */
export function openDemo(deps: StartupDeps): string {
  const demoPath = join(deps.userDataDir, DEMO_FILE_NAME);
  if (!deps.exists(demoPath)) {
    deps.session.create(demoPath, deps.loadDemo());
    deps.remember(demoPath);
    return demoPath;
  }
  if (tryOpen(deps, demoPath).ok) return demoPath;
  const fresh = freshDemoPath(deps.userDataDir, deps.exists);
  deps.session.create(fresh, deps.loadDemo());
  deps.remember(fresh);
  return fresh;
}

async function restoreAndOpen(deps: StartupDeps, path: string): Promise<boolean> {
  try {
    deps.recovery.restore(path);
  } catch (error) {
    await deps.showRestoreFailed(deps.describeError(error));
    return false;
  }
  const reopened = tryOpen(deps, path);
  if (!reopened.ok) await deps.showRestoreFailed(deps.describeError(reopened.error));
  return reopened.ok;
}

/**
 * Returns the opened path, TEAM_WORKSPACE when the user chose a team workspace instead,
 * or null when they chose to quit. Throws only when even a fresh demo cannot be created
 * (for example a full or read-only disk).
 */
export async function openStartupWorkspace(
  deps: StartupDeps,
  requested: string | null,
): Promise<string | typeof TEAM_WORKSPACE | null> {
  const candidate = requested ?? deps.lastUsed();
  if (candidate !== null) {
    const opened = tryOpen(deps, candidate);
    if (opened.ok) return candidate;
    const offer = deps.recovery.offer(candidate, opened.error);
    const choice = await deps.askRecovery(candidate, deps.describeError(opened.error), offer);
    if (choice === 'quit') return null;
    if (choice === 'restore' && (await restoreAndOpen(deps, candidate))) return candidate;
    // A cancelled prompt or an unreachable server (already explained) ends at the demo.
    if (choice === 'team' && deps.openTeam !== undefined && (await deps.openTeam())) return TEAM_WORKSPACE;
  }
  return openDemo(deps);
}
