/**
 * Create, update, delete and list for every ordered collection, driven by its
 * `EntityTable` (src/storage/entities.ts). Call inside the store's transactions:
 * reads get a `ReadDb`, writes a `WriteDb`.
 */
import { closeGapAt, insertionPosition, openGapAt, rowCount } from './collection';
import type { EntityTable } from './entities';
import { storageError } from './errors';
import type { ReadDb, WriteDb } from './sql';
import type { Removed } from './types';

export function listItems<T extends { id: string }>(db: ReadDb, kind: EntityTable<T>): T[] {
  return kind.read(db).map((entry) => entry.item);
}

/** At `position` (clamped; the end by default), moving the items from there on one place down. */
export function insertItem<T extends { id: string }>(
  db: WriteDb,
  file: string,
  kind: EntityTable<T>,
  item: T,
  position?: number,
): void {
  if (kind.read(db, item.id).length > 0) {
    throw storageError('exists', file, { entity: kind.entity, id: item.id });
  }
  const at = insertionPosition(position, rowCount(db, kind.table));
  openGapAt(db, kind.table, at);
  kind.insert(db, item, at);
}

export function updateItem<T extends { id: string }>(
  db: WriteDb,
  file: string,
  kind: EntityTable<T>,
  item: T,
): void {
  if (!kind.update(db, item)) throw storageError('not-found', file, { entity: kind.entity, id: item.id });
}

/** Refused (`in-use`) while something still refers to the item; returns it with where it stood. */
export function deleteItem<T extends { id: string }>(
  db: WriteDb,
  file: string,
  kind: EntityTable<T>,
  id: string,
): Removed<T> {
  const [found] = kind.read(db, id);
  if (found === undefined) throw storageError('not-found', file, { entity: kind.entity, id });
  const usedBy = kind.usedBy(db, found.item);
  if (usedBy !== undefined) throw storageError('in-use', file, { entity: kind.entity, id, ...usedBy });
  // The table comes from the entity table, never from input.
  db.prepare<[string]>(`DELETE FROM ${kind.table} WHERE id = ?`).run(id);
  closeGapAt(db, kind.table, found.position);
  return found;
}
