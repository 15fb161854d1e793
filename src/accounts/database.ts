/**
 * The team database as the accounts see it: a small pool of its own beside the
 * workspace backend's, on a database migrated to this build's schema (which includes
 * the accounts tables, PostgreSQL migration 0002).
 */
import type pg from 'pg';
import { openMigratedPool } from '../storage/postgres';

export interface AccountsDatabase {
  readonly pool: pg.Pool;
  /** The address without its password, for messages. */
  readonly location: string;
  close(): Promise<void>;
}

/** Connects and migrates; throws `WorkspaceFileError` naming the address (never the password). */
export async function openAccountsDatabase(url: string, poolSize = 4): Promise<AccountsDatabase> {
  const { pool, location } = await openMigratedPool(url, poolSize);
  return { pool, location, close: () => pool.end() };
}
