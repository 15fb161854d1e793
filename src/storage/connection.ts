import { openDatabase } from './driver';
import { accessSync, constants } from 'node:fs';
import { dirname } from 'node:path';
import { storageError, toStorageError } from './errors';
import {
  backupBeforeMigration,
  CURRENT_SCHEMA_VERSION,
  defaultBackupDir,
  migrate,
  schemaVersion,
} from './migrate';
import { probeWorkspaceFile } from './probe';
import { BUSY_TIMEOUT_MS, type Db } from './sql';

export interface OpenOptions {
  /** Where pre-migration backups go; default `backups/` beside the file. */
  backupDir?: string;
}

export interface OpenedDatabase {
  db: Db;
  /** Set when this open migrated the file: where the copy of the old version went. */
  backupPath?: string;
}

/** Settings that live on the connection, not in the file, so every open must set them. */
export function configureConnection(db: Db): void {
  db.pragma(`busy_timeout = ${BUSY_TIMEOUT_MS}`);
  db.pragma('journal_mode = WAL');
  // better-sqlite3 is built with SQLITE_DEFAULT_WAL_SYNCHRONOUS=1: a reopened WAL
  // file would run at NORMAL and could lose the last commits on power loss.
  db.pragma('synchronous = FULL');
  db.pragma('foreign_keys = ON');
}

/** WAL creates -wal and -shm files, so the folder must be writable as well as the file. */
function checkWritable(file: string): void {
  try {
    accessSync(file, constants.W_OK);
    accessSync(dirname(file), constants.W_OK);
  } catch (error) {
    const errno = error instanceof Error && 'code' in error ? String(error.code) : 'unknown';
    throw storageError('read-only', file, { errno });
  }
}

/**
 * The full open sequence: probe without writing, then open for writing, set the
 * connection pragmas, make sure no other process holds the write lock, and
 * migrate (after a backup) if the file is older than this build.
 */
export function openWorkspaceDatabase(file: string, options: OpenOptions = {}): OpenedDatabase {
  probeWorkspaceFile(file);
  checkWritable(file);
  let db: Db | undefined;
  try {
    db = openDatabase(file, { fileMustExist: true, timeout: BUSY_TIMEOUT_MS });
    // Checked again before the first write: the file may have changed since the probe.
    const version = schemaVersion(db);
    if (version > CURRENT_SCHEMA_VERSION) {
      throw storageError('newer-version', file, { found: version, supported: CURRENT_SCHEMA_VERSION });
    }
    configureConnection(db);
    // In WAL mode readers never wait, so without this a second writer would only
    // be noticed at the first save.
    db.exec('BEGIN IMMEDIATE; COMMIT');
    if (version === CURRENT_SCHEMA_VERSION) return { db };
    const backupPath = backupBeforeMigration(
      db,
      file,
      CURRENT_SCHEMA_VERSION,
      options.backupDir ?? defaultBackupDir(file),
    );
    migrate(db);
    return { db, backupPath };
  } catch (error) {
    db?.close();
    throw toStorageError(error, file);
  }
}
