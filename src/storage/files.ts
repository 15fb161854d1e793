import { randomBytes } from 'node:crypto';
import { closeSync, existsSync, fsyncSync, linkSync, openSync, renameSync, rmSync, statSync } from 'node:fs';
import { basename, dirname, extname, join } from 'node:path';

/** The files SQLite keeps beside a database while it is open (WAL) or mid-write (rollback). */
export function sidecarsOf(file: string): string[] {
  return [`${file}-wal`, `${file}-shm`, `${file}-journal`];
}

/** A hidden temporary name in the same folder, so the final rename stays on one file system (atomic). */
export function tempPathBeside(target: string): string {
  const tag = `${process.pid}-${randomBytes(4).toString('hex')}`;
  return join(dirname(target), `.${basename(target)}.${tag}.tmp`);
}

/** `2025-11-28T09-05-00-123Z`: sortable, and valid in Windows file names (no colons). */
export function fileTimestamp(date: Date = new Date()): string {
  return date.toISOString().replace(/[:.]/g, '-');
}

/** `budget.coopfolio` -> `budget` */
export function stem(file: string): string {
  const name = basename(file);
  const ext = extname(name);
  return ext === '' ? name : name.slice(0, -ext.length);
}

export function fsyncFile(file: string): void {
  const fd = openSync(file, 'r+');
  try {
    fsyncSync(fd);
  } finally {
    closeSync(fd);
  }
}

/** Makes a rename durable. Windows cannot open a folder for syncing; there the rename is already durable enough. */
export function fsyncDirectory(folder: string): void {
  let fd: number | undefined;
  try {
    fd = openSync(folder, 'r');
    fsyncSync(fd);
  } catch {
    // Not supported on this platform or file system.
  } finally {
    if (fd !== undefined) closeSync(fd);
  }
}

/** Moves a finished temporary file over `target`: flushed first, so a crash leaves the old or the new file, never half of one. */
export function moveIntoPlace(temp: string, target: string): void {
  fsyncFile(temp);
  renameSync(temp, target);
  fsyncDirectory(dirname(target));
}

/** Cleanup after a failure; never throws, since the original error is the one to report. */
export function removeQuietly(file: string): void {
  for (const path of [file, ...sidecarsOf(file)]) {
    try {
      if (existsSync(path)) rmSync(path, { force: true });
    } catch {
      // Leave it: a stray hidden temp file is harmless.
    }
  }
}

/** True when the folder that would hold `file` exists (SQLite and renames need it). */
export function folderExists(file: string): boolean {
  try {
    return statSync(dirname(file)).isDirectory();
  } catch {
    return false;
  }
}

/**
 * Like `moveIntoPlace`, but fails with EEXIST instead of replacing a file that
 * appeared meanwhile: a hard link is created atomically or not at all.
 */
export function linkIntoPlace(temp: string, target: string): void {
  fsyncFile(temp);
  linkSync(temp, target);
  rmSync(temp, { force: true });
  fsyncDirectory(dirname(target));
}
