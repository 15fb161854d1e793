// Accounts and sessions against a real PostgreSQL (the run's throwaway cluster).
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openAccountsDatabase, type AccountsDatabase } from '../../src/accounts/database';
import { AuthError } from '../../src/accounts/errors';
import {
  FAILURE_WINDOW_MS,
  MAX_FAILURES_PER_ADDRESS,
  MAX_FAILURES_PER_USER,
  SESSION_IDLE_MS,
  SESSION_MAX_MS,
} from '../../src/accounts/policy';
import { newSessionToken } from '../../src/accounts/secrets';
import { authenticate, signIn, signOut } from '../../src/accounts/sessions';
import { addUser, disableUser, isValidUserName, listUsers } from '../../src/accounts/users';
import { createTestDatabase, type TestDatabase } from '../support/postgres';

let db: TestDatabase;
let accounts: AccountsDatabase;
const T0 = new Date('2026-03-02T09:00:00Z');
const at = (ms: number) => new Date(T0.getTime() + ms);
const MINUTE = 60_000;
const PASSWORD = 'correct horse battery';

beforeAll(async () => {
  db = await createTestDatabase();
  accounts = await openAccountsDatabase(db.url);
});
afterAll(async () => {
  await accounts?.close();
  await db?.drop();
});

async function refusal(promise: Promise<unknown>): Promise<AuthError> {
  const error = await promise.then(
    () => null,
    (e: unknown) => e,
  );
  expect(error).toBeInstanceOf(AuthError);
  return error as AuthError;
}

describe('users', () => {
  it('adds an account once, keeps only an argon2id hash, lists without it', async () => {
    expect(await addUser(accounts.pool, { name: 'anna', role: 'editor', password: PASSWORD }, T0)).toBe(true);
    expect(
      await addUser(accounts.pool, { name: 'anna', role: 'admin', password: 'other password!' }, T0),
    ).toBe(false);
    const stored = await accounts.pool.query('SELECT role, password_hash FROM users WHERE name = $1', [
      'anna',
    ]);
    expect(stored.rows[0].role).toBe('editor');
    expect(stored.rows[0].password_hash).toMatch(/^\$argon2id\$/);
    expect(stored.rows[0].password_hash).not.toContain(PASSWORD);
    const listed = await listUsers(accounts.pool);
    expect(listed).toEqual([{ name: 'anna', role: 'editor', disabled: false, createdAt: T0.toISOString() }]);
  });

  it('takes names of letters, digits and . _ @ - only', () => {
    expect(isValidUserName('j.de-vries@amsterdam.nl')).toBe(true);
    expect(isValidUserName('Zoë_1')).toBe(true);
    for (const bad of ['', 'a b', "x'; DROP TABLE users;--", 'a\u0000b', 'x'.repeat(101)])
      expect(isValidUserName(bad), JSON.stringify(bad)).toBe(false);
  });
});

describe('sessions', () => {
  beforeAll(async () => {
    await addUser(accounts.pool, { name: 'bram', role: 'viewer', password: PASSWORD }, T0);
  });

  it('signs in with the right password; the database keeps only the token digest', async () => {
    const session = await signIn(
      accounts.pool,
      { user: 'bram', password: PASSWORD, address: '10.0.0.1' },
      T0,
    );
    expect(session.user).toEqual({ name: 'bram', role: 'viewer' });
    expect(session.token).toMatch(/^[A-Za-z0-9_-]{43}$/);
    const rows = await accounts.pool.query('SELECT token_hash FROM sessions');
    const stored = rows.rows.map((row: { token_hash: Buffer }) => row.token_hash);
    expect(stored.some((hash: Buffer) => hash.toString('base64url') === session.token)).toBe(false);
    expect(JSON.stringify(rows.rows)).not.toContain(session.token);
    expect(await authenticate(accounts.pool, session.token, at(MINUTE))).toEqual({
      name: 'bram',
      role: 'viewer',
    });
  });

  it('refuses a wrong password and an unknown name with the same words', async () => {
    const wrong = await refusal(signIn(accounts.pool, { user: 'bram', password: 'nope', address: 'a1' }, T0));
    const unknown = await refusal(
      signIn(accounts.pool, { user: 'nobody', password: 'nope', address: 'a1' }, T0),
    );
    expect(wrong.reason).toBe('wrong-credentials');
    expect(unknown.reason).toBe('wrong-credentials');
    await accounts.pool.query('DELETE FROM login_failures');
  });

  it('lets no forged, malformed or signed-out token in, however often replayed', async () => {
    expect(await authenticate(accounts.pool, newSessionToken(), T0)).toBeNull();
    expect(await authenticate(accounts.pool, "' OR 1=1 --", T0)).toBeNull();
    expect(await authenticate(accounts.pool, '', T0)).toBeNull();
    const session = await signIn(accounts.pool, { user: 'bram', password: PASSWORD, address: 'a2' }, T0);
    await signOut(accounts.pool, session.token, at(MINUTE));
    for (let i = 0; i < 3; i++)
      expect(await authenticate(accounts.pool, session.token, at(2 * MINUTE))).toBeNull();
  });

  it('ends a session after the idle time, and a busy one after the longest time', async () => {
    const idle = await signIn(accounts.pool, { user: 'bram', password: PASSWORD, address: 'a3' }, T0);
    // Used just before the idle limit: the clock of idleness starts again from there.
    const used = at(SESSION_IDLE_MS - MINUTE);
    expect(await authenticate(accounts.pool, idle.token, used)).not.toBeNull();
    expect(await authenticate(accounts.pool, idle.token, at(SESSION_IDLE_MS + MINUTE))).not.toBeNull();
    expect(
      await authenticate(accounts.pool, idle.token, new Date(used.getTime() + SESSION_IDLE_MS + 2 * MINUTE)),
    ).toBeNull();

    const busy = await signIn(accounts.pool, { user: 'bram', password: PASSWORD, address: 'a3' }, T0);
    for (let t = 0; t < SESSION_MAX_MS; t += SESSION_IDLE_MS / 2)
      expect(await authenticate(accounts.pool, busy.token, at(t))).not.toBeNull();
    expect(await authenticate(accounts.pool, busy.token, at(SESSION_MAX_MS + MINUTE))).toBeNull();
  });

  it('disabling an account ends its sessions and refuses its sign-in', async () => {
    await addUser(accounts.pool, { name: 'carla', role: 'analyst', password: PASSWORD }, T0);
    const session = await signIn(accounts.pool, { user: 'carla', password: PASSWORD, address: 'a4' }, T0);
    expect(await disableUser(accounts.pool, 'carla', at(MINUTE))).toBe(true);
    expect(await disableUser(accounts.pool, 'nobody', at(MINUTE))).toBe(false);
    expect(await authenticate(accounts.pool, session.token, at(2 * MINUTE))).toBeNull();
    const error = await refusal(
      signIn(accounts.pool, { user: 'carla', password: PASSWORD, address: 'a4' }, at(MINUTE)),
    );
    expect(error.reason).toBe('disabled');
  });
});

describe('failed sign-ins are rate-limited per account and per address, across restarts', () => {
  beforeAll(async () => {
    await addUser(accounts.pool, { name: 'dirk', role: 'editor', password: PASSWORD }, T0);
    await addUser(accounts.pool, { name: 'eva', role: 'editor', password: PASSWORD }, T0);
  });

  it('makes an account wait after too many failures, even with the right password', async () => {
    for (let i = 0; i < MAX_FAILURES_PER_USER; i++) {
      const error = await refusal(
        signIn(
          accounts.pool,
          { user: 'dirk', password: `guess ${i}`, address: `10.1.0.${i}` },
          at(i * MINUTE),
        ),
      );
      expect(error.reason).toBe('wrong-credentials');
    }
    // A restarted server (a new pool) still counts them: they are in the database.
    const restarted = await openAccountsDatabase(db.url);
    try {
      const later = at(10 * MINUTE);
      const locked = await refusal(
        signIn(restarted.pool, { user: 'dirk', password: PASSWORD, address: '10.9.9.9' }, later),
      );
      expect(locked.reason).toBe('too-many-attempts');
      expect(locked.params.retryAt).toEqual(at(FAILURE_WINDOW_MS));
      // Once the first failure has left the window, the right password works and clears the count.
      const session = await signIn(
        restarted.pool,
        { user: 'dirk', password: PASSWORD, address: '10.9.9.9' },
        at(FAILURE_WINDOW_MS + 1),
      );
      expect(session.user.name).toBe('dirk');
      const left = await restarted.pool.query(
        "SELECT count(*)::int AS n FROM login_failures WHERE user_name = 'dirk'",
      );
      expect(left.rows[0].n).toBe(0);
    } finally {
      await restarted.close();
    }
  });

  it('makes an address wait that tried too many accounts; other addresses go on', async () => {
    const start = at(60 * MINUTE);
    for (let i = 0; i < MAX_FAILURES_PER_ADDRESS; i++) {
      await refusal(signIn(accounts.pool, { user: `guess${i}`, password: 'x', address: '192.0.2.7' }, start));
    }
    const locked = await refusal(
      signIn(accounts.pool, { user: 'eva', password: PASSWORD, address: '192.0.2.7' }, start),
    );
    expect(locked.reason).toBe('too-many-attempts');
    const elsewhere = await signIn(
      accounts.pool,
      { user: 'eva', password: PASSWORD, address: '192.0.2.8' },
      start,
    );
    expect(elsewhere.user.name).toBe('eva');
  });

  it('counts parallel guesses one by one: no burst slips past the limit', async () => {
    await addUser(accounts.pool, { name: 'fenna', role: 'viewer', password: PASSWORD }, T0);
    const now = at(120 * MINUTE);
    const results = await Promise.allSettled(
      Array.from({ length: 12 }, (_, i) =>
        signIn(accounts.pool, { user: 'fenna', password: `wrong ${i}`, address: `198.51.100.${i}` }, now),
      ),
    );
    const reasons = results.map((r) =>
      r.status === 'rejected' ? (r.reason as AuthError).reason : 'signed-in',
    );
    expect(reasons.filter((r) => r === 'wrong-credentials')).toHaveLength(MAX_FAILURES_PER_USER);
    expect(reasons.filter((r) => r === 'too-many-attempts')).toHaveLength(12 - MAX_FAILURES_PER_USER);
  });
});
