/**
 * A real, throwaway PostgreSQL for the tests: the Debian `postgresql` package's server
 * (initdb in a temporary folder, 127.0.0.1 on a free port, fsync off), ONE per vitest run.
 * The first test file that asks for it starts it, others of the same run join it, and
 * `tests/support/postgres-global-setup.ts` stops and removes it when the run ends: a run
 * without PostgreSQL tests starts no server at all.
 *
 * Each test file takes a database of its own with `createTestDatabase()`, so files stay
 * independent and may run in parallel against the one cluster. No mock stands in for
 * the server: what passes here passes against PostgreSQL itself.
 */
import { randomBytes } from 'node:crypto';
import { existsSync, mkdirSync, readFileSync, renameSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import pg from 'pg';
import { inject } from 'vitest';
import { startPostgresCluster } from './postgres-cluster';

export { startPostgresCluster, findPostgresBin, SUPERUSER, type PostgresCluster } from './postgres-cluster';

/** Where the run's cluster is written down (`postgres-global-setup.ts` reads it to stop it). */
export const CLUSTER_FILE = 'cluster.json';
const ERROR_FILE = 'error';
const LOCK_DIR = 'starting';
/** Starting a cluster on a busy two-core machine can take a while. */
const START_TIMEOUT_MS = 180_000;

let cluster: Promise<string> | undefined;

function refusal(reason: string): Error {
  return new Error(`no PostgreSQL for the tests: ${reason}`);
}

/** Waits for the test file that is starting the run's cluster. */
async function joinCluster(state: string): Promise<string> {
  const deadline = Date.now() + START_TIMEOUT_MS;
  while (Date.now() < deadline) {
    if (existsSync(join(state, CLUSTER_FILE))) {
      return (JSON.parse(readFileSync(join(state, CLUSTER_FILE), 'utf8')) as { url: string }).url;
    }
    if (existsSync(join(state, ERROR_FILE))) throw refusal(readFileSync(join(state, ERROR_FILE), 'utf8'));
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
  throw refusal('the cluster did not start in time');
}

async function startOrJoinCluster(): Promise<string> {
  const state = inject('postgresState');
  if (!state) throw refusal('the global setup (tests/support/postgres-global-setup.ts) did not run');
  try {
    // One file of the run starts the cluster; mkdir is the atomic "me first".
    mkdirSync(join(state, LOCK_DIR));
  } catch {
    return joinCluster(state);
  }
  try {
    const started = await startPostgresCluster({ ownerPid: inject('postgresOwner'), stopOnExit: false });
    const temp = join(state, `${CLUSTER_FILE}.tmp`);
    writeFileSync(temp, JSON.stringify({ url: started.url, folder: started.folder }));
    renameSync(temp, join(state, CLUSTER_FILE));
    return started.url;
  } catch (error) {
    const reason = error instanceof Error ? error.message : String(error);
    writeFileSync(join(state, ERROR_FILE), reason);
    throw refusal(reason);
  }
}

/** The run's cluster's superuser URL (database `postgres`), starting the cluster if no file has yet. */
export function clusterUrl(): Promise<string> {
  cluster ??= startOrJoinCluster();
  return cluster;
}

/** The same URL with another database (and optionally another user and password). */
export function withDatabase(url: string, database: string, user?: string, password?: string): string {
  const parsed = new URL(url);
  parsed.pathname = `/${database}`;
  if (user !== undefined) parsed.username = encodeURIComponent(user);
  if (password !== undefined) parsed.password = encodeURIComponent(password);
  return parsed.toString();
}

/** Runs statements as the cluster's superuser on one database of it. */
export async function asSuperuser<T>(database: string, work: (client: pg.Client) => Promise<T>): Promise<T> {
  const client = new pg.Client({ connectionString: withDatabase(await clusterUrl(), database) });
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
    url: withDatabase(await clusterUrl(), name),
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
  return { name, url: withDatabase(await clusterUrl(), database, name, password) };
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
