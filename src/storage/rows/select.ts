import type { OrderedTable } from '../collection';
import type { ReadDb } from '../sql';
import { groupBy } from './checked';

/**
 * Every row of `table`, or only those whose `column` is `id`, in `order`. Table, column
 * and order are constants of the row modules, never input; the id is bound.
 */
export function selectRows<R>(
  db: ReadDb,
  table: string,
  column: string,
  order: string,
  id: string | undefined,
): R[] {
  const where = id === undefined ? '' : `WHERE ${column} = @id`;
  return db
    .prepare<{ id?: string }, R>(`SELECT * FROM ${table} ${where} ORDER BY ${order}`)
    .all(id === undefined ? {} : { id });
}

/** The rows of an ordered collection, all or the one with `id`, in the user's order. */
export function itemRows<R>(db: ReadDb, table: OrderedTable, id: string | undefined): R[] {
  return selectRows<R>(db, table, 'id', 'position, id', id);
}

/** A child table's rows, all or one parent's, grouped by the parent id held in `parent`. */
export function childRowsBy<K extends string, R extends Record<K, string>>(
  db: ReadDb,
  table: string,
  parent: K,
  order: string,
  id: string | undefined,
): Map<string, R[]> {
  return groupBy(selectRows<R>(db, table, parent, order, id), (row) => row[parent]);
}
