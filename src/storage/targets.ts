import { openDatabase } from './driver';
import { existsSync, rmSync } from 'node:fs';
import { storageError, toStorageError } from './errors';
import { sidecarsOf } from './files';
import { BUSY_TIMEOUT_MS, type Db } from './sql';
import { WorkspaceFileError } from './types';

/**
 * Makes `target` safe to rename a new database over. SQLite would replay a -wal
 * or hot -journal left beside the old file into the new one and corrupt it, so
 * the old file is first closed cleanly (SQLite then removes its sidecars). If
 * they remain, another connection still has the file open: refuse with `locked`.
 * Sidecars of a file SQLite cannot read at all are orphans and are removed.
 */
export function retireTarget(target: string): void {
  const present = () => sidecarsOf(target).filter((path) => existsSync(path));
  if (present().length === 0) return;
  let opened = false;
  let db: Db | undefined;
  try {
    db = openDatabase(target, { fileMustExist: true, timeout: BUSY_TIMEOUT_MS });
    // A read rolls back a hot journal; the checkpoint empties a WAL.
    db.prepare('SELECT count(*) FROM sqlite_schema').get();
    db.pragma('wal_checkpoint(TRUNCATE)');
    opened = true;
  } catch (error) {
    const mapped = toStorageError(error, target);
    if (mapped instanceof WorkspaceFileError && mapped.code === 'locked') throw mapped;
  } finally {
    db?.close();
  }
  const left = present();
  if (opened && left.length > 0) throw storageError('locked', target, { reason: 'open-elsewhere' });
  for (const path of left) rmSync(path, { force: true });
}
