import { openDatabase } from './driver';
import { existsSync } from 'node:fs';
import { dirname } from 'node:path';
import type { Workspace } from '../model';
import { UNNAMED_WRITER, type Writer } from './backend';
import { storageError, toStorageError } from './errors';
import { linkIntoPlace, moveIntoPlace, tempPathBeside } from '../fs/atomic-write';
import { folderExists, removeQuietly } from './files';
import { migrate } from './migrate';
import { openWorkspaceStore } from './open';
import { insertMeta } from './rows/meta';
import { BUSY_TIMEOUT_MS } from './sql';
import { retireTarget } from './targets';
import type { WorkspaceStore } from './types';
import { writeNewWorkspace } from './workspace-writes';

export interface CreateOptions {
  /** Replace an existing file at `path` (atomically; the old file stays intact if anything fails). */
  overwrite?: boolean;
  /** Who creates the file: the first events of its audit trail name them. */
  writer?: Writer;
}

/** Builds the complete database at `temp`: schema, every row, its version and creation event, meta. */
function buildWorkspaceFile(temp: string, workspace: Workspace, writer: Writer): void {
  const db = openDatabase(temp, { timeout: BUSY_TIMEOUT_MS });
  try {
    // A rollback journal while building, so the finished file is whole on its own
    // and no -wal has to travel with it through the rename.
    db.pragma('journal_mode = DELETE');
    db.pragma('synchronous = FULL');
    db.pragma('foreign_keys = ON');
    migrate(db);
    db.transaction(() => {
      // Creating the file is its first save: everything in it is on disk when this returns.
      const now = new Date().toISOString();
      writeNewWorkspace({ db, file: temp, stamp: { at: now, writer } }, workspace);
      insertMeta(db, { createdAt: now, lastSavedAt: now });
    }).immediate();
  } finally {
    db.close();
  }
}

// Hard links are missing on some file systems (FAT, some network shares).
const NO_HARD_LINKS = new Set(['EPERM', 'ENOTSUP', 'EOPNOTSUPP', 'EXDEV', 'ENOSYS', 'EMLINK']);

function publish(temp: string, target: string, overwrite: boolean): void {
  if (!overwrite) {
    try {
      linkIntoPlace(temp, target);
      return;
    } catch (error) {
      const code = error instanceof Error && 'code' in error ? String(error.code) : '';
      if (code === 'EEXIST') throw storageError('exists', target);
      if (!NO_HARD_LINKS.has(code)) throw error;
      if (existsSync(target)) throw storageError('exists', target);
    }
  }
  retireTarget(target);
  moveIntoPlace(temp, target);
}

/**
 * Writes `workspace` to a new file at `path` and opens it. The database is built
 * completely under a temporary name in the same folder and renamed into place,
 * so a failure leaves any existing file untouched and no half-written file.
 */
export function createWorkspaceStore(
  path: string,
  workspace: Workspace,
  options: CreateOptions = {},
): WorkspaceStore {
  if (!folderExists(path)) throw storageError('not-found', path, { folder: dirname(path) });
  const overwrite = options.overwrite === true;
  if (!overwrite && existsSync(path)) throw storageError('exists', path);
  const temp = tempPathBeside(path);
  try {
    buildWorkspaceFile(temp, workspace, options.writer ?? UNNAMED_WRITER);
    publish(temp, path, overwrite);
  } catch (error) {
    removeQuietly(temp);
    throw toStorageError(error, path);
  }
  const store = openWorkspaceStore(path);
  return options.writer === undefined ? store : store.as(options.writer);
}
