import type BetterSqlite3 from 'better-sqlite3';

/** A full connection: opening, migrating, pragmas. Inside the store, prefer `ReadDb` or `WriteDb`. */
export type Db = BetterSqlite3.Database;

/** A statement from a read-only handle: it can be read (`get`, `all`, `iterate`), never `run`. */
export interface ReadStatement<P extends unknown[], Result = unknown> {
  readonly source: string;
  get(...params: P): Result | undefined;
  all(...params: P): Result[];
  iterate(...params: P): IterableIterator<Result>;
  pluck(toggleState?: boolean): ReadStatement<P, Result>;
}

/**
 * The handle a read gets: it prepares statements that can only be read, and has no
 * `exec`, `transaction` or `pragma`, so code given a `ReadDb` cannot write (the
 * compiler refuses it). Every `Db` is one, so a write transaction may call readers.
 */
export interface ReadDb {
  prepare<P extends unknown[] | object = unknown[], Result = unknown>(
    source: string,
  ): P extends unknown[] ? ReadStatement<P, Result> : ReadStatement<[P], Result>;
}

/** The handle a write transaction gets: everything a connection can do. */
export type WriteDb = Db;

/** `PRAGMA application_id` of every Coopfolio workspace: 'Coop' in ASCII. */
export const APPLICATION_ID = 0x436f6f70;

/** The value of the `app_name` column in the `meta` table. */
export const APP_NAME = 'coopfolio';

export function pragmaNumber(db: Db, name: string): number {
  const value = db.pragma(name, { simple: true });
  if (typeof value !== 'number') throw new TypeError(`PRAGMA ${name} returned ${String(value)}`);
  return value;
}

export function pragmaText(db: Db, name: string): string {
  return String(db.pragma(name, { simple: true }));
}

/** Booleans are stored as 0/1 (better-sqlite3 refuses to bind a JS boolean). */
export function toFlag(value: boolean): 0 | 1 {
  return value ? 1 : 0;
}

export function fromFlag(value: number): boolean {
  return value === 1;
}

/** How long a statement waits for another connection's lock before reporting `locked`. */
export const BUSY_TIMEOUT_MS = 2000;
