import Database from 'better-sqlite3';
import { WorkspaceFileError, type WorkspaceFileErrorCode } from './types';

type Params = Record<string, string | number>;

/** A storage failure about `file`, which every message names. */
export function storageError(
  code: WorkspaceFileErrorCode,
  file: string,
  params: Params = {},
  detail?: string,
): WorkspaceFileError {
  return new WorkspaceFileError(code, { file, ...params }, detail);
}

/** SQLite result codes (base code: `SQLITE_BUSY_SNAPSHOT` counts as `SQLITE_BUSY`). */
function sqliteCode(code: string): WorkspaceFileErrorCode {
  const base = code.split('_').slice(0, 2).join('_');
  switch (base) {
    case 'SQLITE_BUSY':
    case 'SQLITE_LOCKED':
      return 'locked';
    case 'SQLITE_FULL':
      return 'disk-full';
    case 'SQLITE_READONLY':
    case 'SQLITE_PERM':
    case 'SQLITE_AUTH':
      return 'read-only';
    case 'SQLITE_CORRUPT':
      return 'corrupt';
    case 'SQLITE_NOTADB':
      return 'not-a-workspace';
    case 'SQLITE_CONSTRAINT':
      // A duplicate key is a clash of ids; any other rule (CHECK, foreign key,
      // NOT NULL) means the data does not fit the file's rules.
      return code === 'SQLITE_CONSTRAINT_PRIMARYKEY' || code === 'SQLITE_CONSTRAINT_UNIQUE'
        ? 'exists'
        : 'constraint';
    default:
      return 'io';
  }
}

/** Node file-system errno codes. */
function errnoCode(code: string): WorkspaceFileErrorCode {
  switch (code) {
    case 'ENOENT':
    case 'ENOTDIR':
      return 'not-found';
    case 'EEXIST':
      return 'exists';
    case 'EACCES':
    case 'EPERM':
    case 'EROFS':
      return 'read-only';
    case 'ENOSPC':
    case 'EDQUOT':
      return 'disk-full';
    case 'EBUSY':
      return 'locked';
    default:
      return 'io';
  }
}

function isErrnoError(error: unknown): error is NodeJS.ErrnoException & { code: string } {
  return error instanceof Error && typeof (error as NodeJS.ErrnoException).code === 'string';
}

/**
 * Turns whatever SQLite or the file system threw into a `WorkspaceFileError`
 * about `file`. Programming errors (TypeError and friends) pass through
 * unchanged so they are not disguised as a disk problem.
 */
export function toStorageError(error: unknown, file: string): unknown {
  if (error instanceof WorkspaceFileError) {
    return 'file' in error.params ? error : storageError(error.code, file, error.params, error.message);
  }
  if (error instanceof Database.SqliteError) {
    return storageError(sqliteCode(error.code), file, { sqliteCode: error.code }, error.message);
  }
  if (isErrnoError(error) && /^E[A-Z]+$/.test(error.code)) {
    return storageError(errnoCode(error.code), file, { errno: error.code }, error.message);
  }
  return error;
}

/** Runs `action`, rethrowing its failure as a storage error about `file`. */
export function guarded<T>(file: string, action: () => T): T {
  try {
    return action();
  } catch (error) {
    throw toStorageError(error, file);
  }
}
