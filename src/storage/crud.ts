/**
 * Create, update, delete and list for every ordered collection, driven by its
 * `EntityTable` (src/storage/entities.ts). Call inside the store's transactions:
 * reads get a `ReadDb`, writes a `WriteContext`. Every write checks the version the
 * caller expects, raises the record's version and appends its audit event
 * (record-log.ts) in the same transaction.
 */
import type { WriteCheck } from './backend';
import { closeGapAt, insertionPosition, openGapAt, rowCount } from './collection';
import type { EntityTable } from './entities';
import { storageError } from './errors';
import { checkVersion, recordChange, type WriteStamp } from './record-log';
import { exchangeValue } from './record-values';
import type { ReadDb, WriteDb } from './sql';
import type { Removed } from './types';

/** What a write inside the store's transaction needs: the connection, the file its errors name, who and when. */
export interface WriteContext {
  readonly db: WriteDb;
  readonly file: string;
  readonly stamp: WriteStamp;
}

export function listItems<T extends { id: string }>(db: ReadDb, kind: EntityTable<T>): T[] {
  return kind.read(db).map((entry) => entry.item);
}

/**
 * At `position` (clamped; the end by default), moving the items from there on one place
 * down. Returns the new item's version (1).
 */
export function insertItem<T extends { id: string }>(
  { db, file, stamp }: WriteContext,
  kind: EntityTable<T>,
  item: T,
  position?: number,
): number {
  if (kind.read(db, item.id).length > 0) {
    throw storageError('exists', file, { entity: kind.entity, id: item.id });
  }
  const at = insertionPosition(position, rowCount(db, kind.table));
  openGapAt(db, kind.table, at);
  kind.insert(db, item, at);
  return recordChange(db, stamp, kind.entity, item.id, null, exchangeValue(kind.entity, item));
}

/** Rewrites the item in place; returns its new version. */
export function updateItem<T extends { id: string }>(
  { db, file, stamp }: WriteContext,
  kind: EntityTable<T>,
  item: T,
  check?: WriteCheck,
): number {
  const [found] = kind.read(db, item.id);
  if (found === undefined) throw storageError('not-found', file, { entity: kind.entity, id: item.id });
  checkVersion(db, file, kind.entity, item.id, check);
  kind.update(db, item);
  const before = exchangeValue(kind.entity, found.item);
  return recordChange(db, stamp, kind.entity, item.id, before, exchangeValue(kind.entity, item));
}

/**
 * Refused (`conflict`) when the caller saw another version, and (`in-use`) while something
 * still refers to the item; returns it with where it stood.
 */
export function deleteItem<T extends { id: string }>(
  { db, file, stamp }: WriteContext,
  kind: EntityTable<T>,
  id: string,
  check?: WriteCheck,
): Removed<T> {
  const [found] = kind.read(db, id);
  if (found === undefined) throw storageError('not-found', file, { entity: kind.entity, id });
  checkVersion(db, file, kind.entity, id, check);
  const usedBy = kind.usedBy(db, found.item);
  if (usedBy !== undefined) throw storageError('in-use', file, { entity: kind.entity, id, ...usedBy });
  // The table comes from the entity table, never from input.
  db.prepare<[string]>(`DELETE FROM ${kind.table} WHERE id = ?`).run(id);
  closeGapAt(db, kind.table, found.position);
  recordChange(db, stamp, kind.entity, id, exchangeValue(kind.entity, found.item), null);
  return found;
}
