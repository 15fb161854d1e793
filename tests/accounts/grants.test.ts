// The team server signs in with the application's role of docs/team.md, not the owner:
// with exactly the documented grants it can count failures, start, check and end
// sessions, and the owner's `coopfolio user add` accounts work for it.
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import pg from 'pg';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openAccountsDatabase } from '../../src/accounts/database';
import { AuthError } from '../../src/accounts/errors';
import { endOidcSessions, signInWithOidc } from '../../src/accounts/oidc-accounts';
import { authenticate, signIn, signOut } from '../../src/accounts/sessions';
import { addUser } from '../../src/accounts/users';
import { asSuperuser, createTestDatabase, createTestRole, type TestDatabase } from '../support/postgres';

let team: TestDatabase;
let appUrl: string;
let ownerUrl: string;

/** The ```sql blocks of docs/team.md: the setup, then the grants. */
function sqlBlocks(): string[] {
  const text = readFileSync(fileURLToPath(new URL('../../docs/team.md', import.meta.url)), 'utf8');
  return [...text.matchAll(/```sql\n([\s\S]*?)```/g)].map((match) => match[1]!);
}

/** The SQL statements of a block, without comments and psql commands. */
function statements(sql: string): string[] {
  return sql
    .split('\n')
    .filter((line) => line.trim() !== '' && !line.trim().startsWith('--') && !line.trim().startsWith('\\'))
    .join('\n')
    .split(';')
    .map((s) => s.trim())
    .filter((s) => s !== '');
}

beforeAll(async () => {
  team = await createTestDatabase();
  const owner = await createTestRole(team.name);
  const app = await createTestRole(team.name);
  ownerUrl = owner.url;
  appUrl = app.url;
  const docs = (sql: string) =>
    sql
      .replaceAll('coopfolio_owner', owner.name)
      .replaceAll('coopfolio_app', app.name)
      .replaceAll('DATABASE coopfolio', `DATABASE ${team.name}`);
  const [setup, grants] = sqlBlocks();
  await asSuperuser(team.name, async (client) => {
    await client.query(`ALTER DATABASE ${team.name} OWNER TO ${owner.name}`);
    for (const sql of statements(docs(setup!)).filter((s) => !/^CREATE (ROLE|DATABASE)/.test(s)))
      await client.query(sql);
  });
  // The owner migrates (any command with --database does) and adds the first administrator.
  const asOwner = await openAccountsDatabase(ownerUrl, 1);
  await addUser(asOwner.pool, { name: 'ada', role: 'admin', password: 'a long enough password' }, new Date());
  await asOwner.close();
  const client = new pg.Client({ connectionString: ownerUrl });
  await client.connect();
  try {
    for (const sql of statements(docs(grants!))) await client.query(sql);
  } finally {
    await client.end();
  }
});
afterAll(async () => {
  await team?.drop();
});

describe("the accounts under the application's role", () => {
  it('signs in, counts a failure, checks and ends a session with only the documented grants', async () => {
    const accounts = await openAccountsDatabase(appUrl, 2);
    try {
      const now = new Date();
      const failed = await signIn(
        accounts.pool,
        { user: 'ada', password: 'wrong', address: '10.0.0.9' },
        now,
      ).catch((error: unknown) => error);
      expect(failed).toBeInstanceOf(AuthError);
      const session = await signIn(
        accounts.pool,
        { user: 'ada', password: 'a long enough password', address: '10.0.0.9' },
        now,
      );
      expect(await authenticate(accounts.pool, session.token, new Date(now.getTime() + 120_000))).toEqual({
        name: 'ada',
        role: 'admin',
      });
      await signOut(accounts.pool, session.token, now);
      expect(await authenticate(accounts.pool, session.token, now)).toBeNull();
    } finally {
      await accounts.close();
    }
  });

  it("creates and updates an identity provider's account with only the documented grants", async () => {
    const accounts = await openAccountsDatabase(appUrl, 2);
    try {
      const now = new Date();
      const identity = {
        issuer: 'https://login.example',
        subject: 'sub-1',
        name: 'olga',
        role: 'viewer',
      } as const;
      const first = await signInWithOidc(accounts.pool, identity, now);
      expect(await authenticate(accounts.pool, first.token, now)).toEqual({ name: 'olga', role: 'viewer' });
      const second = await signInWithOidc(accounts.pool, { ...identity, role: 'editor' }, now);
      expect(await authenticate(accounts.pool, second.token, now)).toEqual({ name: 'olga', role: 'editor' });
      await endOidcSessions(accounts.pool, identity, now);
      expect(await authenticate(accounts.pool, second.token, now)).toBeNull();
    } finally {
      await accounts.close();
    }
  });
});
