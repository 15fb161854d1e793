import pg from 'pg';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestDatabase, createTestRole, type TestDatabase } from '../../support/postgres';

// The harness itself: a real server, one database per file, dropped afterwards.
describe('PostgreSQL test harness', () => {
  let db: TestDatabase;
  beforeAll(async () => {
    db = await createTestDatabase();
  });
  afterAll(async () => {
    await db?.drop();
  });

  it('gives each file its own empty database on a real server', async () => {
    const client = new pg.Client({ connectionString: db.url });
    await client.connect();
    try {
      const version = await client.query<{ server_version_num: string }>('SHOW server_version_num');
      expect(Number(version.rows[0]!.server_version_num)).toBeGreaterThanOrEqual(140000);
      const name = await client.query<{ name: string }>('SELECT current_database() AS name');
      expect(name.rows[0]!.name).toBe(db.name);
      const tables = await client.query(
        "SELECT 1 FROM information_schema.tables WHERE table_schema = 'public'",
      );
      expect(tables.rowCount).toBe(0);
    } finally {
      await client.end();
    }
  });

  it('creates login roles that are not superusers', async () => {
    const role = await createTestRole(db.name);
    const client = new pg.Client({ connectionString: role.url });
    await client.connect();
    try {
      const result = await client.query<{ rolsuper: boolean }>(
        'SELECT rolsuper FROM pg_roles WHERE rolname = current_user',
      );
      expect(result.rows[0]!.rolsuper).toBe(false);
    } finally {
      await client.end();
    }
  });
});
