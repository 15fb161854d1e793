/**
 * The one way Coopfolio replaces a file (exports, reports, preferences, the recent
 * list, database copies): readers and a crash see the old content or the new, never
 * a mix. A temporary file in the same folder (so the rename stays on one file
 * system), flushed to disk, renamed over the target, then the folder flushed so the
 * rename itself survives a power cut.
 */
import { randomBytes } from 'node:crypto';
import { closeSync, fsyncSync, linkSync, openSync, renameSync, rmSync, writeSync } from 'node:fs';
import { basename, dirname, join } from 'node:path';

/** A hidden, unique temporary name beside `target`. */
export function tempPathBeside(target: string): string {
  const tag = `${process.pid}-${randomBytes(4).toString('hex')}`;
  return join(dirname(target), `.${basename(target)}.${tag}.tmp`);
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

export interface AtomicWriteOptions {
  /** Permission bits of a new file (before the umask); 0o600 for files only the user should read. */
  mode?: number;
}

/** Writes `content` (text as UTF-8) to `target` whole, or leaves the old file and throws. */
export function writeFileAtomic(
  target: string,
  content: string | Uint8Array,
  options: AtomicWriteOptions = {},
): void {
  const temp = tempPathBeside(target);
  try {
    // 'wx': never write through a file (or link) that is already there under the temporary name.
    const fd = openSync(temp, 'wx', options.mode ?? 0o644);
    try {
      const bytes = typeof content === 'string' ? Buffer.from(content, 'utf8') : content;
      let offset = 0;
      while (offset < bytes.length) offset += writeSync(fd, bytes, offset);
      fsyncSync(fd);
    } finally {
      closeSync(fd);
    }
    renameSync(temp, target);
    fsyncDirectory(dirname(target));
  } catch (error) {
    rmSync(temp, { force: true });
    throw error;
  }
}
