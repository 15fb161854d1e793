import {
  copyFileSync,
  existsSync,
  linkSync,
  mkdirSync,
  readdirSync,
  renameSync,
  rmSync,
  statSync,
} from 'node:fs';
import { basename, dirname, join, resolve } from 'node:path';
import { storageError, toStorageError } from './errors';
import { fsyncDirectory, fsyncFile, moveIntoPlace, tempPathBeside } from '../fs/atomic-write';
import { fileTimestamp, removeQuietly, sidecarsOf, stem } from './files';
import { defaultBackupDir } from './migrate';
import { probeWorkspaceFile } from './probe';
import { WorkspaceFileError, type WorkspaceStore } from './types';
import { DEFAULT_BACKUPS_KEPT } from './backup-policy';

export { DEFAULT_BACKUPS_KEPT };

export interface BackupOptions {
  /** Folder of the backups; default `backups/` beside the workspace. */
  dir?: string;
  /** Keep this many of the newest rotating backups (at least 1). */
  keep?: number;
}

export interface BackupFile {
  path: string;
  /** Modification time in ms: the order backups are "latest" in. */
  mtimeMs: number;
}

const TIMESTAMP = String.raw`\d{4}-\d\d-\d\dT\d\d-\d\d-\d\d-\d{3}Z`;
/** `<stem>-<time>[-n].coopfolio`, as `writeRotatingBackup` and `coopfolio backup` name them. */
const ROTATING = new RegExp(`^${TIMESTAMP}(-\\d+)?\\.coopfolio$`);
/** Also the copies kept before a migration or an import replaced the file. */
const ANY_BACKUP = new RegExp(`^(before-v\\d+-|replaced-)?${TIMESTAMP}(-\\d+)?\\.coopfolio$`);

/**
 * The part after `<stem>-` must be exactly a backup suffix: `budget-2027` has
 * its own backups, which must never be taken for those of `budget`.
 */
function suffixOf(name: string, workspaceStem: string): string | null {
  return name.startsWith(`${workspaceStem}-`) ? name.slice(workspaceStem.length + 1) : null;
}

function isBackupOf(name: string, workspaceStem: string): boolean {
  return ANY_BACKUP.test(suffixOf(name, workspaceStem) ?? '');
}

/** Rotating backups only (not the ones kept before a migration or a replace, which are never pruned). */
function isRotatingBackupOf(name: string, workspaceStem: string): boolean {
  return ROTATING.test(suffixOf(name, workspaceStem) ?? '');
}

/** Which kind of backup of `file` a file name is, or null when it is not one. */
export function backupKindOf(
  name: string,
  file: string,
): 'rotating' | 'before-migration' | 'before-replace' | null {
  const suffix = suffixOf(name, stem(file));
  if (suffix === null || !ANY_BACKUP.test(suffix)) return null;
  if (ROTATING.test(suffix)) return 'rotating';
  return suffix.startsWith('replaced-') ? 'before-replace' : 'before-migration';
}

/** Every backup of `file` in the folder, newest first (name breaks ties: timestamps sort). */
export function listBackups(file: string, options: BackupOptions = {}): BackupFile[] {
  const dir = options.dir ?? defaultBackupDir(file);
  if (!existsSync(dir)) return [];
  const workspaceStem = stem(file);
  return readdirSync(dir)
    .filter((name) => isBackupOf(name, workspaceStem))
    .map((name) => ({ path: join(dir, name), mtimeMs: statSync(join(dir, name)).mtimeMs }))
    .sort((a, b) => b.mtimeMs - a.mtimeMs || basename(b.path).localeCompare(basename(a.path)));
}

/** Removes the oldest rotating backups beyond `keep`; returns the paths removed. */
export function pruneBackups(file: string, options: BackupOptions = {}): string[] {
  const keep = Math.max(1, options.keep ?? DEFAULT_BACKUPS_KEPT);
  const workspaceStem = stem(file);
  const rotating = listBackups(file, options).filter((entry) =>
    isRotatingBackupOf(basename(entry.path), workspaceStem),
  );
  const removed = rotating.slice(keep).map((entry) => entry.path);
  for (const path of removed) rmSync(path, { force: true });
  return removed;
}

/**
 * Writes a new rotating backup `<name>-<timestamp>.coopfolio` of the open store
 * (SQLite online backup, renamed into place whole), then prunes to the last
 * `keep`. Pruning runs only after the new copy is in place, so a crash in
 * between leaves one backup too many, never one too few. Returns its path.
 */
export async function writeRotatingBackup(
  store: WorkspaceStore,
  options: BackupOptions = {},
): Promise<string> {
  const dir = options.dir ?? defaultBackupDir(store.path);
  try {
    mkdirSync(dir, { recursive: true });
  } catch (error) {
    throw toStorageError(error, dir);
  }
  const base = `${stem(store.path)}-${fileTimestamp()}`;
  let target = join(dir, `${base}.coopfolio`);
  // Two backups within one millisecond must not replace each other.
  for (let n = 1; existsSync(target); n++) target = join(dir, `${base}-${n}.coopfolio`);
  await store.backup(target);
  pruneBackups(store.path, options);
  return target;
}

/** The newest backup that is itself a sound workspace this build can open, or null. */
export function latestUsableBackup(file: string, options: BackupOptions = {}): string | null {
  for (const entry of listBackups(file, options)) {
    try {
      probeWorkspaceFile(entry.path);
      return entry.path;
    } catch {
      // A damaged or too-new backup is skipped: the next older one may do.
    }
  }
  return null;
}

/**
 * Whether putting a backup in place could help with a file that failed to open: only
 * for a damaged file. A newer-version, locked or read-only file is sound, and
 * replacing it would lose work (docs/reliability.md).
 */
export function restoreMayHelp(error: unknown): boolean {
  return error instanceof WorkspaceFileError && ['corrupt', 'not-a-workspace', 'io'].includes(error.code);
}

export interface Restored {
  /** The backup copied over the workspace. */
  from: string;
  /** Where the refused file was moved, unchanged; null when there was no file. */
  keptAs: string | null;
}

export interface RestoreOptions extends BackupOptions {
  /** The backup to put back (a path `listBackups` gives); default: the latest usable one. */
  from?: string;
  /**
   * What becomes of the file now in place. `refused` (default, for a file that failed to
   * open): renamed beside it as `<name>.refused-<time>.coopfolio`. `replaced` (for a sound
   * file the user goes back from): moved into the backups folder as
   * `<name>-replaced-<time>.coopfolio`, which is never pruned, so the step can be undone.
   */
  current?: 'refused' | 'replaced';
}

/** `from` must be one of `file`'s own backups (not any file) and itself sound. */
function chosenBackup(file: string, options: RestoreOptions): string {
  const dir = options.dir ?? defaultBackupDir(file);
  if (options.from === undefined) {
    const latest = latestUsableBackup(file, options);
    if (latest === null) throw storageError('not-found', file, { reason: 'no-backup', backups: dir });
    return latest;
  }
  const wanted = resolve(options.from);
  const listed = listBackups(file, options).find((entry) => resolve(entry.path) === wanted);
  if (listed === undefined) throw storageError('not-found', file, { reason: 'no-backup', backups: dir });
  probeWorkspaceFile(listed.path);
  return listed.path;
}

/**
 * Puts a backup (the latest usable one, or `options.from`) in place of `file`. Nothing
 * is deleted: the file now in place (and any sidecars) is kept as `options.current`
 * says, and the backup is copied under a temporary name and renamed into place, so a
 * crash leaves either the old file or the whole backup. A failure puts the old file
 * back. Throws `not-found` (`reason: 'no-backup'`) when there is no such usable backup.
 * Only call it with no store open on `file`.
 */
export function restoreBackup(file: string, options: RestoreOptions = {}): Restored {
  const from = chosenBackup(file, options);
  const temp = tempPathBeside(file);
  let keptAs: string | null = null;
  const movedSidecars: Array<[from: string, to: string]> = [];
  try {
    copyFileSync(from, temp);
    if (existsSync(file)) {
      keptAs =
        options.current === 'replaced'
          ? join(options.dir ?? defaultBackupDir(file), `${stem(file)}-replaced-${fileTimestamp()}.coopfolio`)
          : join(dirname(file), `${stem(file)}.refused-${fileTimestamp()}.coopfolio`);
      mkdirSync(dirname(keptAs), { recursive: true });
      // The current file is kept by a second name first (a hard link, or a copy where links
      // are not possible), so the workspace's own name never stands empty: a crash leaves
      // the old file or the restored one there, and the old one also under `keptAs`.
      keepAs(file, keptAs);
      // Sidecars belong to the old file; left behind, SQLite would replay them into the backup.
      for (const sidecar of sidecarsOf(file)) {
        if (!existsSync(sidecar)) continue;
        const target = `${keptAs}${sidecar.slice(file.length)}`;
        renameSync(sidecar, target);
        movedSidecars.push([sidecar, target]);
      }
      fsyncDirectory(dirname(keptAs));
    }
    // One atomic rename puts the backup in place of the old file.
    moveIntoPlace(temp, file);
    return { from, keptAs };
  } catch (error) {
    removeQuietly(temp);
    // The old file is still in place; give it back its sidecars and drop the second name.
    let allBack = true;
    for (const [original, target] of movedSidecars.reverse()) {
      try {
        if (!existsSync(original)) renameSync(target, original);
      } catch {
        // It stays beside the kept copy, which then stays too, so the two still belong together.
        allBack = false;
      }
    }
    if (keptAs !== null && allBack) rmSync(keptAs, { force: true });
    throw toStorageError(error, file);
  }
}

/** A second name for `file`: a hard link (instant, the same bytes), else a flushed copy. */
function keepAs(file: string, keptAs: string): void {
  try {
    linkSync(file, keptAs);
  } catch {
    copyFileSync(file, keptAs);
    fsyncFile(keptAs);
  }
}

/** `restoreBackup` with the latest usable backup, the refused file kept beside it. */
export function restoreLatestBackup(file: string, options: BackupOptions = {}): Restored {
  return restoreBackup(file, options);
}
