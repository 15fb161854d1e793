/**
 * The team database as the accounts see it: a small pool of its own beside the
 * workspace backend's, on a database migrated to this build's schema (which includes
 * the accounts tables, PostgreSQL migration 0002).
 */
import type pg from 'pg';
import { createPool, parseDatabaseUrl, toDatabaseError } from '../storage/postgres/connection';
import { migratePostgres } from '../storage/postgres/migrate';

export interface AccountsDatabase {
  readonly pool: pg.Pool;
  /** The address without its password, for messages. */
  readonly location: string;
  close(): Promise<void>;
}

/** Connects and migrates; throws `WorkspaceFileError` naming the address (never the password). */
export async function openAccountsDatabase(url: string, poolSize = 4): Promise<AccountsDatabase> {
  const address = parseDatabaseUrl(url);
  const pool = createPool(address, poolSize);
  try {
    const client = await pool.connect();
    try {
      await migratePostgres(client, address.location);
    } finally {
      client.release();
    }
  } catch (error) {
    await pool.end().catch(() => undefined);
    throw toDatabaseError(error, address.location);
  }
  return { pool, location: address.location, close: () => pool.end() };
}
