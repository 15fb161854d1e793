/**
 * Opening a team workspace: a PostgreSQL database named by a `postgres://` URL. The
 * database is migrated on open (as a workspace file is); a newer schema is refused
 * untouched. A database never filled holds no workspace until its first `replace`
 * (`coopfolio import --database`, or the team server's first start).
 */
import type pg from 'pg';
import { UNNAMED_WRITER, type Writer } from '../backend';
import { createPool, parseDatabaseUrl, toDatabaseError } from './connection';
import { migratePostgres } from './migrate';
import { PostgresWorkspaceBackend } from './backend';

export { PostgresWorkspaceBackend } from './backend';
export { parseDatabaseUrl, createPool, toDatabaseError, type DatabaseAddress } from './connection';
export { migratePostgres, POSTGRES_SCHEMA_VERSION, postgresSchemaVersion } from './migrate';
export { POSTGRES_MIGRATIONS, type PostgresMigration } from './migrations';
export { CHANGES_CHANNEL } from './rows';

export interface PostgresOpenOptions {
  /** Who writes through the backend returned (`as` gives other writers). */
  writer?: Writer;
  /** Connections in the pool; 10 by default. */
  poolSize?: number;
}

/**
 * A pool on the database named by `url`, migrated to this build's schema. Throws
 * `WorkspaceFileError` about the address (never the password); the pool is closed then.
 */
export async function openMigratedPool(
  url: string,
  poolSize?: number,
): Promise<{ pool: pg.Pool; location: string }> {
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
  return { pool, location: address.location };
}

/** Connects, migrates and returns the backend. Throws `WorkspaceFileError` about the address (no password). */
export async function openPostgresBackend(
  url: string,
  options: PostgresOpenOptions = {},
): Promise<PostgresWorkspaceBackend> {
  const connection = await openMigratedPool(url, options.poolSize);
  return new PostgresWorkspaceBackend(connection, options.writer ?? UNNAMED_WRITER);
}
