/**
 * Brings a team database to the schema this build writes: each migration of
 * `migrations/` above the database's version runs in its own transaction together with
 * its row in `schema_migrations`, so a crash leaves the database at a whole version.
 * A database whose schema is newer than this build is refused before anything is written.
 */
import type pg from 'pg';
import { WorkspaceFileError } from '../types';
import { POSTGRES_MIGRATIONS, type PostgresMigration } from './migrations';

/** The advisory-lock keys of Coopfolio ("Coop" and a purpose), held while migrating or writing. */
export const LOCK_NAMESPACE = 0x436f6f70;
export const MIGRATION_LOCK = 1;
export const WRITE_LOCK = 2;

/** The schema this build writes: the last migration's version. */
export const POSTGRES_SCHEMA_VERSION = POSTGRES_MIGRATIONS[POSTGRES_MIGRATIONS.length - 1]?.version ?? 0;

/** Throws when the list is not 1, 2, 3... (caught by a test, not by users). */
export function checkPostgresMigrationOrder(migrations: readonly PostgresMigration[]): void {
  migrations.forEach((migration, i) => {
    if (migration.version !== i + 1) {
      throw new Error(
        `PostgreSQL migration ${migration.name} has version ${migration.version}, expected ${i + 1}`,
      );
    }
  });
}

/** The database's schema version: 0 for a database Coopfolio never migrated. */
export async function postgresSchemaVersion(client: pg.ClientBase): Promise<number> {
  const table = await client.query<{ found: string | null }>(
    "SELECT to_regclass('schema_migrations')::text AS found",
  );
  const found = table.rows[0]?.found;
  if (found === undefined || found === null) return 0;
  const result = await client.query<{ version: number | null }>(
    'SELECT max(version)::integer AS version FROM schema_migrations',
  );
  return result.rows[0]?.version ?? 0;
}

/** A database without our version table but with a table of our names belongs to something else. */
async function refuseForeignDatabase(client: pg.ClientBase, location: string): Promise<void> {
  const found = await client.query<{ name: string }>(
    `SELECT t.name FROM unnest(ARRAY['records', 'workspace_meta', 'audit_events']) AS t(name)
     WHERE to_regclass(t.name) IS NOT NULL`,
  );
  if (found.rowCount !== 0) {
    throw new WorkspaceFileError('not-a-workspace', { file: location, reason: 'no-schema-version' });
  }
}

async function apply(client: pg.ClientBase, migration: PostgresMigration): Promise<void> {
  await client.query('BEGIN');
  try {
    await client.query(`CREATE TABLE IF NOT EXISTS schema_migrations (
      version integer PRIMARY KEY,
      name text NOT NULL,
      applied_at timestamptz NOT NULL DEFAULT clock_timestamp()
    )`);
    await migration.up(client);
    await client.query('INSERT INTO schema_migrations (version, name) VALUES ($1, $2)', [
      migration.version,
      migration.name,
    ]);
    await client.query('COMMIT');
  } catch (error) {
    await client.query('ROLLBACK').catch(() => undefined);
    throw error;
  }
}

/**
 * Migrates the database `client` is connected to (`location` names it in errors).
 * Several servers starting at once take turns through an advisory lock. Returns the
 * versions applied. Throws `newer-version` (nothing written) for a newer schema.
 */
export async function migratePostgres(
  client: pg.ClientBase,
  location: string,
  migrations: readonly PostgresMigration[] = POSTGRES_MIGRATIONS,
): Promise<number[]> {
  checkPostgresMigrationOrder(migrations);
  const supported = migrations[migrations.length - 1]?.version ?? 0;
  await client.query('SELECT pg_advisory_lock($1, $2)', [LOCK_NAMESPACE, MIGRATION_LOCK]);
  try {
    const found = await postgresSchemaVersion(client);
    if (found > supported) {
      throw new WorkspaceFileError('newer-version', { file: location, found, supported });
    }
    if (found === 0) await refuseForeignDatabase(client, location);
    const applied: number[] = [];
    for (const migration of migrations) {
      if (migration.version <= found) continue;
      await apply(client, migration);
      applied.push(migration.version);
    }
    return applied;
  } finally {
    await client
      .query('SELECT pg_advisory_unlock($1, $2)', [LOCK_NAMESPACE, MIGRATION_LOCK])
      .catch(() => undefined);
  }
}
