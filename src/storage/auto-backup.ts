/**
 * Automatic rotating backups of the open workspace: one when a file is opened whose
 * latest edits are in no backup yet, then, while edits are made, one per interval.
 * Backups guard against a damaged file or a wrong edit found days later; losing
 * nothing in a crash is the WAL's job (docs/reliability.md), so an interval of minutes
 * is enough. A failed backup never stops the user's work: it is reported and retried
 * at the next check.
 */
import { listBackups, writeRotatingBackup } from './backups';
import type { BackupPolicy } from './backup-policy';
import type { WorkspaceStore } from './types';

/** Ten minutes: at most that much work is missing from the latest backup. */
export const AUTO_BACKUP_INTERVAL_MS = 10 * 60 * 1000;

export interface AutoBackupOptions {
  policy(): BackupPolicy;
  intervalMs?: number;
  onBackup?(path: string): void;
  onError?(error: unknown): void;
}

export interface AutoBackup {
  /** Follows this store from now on: a backup right away if needed, then every interval. */
  attach(store: WorkspaceStore): void;
  /** Stops following the store (before it is closed); a backup under way is let go. */
  detach(): void;
  /** Backs up now if the policy is automatic and there are edits no backup holds; the new path or null. */
  check(): Promise<string | null>;
  /** Why the last automatic backup failed, or null when it succeeded (or none ran). */
  lastError(): unknown;
}

/** Edits newer than the newest backup (of any kind) are not in a backup. */
function coveredAtOpen(store: WorkspaceStore): string | null | undefined {
  const savedAt = store.meta().lastSavedAt;
  const newest = listBackups(store.path)[0];
  if (newest === undefined) return undefined;
  if (savedAt === null || Date.parse(savedAt) <= newest.mtimeMs) return savedAt;
  return undefined;
}

export function createAutoBackup(options: AutoBackupOptions): AutoBackup {
  const intervalMs = options.intervalMs ?? AUTO_BACKUP_INTERVAL_MS;
  let store: WorkspaceStore | null = null;
  let timer: ReturnType<typeof setInterval> | null = null;
  let running: Promise<string | null> | null = null;
  /** The store's `lastSavedAt` the latest backup holds; undefined: it holds nothing known. */
  let backedUpSavedAt: string | null | undefined;
  let failure: unknown = null;

  const run = async (target: WorkspaceStore): Promise<string | null> => {
    // Read before copying: an edit made while the copy runs counts as not yet backed up.
    const savedAt = target.meta().lastSavedAt;
    if (savedAt === backedUpSavedAt) return null;
    try {
      const path = await writeRotatingBackup(target, { keep: options.policy().keep });
      if (store !== target) return null;
      backedUpSavedAt = savedAt;
      failure = null;
      options.onBackup?.(path);
      return path;
    } catch (error) {
      // A store closed or switched mid-copy is not a failure worth reporting.
      if (store !== target) return null;
      failure = error;
      options.onError?.(error);
      return null;
    }
  };

  const check = (): Promise<string | null> => {
    const target = store;
    if (target === null || !options.policy().automatic) return Promise.resolve(null);
    if (running !== null) return running;
    const current: Promise<string | null> = run(target).finally(() => {
      // A detach (or a newer run) may have replaced it meanwhile.
      if (running === current) running = null;
    });
    running = current;
    return current;
  };

  const detach = (): void => {
    if (timer !== null) clearInterval(timer);
    timer = null;
    store = null;
    running = null;
    backedUpSavedAt = undefined;
  };

  return {
    attach(next) {
      detach();
      store = next;
      failure = null;
      try {
        backedUpSavedAt = coveredAtOpen(next);
      } catch (error) {
        backedUpSavedAt = undefined;
        failure = error;
        options.onError?.(error);
      }
      timer = setInterval(() => void check(), intervalMs);
      // The timer alone must not keep a command-line process or a test alive.
      timer.unref?.();
      void check();
    },
    detach,
    check,
    lastError: () => failure,
  };
}
