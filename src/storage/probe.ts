import Database from 'better-sqlite3';
import { openDatabase } from './driver';
import { closeSync, existsSync, openSync, readFileSync, readSync, statSync } from 'node:fs';
import { storageError, toStorageError } from './errors';
import { sidecarsOf } from './files';
import { CURRENT_SCHEMA_VERSION, OLDEST_SCHEMA_VERSION } from './migrate';
import { APP_NAME, APPLICATION_ID, BUSY_TIMEOUT_MS, pragmaNumber, type Db } from './sql';

const MAGIC = Buffer.from('SQLite format 3\0', 'latin1');
const HEADER_BYTES = 100;
const APPLICATION_ID_OFFSET = 68;
/** Header bytes 18-19: file format write/read version, 2 = WAL. */
const WAL_FORMAT_OFFSETS = [18, 19] as const;
/** Above this the probe reads the file in place rather than copying it into memory. */
const MAX_IN_MEMORY_PROBE_BYTES = 256 * 1024 * 1024;

export interface ProbeResult {
  schemaVersion: number;
}

function sizeOf(file: string): number {
  const stats = statSync(file);
  if (!stats.isFile()) throw storageError('not-a-workspace', file, { reason: 'not-a-file' });
  return stats.size;
}

function readHeader(file: string): Buffer {
  const header = Buffer.alloc(HEADER_BYTES);
  const fd = openSync(file, 'r');
  try {
    const read = readSync(fd, header, 0, HEADER_BYTES, 0);
    return header.subarray(0, read);
  } finally {
    closeSync(fd);
  }
}

/**
 * A private in-memory copy, so checking a file we may refuse cannot change it:
 * opening a WAL-mode file, even read-only, creates -wal and -shm files beside it.
 * The copy is marked as rollback mode because SQLite cannot open an in-memory WAL image.
 */
function openCopy(file: string): Db {
  const image = readFileSync(file);
  for (const offset of WAL_FORMAT_OFFSETS) if (image[offset] === 2) image[offset] = 1;
  return openDatabase(image);
}

/** Checks that need SQLite: ours, a version we know, and sound pages and references. */
function inspect(db: Db, file: string): ProbeResult {
  if (pragmaNumber(db, 'application_id') !== APPLICATION_ID) {
    throw storageError('not-a-workspace', file, { reason: 'foreign-database' });
  }
  const version = pragmaNumber(db, 'user_version');
  if (version > CURRENT_SCHEMA_VERSION) {
    throw storageError('newer-version', file, { found: version, supported: CURRENT_SCHEMA_VERSION });
  }
  if (version < OLDEST_SCHEMA_VERSION) throw storageError('corrupt', file, { reason: 'no-schema' });
  const check = db.prepare('PRAGMA quick_check').pluck().all();
  if (check.length !== 1 || check[0] !== 'ok') {
    throw storageError('corrupt', file, { reason: 'quick-check', detail: String(check[0]) });
  }
  // quick_check does not look at foreign keys.
  if (db.prepare('PRAGMA foreign_key_check').all().length > 0) {
    throw storageError('corrupt', file, { reason: 'foreign-keys' });
  }
  const appName: unknown = db.prepare('SELECT app_name FROM meta WHERE id = 1').pluck().get();
  if (appName !== APP_NAME) throw storageError('corrupt', file, { reason: 'no-meta' });
  return { schemaVersion: version };
}

// What a read-only connection reports when a crash left a hot journal or an unreplayed WAL.
const NEEDS_RECOVERY = new Set([
  'SQLITE_READONLY_ROLLBACK',
  'SQLITE_READONLY_RECOVERY',
  'SQLITE_READONLY_CANTINIT',
  'SQLITE_READONLY_CANTLOCK',
]);

/**
 * Inspects the file through SQLite, honouring other connections' locks and WAL.
 * Read-only first; if a crash left work to undo, a read-only connection may not
 * do it, so a writable one lets SQLite's own recovery restore the last commit.
 * That recovery is the only write a probe can cause.
 */
function inspectInPlace(file: string): ProbeResult {
  const readOnly = openDatabase(file, { readonly: true, fileMustExist: true, timeout: BUSY_TIMEOUT_MS });
  try {
    return inspect(readOnly, file);
  } catch (error) {
    if (!(error instanceof Database.SqliteError && NEEDS_RECOVERY.has(error.code))) throw error;
  } finally {
    readOnly.close();
  }
  const recovering = openDatabase(file, { fileMustExist: true, timeout: BUSY_TIMEOUT_MS });
  try {
    return inspect(recovering, file);
  } finally {
    recovering.close();
  }
}

/**
 * Decides whether `file` is a healthy Coopfolio workspace this build can open,
 * without writing to it or creating anything beside it (a file a crash left
 * mid-write is the one exception: see `inspectInPlace`). Throws
 * `WorkspaceFileError` (not-found, not-a-workspace, corrupt, newer-version, locked, io).
 */
export function probeWorkspaceFile(file: string): ProbeResult {
  let db: Db | undefined;
  try {
    const size = sizeOf(file);
    if (size === 0) throw storageError('not-a-workspace', file, { reason: 'empty' });
    const header = readHeader(file);
    if (!header.subarray(0, MAGIC.length).equals(MAGIC)) {
      const cutShort = header.length < MAGIC.length && MAGIC.subarray(0, header.length).equals(header);
      throw storageError(cutShort ? 'corrupt' : 'not-a-workspace', file, { reason: 'header' });
    }
    if (header.length < HEADER_BYTES) throw storageError('corrupt', file, { reason: 'header' });
    // Sidecar files mean the file is open elsewhere or was not closed cleanly: the
    // header may be stale, so read through SQLite, which honours locks and the WAL.
    const inUse = sidecarsOf(file).some((path) => existsSync(path));
    if (!inUse && header.readUInt32BE(APPLICATION_ID_OFFSET) !== APPLICATION_ID) {
      throw storageError('not-a-workspace', file, { reason: 'foreign-database' });
    }
    if (inUse || size > MAX_IN_MEMORY_PROBE_BYTES) return inspectInPlace(file);
    db = openCopy(file);
    return inspect(db, file);
  } catch (error) {
    throw toStorageError(error, file);
  } finally {
    db?.close();
  }
}
