/**
 * What only the team database has to prove: several servers (pools) writing at once,
 * change notices, the grants that keep the trail append-only for the application's role,
 * and addresses that never show a password.
 */
import { execFileSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import pg from 'pg';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { loadDemoWorkspace } from '../../../src/data';
import {
  openPostgresBackend,
  CHANGES_CHANNEL,
  type PostgresWorkspaceBackend,
} from '../../../src/storage/postgres';
import { parseDatabaseUrl } from '../../../src/storage/postgres/connection';
import { WorkspaceFileError } from '../../../src/storage/types';
import {
  asSuperuser,
  createTestDatabase,
  createTestRole,
  createTestSchema,
  findPostgresBin,
  withDatabase,
  type TestDatabase,
} from '../../support/postgres';
import { MAX_NAME_LENGTH } from '../../../src/model/text';
import { at, cooperativeModel, workspaceWith } from '../builders';

let database: TestDatabase;
const opened: PostgresWorkspaceBackend[] = [];

beforeAll(async () => {
  database = await createTestDatabase();
});
afterEach(async () => {
  for (const backend of opened.splice(0)) await backend.close();
});
afterAll(async () => {
  await database?.drop();
});

async function openAt(url: string, user = 'ann'): Promise<PostgresWorkspaceBackend> {
  const backend = await openPostgresBackend(url, { writer: { user, operation: 'test' } });
  opened.push(backend);
  return backend;
}

/** The ```sql blocks of docs/team.md's database part: the setup, then the grants. */
function sqlBlocksOfTeamDocs(): string[] {
  const text = readFileSync(fileURLToPath(new URL('../../../docs/team.md', import.meta.url)), 'utf8');
  return [...text.matchAll(/```sql\n([\s\S]*?)```/g)].map((match) => match[1]!);
}

/** The statements of an SQL text (each ends with `;`, a psql command is a line of its own), comments dropped. */
function statements(sql: string): string[] {
  const found: string[] = [];
  let current = '';
  for (const line of sql.split('\n')) {
    const text = line.trim();
    if (text === '' || text.startsWith('--')) continue;
    if (text.startsWith('\\')) {
      found.push(text);
      continue;
    }
    current += `${line}\n`;
    if (text.endsWith(';')) {
      found.push(current.trim().replace(/;$/, ''));
      current = '';
    }
  }
  return found;
}

async function refusal(action: Promise<unknown>): Promise<WorkspaceFileError> {
  const outcome: unknown = await action.then(
    () => new Error('expected a refusal'),
    (error: unknown) => error,
  );
  if (outcome instanceof WorkspaceFileError) return outcome;
  throw outcome;
}

describe('PostgreSQL backend', () => {
  it('holds no workspace until the first replace, and says so', async () => {
    const schema = await createTestSchema(database);
    const backend = await openAt(schema.url);
    expect(await backend.hasWorkspace()).toBe(false);
    expect((await refusal(backend.load())).code).toBe('not-a-workspace');
    expect((await refusal(backend.insertCooperative(cooperativeModel('x')))).code).toBe('not-a-workspace');
    expect((await refusal(backend.listPlans())).code).toBe('not-a-workspace');
    await backend.replace(workspaceWith(['a']));
    expect(await backend.hasWorkspace()).toBe(true);
    expect((await backend.meta()).schemaVersion).toBeGreaterThanOrEqual(1);
  });

  it('lets two servers write at once: one of two edits of the same version wins, the other is told who', async () => {
    const schema = await createTestSchema(database);
    const first = await openAt(schema.url, 'ann');
    await first.replace(workspaceWith(['a']));
    const second = await openAt(schema.url, 'bob');
    const outcomes = await Promise.allSettled([
      first.updateCooperative(cooperativeModel('a', { name: 'Ann' }), { expectedVersion: 1 }),
      second.updateCooperative(cooperativeModel('a', { name: 'Bob' }), { expectedVersion: 1 }),
    ]);
    const won = outcomes.filter((o) => o.status === 'fulfilled');
    const lost = outcomes.flatMap((o) => (o.status === 'rejected' ? [o.reason as WorkspaceFileError] : []));
    expect(won).toHaveLength(1);
    expect(lost).toHaveLength(1);
    const winner = (won[0] as PromiseFulfilledResult<{ name: string }>).value.name === 'Ann' ? 'ann' : 'bob';
    expect(at(lost, 0)).toMatchObject({
      code: 'conflict',
      params: { expected: 1, actual: 2, changedBy: winner },
    });
    // Each server sees the other's write, though each keeps the workspace it last read.
    expect(at(await first.listCooperatives(), 0)).toMatchObject({ version: 2 });
    expect(at(await second.listCooperatives(), 0)).toMatchObject({ version: 2 });
  });

  it('serialises many writers: every insert lands, positions stay 0..n-1, one event each', async () => {
    const schema = await createTestSchema(database);
    const servers = [await openAt(schema.url, 'ann'), await openAt(schema.url, 'bob')];
    await at(servers, 0).replace(workspaceWith([]));
    const before = (await at(servers, 0).audit()).length;
    await Promise.all(
      Array.from({ length: 30 }, (_, i) =>
        at(servers, i % 2).insertCooperative(cooperativeModel(`c${i}`), i % 3),
      ),
    );
    const listed = await at(servers, 1).listCooperatives();
    expect(listed.map((c) => c.id).sort()).toEqual(Array.from({ length: 30 }, (_, i) => `c${i}`).sort());
    const positions = await asSuperuser(database.name, (client) =>
      client.query<{ position: number }>(
        `SELECT position FROM ${schema.name}.records WHERE kind = 'cooperative' ORDER BY position`,
      ),
    );
    expect(positions.rows.map((row) => row.position)).toEqual(Array.from({ length: 30 }, (_, i) => i));
    expect((await at(servers, 0).audit()).length - before).toBe(30);
  });

  it('notifies listeners of each change after it commits, and of nothing that was refused', async () => {
    const schema = await createTestSchema(database);
    const backend = await openAt(schema.url);
    await backend.replace(workspaceWith(['a']));
    const listener = new pg.Client({ connectionString: withDatabase(database.url, database.name) });
    await listener.connect();
    try {
      const notices: unknown[] = [];
      listener.on('notification', (message) => notices.push(JSON.parse(message.payload ?? 'null')));
      await listener.query(`LISTEN ${CHANGES_CHANNEL}`);
      await refusal(backend.updateCooperative(cooperativeModel('a'), { expectedVersion: 9 }));
      await backend.updateCooperative(cooperativeModel('a', { name: 'A' }));
      await backend.deleteCooperative('a');
      await expect.poll(() => notices.length).toBe(2);
      expect(notices).toEqual([
        { entity: 'cooperative', id: 'a', version: 2 },
        { entity: 'cooperative', id: 'a', version: 0 },
      ]);
    } finally {
      await listener.end();
    }
  });

  it("keeps the trail append-only for the application's role, with exactly the grants of docs/team.md", async () => {
    const team = await createTestDatabase();
    try {
      const owner = await createTestRole(team.name);
      const app = await createTestRole(team.name);
      /** The docs' SQL with this test's roles and database. */
      const docs = (sql: string) =>
        sql
          .replaceAll('coopfolio_owner', owner.name)
          .replaceAll('coopfolio_app', app.name)
          .replaceAll('DATABASE coopfolio', `DATABASE ${team.name}`);
      const blocks = sqlBlocksOfTeamDocs();
      const setup = blocks.find((block) => block.includes('CREATE ROLE coopfolio_owner'));
      const grants = blocks.find((block) => block.includes('GRANT CONNECT'));
      await asSuperuser(team.name, async (client) => {
        // The docs create the database with its owner; here it exists, so it is handed over.
        await client.query(`ALTER DATABASE ${team.name} OWNER TO ${owner.name}`);
        const run = statements(docs(setup!)).filter(
          (sql) => !/^(CREATE (ROLE|DATABASE)|\\connect)/.test(sql),
        );
        expect(run.map((sql) => sql.split(' ')[0])).toEqual(['REVOKE', 'ALTER']);
        for (const statement of run) await client.query(statement);
      });
      const asOwner = await openAt(owner.url, 'owner');
      await asOwner.replace(loadDemoWorkspace());
      const ownerClient = new pg.Client({ connectionString: owner.url });
      await ownerClient.connect();
      try {
        const granted = statements(docs(grants!));
        expect(granted).toHaveLength(5);
        for (const statement of granted) await ownerClient.query(statement);
      } finally {
        await ownerClient.end();
      }

      const asApp = await openAt(app.url, 'app');
      await asApp.updateCooperative({ ...at(loadDemoWorkspace().cooperatives, 0), members: 99 });
      const trail = await asApp.audit();
      expect(at(trail, trail.length - 1)).toMatchObject({ user: 'app', entity: 'cooperative' });
      const client = new pg.Client({ connectionString: app.url });
      await client.connect();
      try {
        for (const sql of [
          "UPDATE audit_events SET user_name = 'x'",
          'DELETE FROM audit_events',
          'TRUNCATE audit_events',
        ]) {
          await expect(client.query(sql)).rejects.toThrow(/permission denied/);
        }
        await expect(client.query('DROP TABLE audit_events')).rejects.toThrow(/must be owner/);
        await expect(client.query('DROP TRIGGER audit_events_no_update ON audit_events')).rejects.toThrow(
          /must be owner/,
        );
        await expect(client.query('CREATE TABLE sneaky (x integer)')).rejects.toThrow(/permission denied/);
      } finally {
        await client.end();
      }
      expect(await asApp.audit()).toEqual(trail);
    } finally {
      for (const backend of opened.splice(0)) await backend.close();
      await team.drop();
    }
  });

  it('comes back whole from a pg_dump backup restored with pg_restore (docs/team.md)', async () => {
    const source = await createTestDatabase();
    const target = await createTestDatabase();
    const folder = mkdtempSync(join(tmpdir(), 'coopfolio-dump-'));
    try {
      const original = await openAt(source.url, 'ann');
      await original.replace(loadDemoWorkspace());
      await original.as({ user: 'bob', operation: 'plans.delete' }).deleteScenario('bezuiniging');
      const dump = join(folder, 'coopfolio.dump');
      const bin = findPostgresBin()!;
      execFileSync(join(bin, 'pg_dump'), ['--format=custom', `--file=${dump}`, source.url]);
      execFileSync(join(bin, 'pg_restore'), [`--dbname=${target.url}`, '--no-owner', dump]);
      const restored = await openAt(target.url, 'cem');
      expect(await restored.load()).toEqual(await original.load());
      expect(await restored.audit()).toEqual(await original.audit());
      expect(await restored.versions('scenario')).toEqual(await original.versions('scenario'));
      // The sequence and the triggers came along: new events follow on, old ones stay put.
      await restored.deleteScenario('sociaal-eerst');
      const trail = await restored.audit();
      expect(at(trail, trail.length - 1).seq).toBeGreaterThan(at(trail, trail.length - 2).seq);
      await expect(asSuperuser(target.name, (c) => c.query('DELETE FROM audit_events'))).rejects.toThrow(
        'append-only',
      );
    } finally {
      for (const backend of opened.splice(0)) await backend.close();
      rmSync(folder, { recursive: true, force: true });
      await source.drop();
      await target.drop();
    }
  });

  it('carries on after the server drops its connections: the next call gets a fresh one', async () => {
    const schema = await createTestSchema(database);
    const backend = await openAt(schema.url);
    await backend.replace(workspaceWith(['a']));
    const dropped = await asSuperuser(database.name, (client) =>
      client.query(
        "SELECT pg_terminate_backend(pid) FROM pg_stat_activity WHERE application_name = 'coopfolio' AND datname = $1",
        [database.name],
      ),
    );
    expect(dropped.rowCount).toBeGreaterThan(0);
    // A call that meets a dead connection fails as `io` and nothing half-done stays behind.
    const first = await backend.updateCooperative(cooperativeModel('a', { name: 'After' })).then(
      () => 'written',
      (error: unknown) => (error instanceof WorkspaceFileError ? error.code : error),
    );
    expect(['written', 'io']).toContain(first);
    await backend.updateCooperative(cooperativeModel('a', { name: 'Again' }));
    expect(at(await backend.listCooperatives(), 0)).toMatchObject({ name: 'Again' });
    const versions = await backend.versions('cooperative');
    expect(versions.get('a')?.version).toBe(first === 'written' ? 3 : 2);
  });

  it('stores hostile text verbatim: quotes, SQL, backslashes, escapes, emoji, the longest name', async () => {
    const schema = await createTestSchema(database);
    const backend = await openAt(schema.url, "o'brien; DROP TABLE records; --");
    await backend.replace(workspaceWith([]));
    const names = [
      "'); DROP TABLE records; --",
      'back\\slash \\u0000 "quoted" \\n',
      'Coöperatie 🌱 e\u0301 ŀ ǅ',
      'x'.repeat(MAX_NAME_LENGTH),
    ];
    // As the model reads them (it composes accents, NFC): what the contract hands the backend.
    const items = names.map((name, i) => cooperativeModel(`c${i}`, { name }));
    for (const item of items) await backend.insertCooperative(item);
    const listed = await backend.listCooperatives();
    expect(listed.map((c) => c.name)).toEqual(items.map((item) => item.name));
    const trail = await backend.audit({ entity: 'cooperative' });
    expect(trail.map((event) => (event.after as { name: string }).name)).toEqual(
      items.map((item) => item.name),
    );
    expect(trail.every((event) => event.user === "o'brien; DROP TABLE records; --")).toBe(true);
  });

  it('never shows the password: not in the location, not in an error', async () => {
    const address = parseDatabaseUrl('postgres://ann:s3cret-pw@127.0.0.1:1/team');
    expect(address.location).toBe('postgres://ann@127.0.0.1:1/team');
    const error = await refusal(openPostgresBackend('postgres://ann:s3cret-pw@127.0.0.1:1/team'));
    expect(error.code).toBe('io');
    expect(JSON.stringify({ message: error.message, params: error.params })).not.toContain('s3cret');
    expect(error.params['file']).toBe('postgres://ann@127.0.0.1:1/team');
    for (const bad of ['not a url', 'http://host/db', 'postgres://host']) {
      expect(() => parseDatabaseUrl(bad)).toThrow(WorkspaceFileError);
    }
  });

  it('a wrong password is refused without echoing it', async () => {
    const role = await createTestRole(database.name);
    const url = new URL(role.url);
    url.password = 'wrong-pw-123';
    const error = await refusal(openPostgresBackend(url.toString()));
    expect(error.code).toBe('read-only');
    expect(JSON.stringify({ message: error.message, params: error.params })).not.toContain('wrong-pw-123');
  });

  it('hands out copies: changing what it returned changes nothing stored', async () => {
    const schema = await createTestSchema(database);
    const backend = await openAt(schema.url);
    await backend.replace(workspaceWith(['a']));
    const loaded = await backend.load();
    at(loaded.cooperatives, 0).name = 'Mutated';
    const listed = await backend.listCooperatives();
    at(listed, 0).name = 'Mutated too';
    expect(at(await backend.listCooperatives(), 0).name).toBe('Coop a');
  });
});
