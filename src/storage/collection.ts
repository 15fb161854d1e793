import type { ReadDb, WriteDb } from './sql';

/**
 * The top-level collections whose order the user edits one item at a time.
 * Table names are picked by code from this union, never from input; values are bound.
 */
export type OrderedTable = 'cooperatives' | 'funding_streams' | 'plans' | 'indicators' | 'scenarios';

export function rowCount(db: ReadDb, table: OrderedTable): number {
  const count: unknown = db.prepare(`SELECT count(*) FROM ${table}`).pluck().get();
  return Number(count);
}

/** Where an insert lands: the end by default, otherwise the asked slot clamped to the list. */
export function insertionPosition(requested: number | undefined, count: number): number {
  if (requested === undefined) return count;
  return Math.min(Math.max(0, Math.trunc(requested)), count);
}

/** Shifts everything at or after `position` one place down to make room. */
export function openGapAt(db: WriteDb, table: OrderedTable, position: number): void {
  db.prepare<[number]>(`UPDATE ${table} SET position = position + 1 WHERE position >= ?`).run(position);
}

/** Closes the hole a delete left, so positions stay 0..n-1 and an undo can reuse them. */
export function closeGapAt(db: WriteDb, table: OrderedTable, position: number): void {
  db.prepare<[number]>(`UPDATE ${table} SET position = position - 1 WHERE position > ?`).run(position);
}

/** Ids from a one-column query, for "still used by" messages. */
export function idsOf(db: ReadDb, sql: string, id: string): string[] {
  return db
    .prepare<[string]>(sql)
    .pluck()
    .all(id)
    .map((value) => String(value));
}
