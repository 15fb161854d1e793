/**
 * What a person reads when the team database fails: real failures of a real server, in
 * Dutch and English, naming the database without its password and never as a "file".
 */
import pg from 'pg';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { storageErrorMessage } from '../../../src/storage';
import { openPostgresBackend } from '../../../src/storage/postgres';
import { WorkspaceFileError } from '../../../src/storage/types';
import {
  createTestDatabase,
  createTestRole,
  createTestSchema,
  withDatabase,
  type TestDatabase,
} from '../../support/postgres';

let database: TestDatabase;
beforeAll(async () => {
  database = await createTestDatabase();
});
afterAll(async () => {
  await database?.drop();
});

/** Opens (and loads) `url`, returning the refusal's message in both languages. */
async function messages(url: string): Promise<{ code: string; en: string; nl: string }> {
  const error: unknown = await openPostgresBackend(url).then(
    async (backend) => {
      try {
        await backend.load();
        return new Error('expected a refusal');
      } catch (refusal) {
        return refusal;
      } finally {
        await backend.close();
      }
    },
    (refusal: unknown) => refusal,
  );
  if (!(error instanceof WorkspaceFileError)) throw error;
  return { code: error.code, en: storageErrorMessage(error, 'en'), nl: storageErrorMessage(error, 'nl') };
}

function passwordOf(url: string): string {
  return decodeURIComponent(new URL(url).password);
}

describe('team database messages', () => {
  it('an unreachable server', async () => {
    const said = await messages('postgres://ann:geheim-1@127.0.0.1:1/team');
    expect(said.code).toBe('io');
    expect(said.en).toContain('could not reach the team database "postgres://ann@127.0.0.1:1/team"');
    expect(said.nl).toContain('kon de teamdatabase "postgres://ann@127.0.0.1:1/team" niet bereiken');
    expect(`${said.en}${said.nl}`).not.toContain('geheim-1');
  });

  it('a wrong password', async () => {
    const role = await createTestRole(database.name);
    const url = new URL(role.url);
    url.password = 'wrong-pw-123';
    const said = await messages(url.toString());
    expect(said.en).toContain('refused the sign-in');
    expect(said.nl).toContain('weigerde de aanmelding');
    expect(`${said.en}${said.nl}`).not.toContain('wrong-pw-123');
  });

  it('a database that does not exist', async () => {
    const url = withDatabase(database.url, 'no_such_database');
    const said = await messages(url);
    expect(said.en).toMatch(
      /^There is no database "postgres:\/\/postgres@127\.0\.0\.1:\d+\/no_such_database"/,
    );
    expect(said.nl).toContain('bestaat niet');
    expect(`${said.en}${said.nl}`).not.toContain(passwordOf(url));
  });

  it('a database with a newer schema, one without a workspace, and one of another program', async () => {
    const newer = await createTestSchema(database);
    await (await openPostgresBackend(newer.url)).close();
    const client = new pg.Client({ connectionString: newer.url });
    await client.connect();
    await client.query("INSERT INTO schema_migrations (version, name) VALUES (999, 'future')");
    await client.end();
    const future = await messages(newer.url);
    expect(future.en).toContain('was set up by a newer version of Coopfolio (schema 999)');
    expect(future.nl).toContain('is ingericht door een nieuwere versie van Coopfolio (schema 999)');

    const empty = await messages((await createTestSchema(database)).url);
    expect(empty.en).toContain('holds no workspace yet. Fill it with: coopfolio import');
    expect(empty.nl).toContain('bevat nog geen werkruimte');

    const foreign = await createTestSchema(database);
    const other = new pg.Client({ connectionString: foreign.url });
    await other.connect();
    await other.query('CREATE TABLE records (x integer)');
    await other.end();
    const theirs = await messages(foreign.url);
    expect(theirs.en).toContain('holds tables that Coopfolio did not make');
    for (const said of [future, empty, theirs]) {
      expect(said.en).not.toMatch(/\bfile\b/);
      expect(said.nl).not.toMatch(/\bbestand\b/);
    }
  });

  it('an address that is not one', async () => {
    const said = await messages('mysql://ann:pw@host/db');
    expect(said.en).toContain('write it as postgres://USER@HOST:PORT/DATABASE');
    expect(said.nl).toContain('schrijf het als postgres://GEBRUIKER@SERVER:POORT/DATABASE');
    expect(`${said.en}${said.nl}`).not.toContain(':pw@');
  });
});
