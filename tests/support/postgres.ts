/**
 * A real, throwaway PostgreSQL for the tests: the Debian `postgresql` package's server,
 * started by `tests/support/postgres-global-setup.ts` once per vitest run (initdb in a
 * temporary folder, 127.0.0.1 on a free port, fsync off) and removed afterwards.
 *
 * Each test file takes a database of its own with `createTestDatabase()`, so files stay
 * independent and may run in parallel against the one cluster. No mock stands in for
 * the server: what passes here passes against PostgreSQL itself.
 */
import { randomBytes } from 'node:crypto';
import pg from 'pg';
import { inject } from 'vitest';

export { startPostgresCluster, findPostgresBin, SUPERUSER, type PostgresCluster } from './postgres-cluster';

/** The same URL with another database (and optionally another user and password). */
export function withDatabase(url: string, database: string, user?: string, password?: string): string {
  const parsed = new URL(url);
  parsed.pathname = `/${database}`;
  if (user !== undefined) parsed.username = encodeURIComponent(user);
  if (password !== undefined) parsed.password = encodeURIComponent(password);
  return parsed.toString();
}

/** The run's cluster, as the global setup provided it; throws the reason it has none. */
export function clusterUrl(): string {
  const url = inject('postgresUrl');
  if (!url)
    throw new Error(`no PostgreSQL for the tests: ${inject('postgresError') || 'global setup did not run'}`);
  return url;
}

/** Runs statements as the cluster's superuser on one database of it. */
export async function asSuperuser<T>(database: string, work: (client: pg.Client) => Promise<T>): Promise<T> {
  const client = new pg.Client({ connectionString: withDatabase(clusterUrl(), database) });
  await client.connect();
  try {
    return await work(client);
  } finally {
    await client.end();
  }
}

export interface TestDatabase {
  /** Superuser URL of the new, empty database. */
  readonly url: string;
  readonly name: string;
  /** Drops the database (closing what is still connected to it). */
  drop(): Promise<void>;
}

/** A new empty database `t_<random>` on the run's cluster, for one test file or test. */
export async function createTestDatabase(): Promise<TestDatabase> {
  const name = `t_${randomBytes(6).toString('hex')}`;
  await asSuperuser('postgres', (client) => client.query(`CREATE DATABASE ${name}`));
  return {
    url: withDatabase(clusterUrl(), name),
    name,
    drop: () =>
      asSuperuser('postgres', (client) => client.query(`DROP DATABASE IF EXISTS ${name} WITH (FORCE)`)).then(
        () => undefined,
      ),
  };
}

/**
 * A login role with a password, for tests of what the application's own (non-superuser)
 * role may and may not do. Returns its URL on `database`.
 */
export async function createTestRole(database: string): Promise<{ name: string; url: string }> {
  const name = `r_${randomBytes(6).toString('hex')}`;
  const password = randomBytes(12).toString('hex');
  await asSuperuser('postgres', (client) => client.query(`CREATE ROLE ${name} LOGIN PASSWORD '${password}'`));
  return { name, url: withDatabase(clusterUrl(), database, name, password) };
}

export interface TestSchema {
  /** URL of the run's cluster with `search_path` set to the new schema (libpq `options`). */
  readonly url: string;
  readonly name: string;
  drop(): Promise<void>;
}

/**
 * A new empty schema `s_<random>` in `database` (created once per file with
 * `createTestDatabase`): much faster than a database per test, and just as separate
 * for code that names its tables without a schema.
 */
export async function createTestSchema(database: TestDatabase): Promise<TestSchema> {
  const name = `s_${randomBytes(6).toString('hex')}`;
  await asSuperuser(database.name, (client) => client.query(`CREATE SCHEMA ${name}`));
  const url = new URL(database.url);
  url.searchParams.set('options', `-c search_path=${name}`);
  return {
    url: url.toString(),
    name,
    drop: () =>
      asSuperuser(database.name, (client) => client.query(`DROP SCHEMA IF EXISTS ${name} CASCADE`)).then(
        () => undefined,
      ),
  };
}
