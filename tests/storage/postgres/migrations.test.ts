import pg from 'pg';
import { afterAll, afterEach, beforeEach, describe, expect, it } from 'vitest';
import {
  checkPostgresMigrationOrder,
  migratePostgres,
  POSTGRES_SCHEMA_VERSION,
  postgresSchemaVersion,
} from '../../../src/storage/postgres/migrate';
import { POSTGRES_MIGRATIONS, type PostgresMigration } from '../../../src/storage/postgres/migrations';
import { WorkspaceFileError } from '../../../src/storage/types';
import { createTestDatabase, type TestDatabase } from '../../support/postgres';

const databases: TestDatabase[] = [];
let client: pg.Client;
let db: TestDatabase;

beforeEach(async () => {
  db = await createTestDatabase();
  databases.push(db);
  client = new pg.Client({ connectionString: db.url });
  await client.connect();
});
afterEach(async () => {
  await client.end();
});
afterAll(async () => {
  for (const each of databases) await each.drop();
});

/** Every table with its columns and row count: what "untouched" compares. */
async function snapshot(c: pg.ClientBase): Promise<unknown> {
  const tables = await c.query<{ table_name: string }>(
    "SELECT table_name FROM information_schema.tables WHERE table_schema = 'public' ORDER BY table_name",
  );
  const result: Record<string, unknown> = {};
  for (const { table_name } of tables.rows) {
    const rows = await c.query(`SELECT * FROM ${table_name} ORDER BY 1`);
    result[table_name] = rows.rows;
  }
  return result;
}

async function refusal(action: Promise<unknown>): Promise<WorkspaceFileError> {
  const error: unknown = await action.then(
    () => undefined,
    (e: unknown) => e,
  );
  expect(error).toBeInstanceOf(WorkspaceFileError);
  return error as WorkspaceFileError;
}

describe('PostgreSQL migrations', () => {
  it('builds a new database to the current schema once, and then has nothing to do', async () => {
    expect(await postgresSchemaVersion(client)).toBe(0);
    expect(await migratePostgres(client, 'db')).toEqual(POSTGRES_MIGRATIONS.map((m) => m.version));
    expect(await postgresSchemaVersion(client)).toBe(POSTGRES_SCHEMA_VERSION);
    const rows = await client.query<{ version: number; name: string }>(
      'SELECT version, name FROM schema_migrations ORDER BY version',
    );
    expect(rows.rows).toEqual(POSTGRES_MIGRATIONS.map(({ version, name }) => ({ version, name })));
    expect(await migratePostgres(client, 'db')).toEqual([]);
  });

  it('refuses a database whose schema is newer than this build and leaves it untouched', async () => {
    await migratePostgres(client, 'db');
    await client.query("INSERT INTO schema_migrations (version, name) VALUES (99, 'from-the-future')");
    await client.query('CREATE TABLE future_table (x integer)');
    const before = await snapshot(client);
    const error = await refusal(migratePostgres(client, 'postgres://u@h/db'));
    expect(error.code).toBe('newer-version');
    expect(error.params).toMatchObject({
      file: 'postgres://u@h/db',
      found: 99,
      supported: POSTGRES_SCHEMA_VERSION,
    });
    expect(await snapshot(client)).toEqual(before);
  });

  it('rolls a failing migration back whole: the database stays at the last complete version', async () => {
    const failing: PostgresMigration = {
      version: POSTGRES_MIGRATIONS.length + 1,
      name: 'fails-halfway',
      async up(c) {
        await c.query('CREATE TABLE half_done (x integer)');
        throw new Error('disk on fire');
      },
    };
    await expect(migratePostgres(client, 'db', [...POSTGRES_MIGRATIONS, failing])).rejects.toThrow(
      'disk on fire',
    );
    expect(await postgresSchemaVersion(client)).toBe(POSTGRES_SCHEMA_VERSION);
    const table = await client.query("SELECT to_regclass('half_done') AS t");
    expect(table.rows[0]).toEqual({ t: null });
  });

  it('lets two servers starting together migrate once', async () => {
    const other = new pg.Client({ connectionString: db.url });
    await other.connect();
    try {
      const [a, b] = await Promise.all([migratePostgres(client, 'db'), migratePostgres(other, 'db')]);
      expect([...a, ...b]).toEqual(POSTGRES_MIGRATIONS.map((m) => m.version));
    } finally {
      await other.end();
    }
  });

  it('refuses a database that holds our tables without a schema version', async () => {
    await client.query('CREATE TABLE records (x integer)');
    const error = await refusal(migratePostgres(client, 'db'));
    expect(error.code).toBe('not-a-workspace');
    expect(await client.query("SELECT to_regclass('schema_migrations') AS t")).toMatchObject({
      rows: [{ t: null }],
    });
  });

  it('keeps the audit trail append-only, even for the owner', async () => {
    await migratePostgres(client, 'db');
    await client.query(
      `INSERT INTO audit_events (at, user_name, operation, entity, id, after_value)
       VALUES (now(), 'ann', 'test', 'plan', 'p1', '{}')`,
    );
    for (const statement of [
      "UPDATE audit_events SET user_name = 'bob'",
      'DELETE FROM audit_events',
      'TRUNCATE audit_events',
    ]) {
      await expect(client.query(statement)).rejects.toThrow('append-only');
    }
    expect((await client.query('SELECT user_name FROM audit_events')).rows).toEqual([{ user_name: 'ann' }]);
  });

  it('insists on versions 1, 2, 3... in order', () => {
    expect(() => checkPostgresMigrationOrder(POSTGRES_MIGRATIONS)).not.toThrow();
    const [first] = POSTGRES_MIGRATIONS;
    expect(() => checkPostgresMigrationOrder([{ ...first!, version: 2 }])).toThrow(/expected 1/);
  });
});
