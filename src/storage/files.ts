/**
 * File facts the storage layer needs around a SQLite file. Writing a file whole
 * (temporary name, fsync, rename) lives in src/fs/atomic-write.ts, shared by every host.
 */
import { existsSync, rmSync, statSync } from 'node:fs';
import { basename, dirname, extname } from 'node:path';

/** The files SQLite keeps beside a database while it is open (WAL) or mid-write (rollback). */
export function sidecarsOf(file: string): string[] {
  return [`${file}-wal`, `${file}-shm`, `${file}-journal`];
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
