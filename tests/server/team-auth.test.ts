// Sign-in on the team server over HTTP, against a real PostgreSQL: the cookie, sign-out
// and replay, idle expiry, rate limits, forged cookies, foreign origins, hostile input.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { MAX_FAILURES_PER_ADDRESS, MAX_FAILURES_PER_USER, SESSION_IDLE_MS } from '../../src/accounts/policy';
import { newSessionToken } from '../../src/accounts/secrets';
import { OPERATION_NAMES } from '../../src/contract/operations';
import { PASSWORD, ROLE_USERS, startTeamServer, type TeamFixture } from './team-support';

let team: TeamFixture;
beforeAll(async () => {
  team = await startTeamServer();
});
afterAll(async () => {
  await team?.close();
});

const NO_SESSION = 'Sign in first: there is no session, or it has expired or was ended. Nothing was changed.';

describe('without a session', () => {
  it('answers every operation but signing in with 401 unauthenticated; the app itself loads', async () => {
    const wrong: string[] = [];
    for (const name of [...OPERATION_NAMES.filter((n) => n !== 'session.login'), 'no.suchOperation']) {
      const answer = await team.call(name, {});
      if (answer.status !== 401 || answer.body?.error?.code !== 'unauthenticated') wrong.push(name);
    }
    expect(wrong).toEqual([]);
    const page = await team.raw('GET', '/');
    expect(page.status).toBe(200);
    expect(page.text).toContain('app');
  });

  it('refuses a forged or malformed cookie as no session, and tells the browser to drop it', async () => {
    for (const value of [newSessionToken(), 'x', "' OR '1'='1", '%00'.repeat(50)]) {
      const answer = await team.call('workspace.info', {}, { cookie: `coopfolio_session=${value}` });
      expect(answer.status).toBe(401);
      expect(answer.body.error.message).toBe(NO_SESSION);
      expect(answer.setCookie).toMatch(/^coopfolio_session=; .*Max-Age=0/);
    }
  });
});

describe('signing in and out', () => {
  it('sets an HttpOnly SameSite=Strict cookie holding a token the database keeps only hashed', async () => {
    const answer = await team.call('session.login', { user: ROLE_USERS.analyst, password: PASSWORD });
    expect(answer.status).toBe(200);
    expect(answer.body).toEqual({
      ok: true,
      value: { name: ROLE_USERS.analyst, role: 'analyst', team: true },
    });
    const cookie = answer.setCookie!;
    expect(cookie).toMatch(
      /^coopfolio_session=[A-Za-z0-9_-]{43}; Path=\/; HttpOnly; SameSite=Strict; Max-Age=\d+$/,
    );
    // Plain HTTP here: no Secure flag (a server behind TLS sets it, see cookies.test.ts).
    expect(cookie).not.toContain('Secure');
    const token = cookie.split(';')[0]!.split('=')[1]!;
    const rows = await team.accounts.pool.query('SELECT token_hash FROM sessions');
    expect(JSON.stringify(rows.rows)).not.toContain(token);
    const current = await team.call('session.current', {}, { cookie: cookie.split(';')[0]! });
    expect(current.body.value).toEqual({ name: ROLE_USERS.analyst, role: 'analyst', team: true });
  });

  it('signs out: the cookie is cleared and the old token, replayed, opens nothing', async () => {
    const cookie = await team.login(ROLE_USERS.viewer);
    const out = await team.call('session.logout', {}, { cookie });
    expect(out.status).toBe(200);
    expect(out.setCookie).toMatch(/^coopfolio_session=; .*Max-Age=0/);
    for (let i = 0; i < 2; i++) {
      const replay = await team.call('workspace.get', {}, { cookie });
      expect(replay.status).toBe(401);
      expect(replay.body.error.code).toBe('unauthenticated');
    }
  });

  it('ends a session left idle past the limit; one in use stays', async () => {
    const idle = await team.login(ROLE_USERS.viewer);
    const busy = await team.login(ROLE_USERS.editor);
    team.advance(SESSION_IDLE_MS / 2);
    expect((await team.call('session.current', {}, { cookie: busy })).status).toBe(200);
    team.advance(SESSION_IDLE_MS / 2 + 60_000);
    expect((await team.call('session.current', {}, { cookie: idle })).status).toBe(401);
    expect((await team.call('session.current', {}, { cookie: busy })).status).toBe(200);
  });

  it('refuses a wrong password, an unknown name and a disabled account with 401', async () => {
    const wrong = await team.call('session.login', { user: ROLE_USERS.admin, password: 'not the password' });
    expect([wrong.status, wrong.body.error.code]).toEqual([401, 'unauthenticated']);
    expect(wrong.body.error.message).toBe('The name or the password is not correct.');
    expect(wrong.setCookie).toBeUndefined();
    const unknown = await team.call('session.login', { user: 'nobody', password: PASSWORD });
    expect(unknown.body.error.message).toBe(wrong.body.error.message);
    const disabled = await team.call('session.login', { user: 'gone', password: PASSWORD });
    expect([disabled.status, disabled.body.error.message]).toEqual([
      401,
      'The account "gone" is disabled; ask an administrator.',
    ]);
    await team.accounts.pool.query('DELETE FROM login_failures');
  });

  it('makes an account wait after repeated failures, even for the right password', async () => {
    for (let i = 0; i < MAX_FAILURES_PER_USER; i++)
      await team.call('session.login', { user: ROLE_USERS.editor, password: `guess ${i}` });
    const locked = await team.call('session.login', { user: ROLE_USERS.editor, password: PASSWORD });
    expect(locked.status).toBe(401);
    expect(locked.body.error.message).toMatch(/^Too many failed sign-ins .* Try again after \d\d:\d\d\.$/);
    expect(locked.setCookie).toBeUndefined();
    team.advance(16 * 60_000);
    expect((await team.call('session.login', { user: ROLE_USERS.editor, password: PASSWORD })).status).toBe(
      200,
    );
  });
});

describe('requests from elsewhere', () => {
  it("refuses a call whose Origin is not the server's own, even with a valid session", async () => {
    const cookie = await team.login(ROLE_USERS.admin);
    for (const headers of [
      { origin: 'http://evil.example' },
      { origin: team.origin.replace('127.0.0.1', 'localhost.evil.example') },
      { origin: 'null' },
      { 'sec-fetch-site': 'cross-site' },
    ]) {
      const answer = await team.call('settings.update', {}, { cookie, ...headers });
      expect(answer.status).toBe(403);
      expect(answer.text).toBe('origin not allowed');
    }
    const own = await team.call(
      'session.current',
      {},
      { cookie, origin: team.origin, 'sec-fetch-site': 'same-origin' },
    );
    expect(own.status).toBe(200);
    // Signing in from another site's page is refused too (no login CSRF).
    const login = await team.call(
      'session.login',
      { user: ROLE_USERS.admin, password: PASSWORD },
      { origin: 'http://evil.example' },
    );
    expect([login.status, login.setCookie]).toEqual([403, undefined]);
  });
});

describe('hostile input', () => {
  it('gives each a clear answer and changes nothing', async () => {
    const cookie = await team.login(ROLE_USERS.admin);
    const before = (await team.call('workspace.get', {}, { cookie })).body.value;
    for (const user of ["x'; DROP TABLE users; --", 'a\u0000b', '😀'.repeat(50)]) {
      const answer = await team.call('session.login', { user, password: PASSWORD });
      expect([answer.status, answer.body.error.code]).toEqual([401, 'unauthenticated']);
    }
    const long = await team.call('session.login', { user: 'x'.repeat(10_000), password: PASSWORD });
    expect([long.status, long.body.error.code]).toEqual([200, 'invalid-input']);
    const typed = await team.call('session.login', { user: 42, password: ['x'] });
    expect(typed.body.error.code).toBe('invalid-input');
    const notJson = await team.raw('POST', '/api/workspace.get', '{"', {
      'content-type': 'application/json',
      cookie,
    });
    expect(notJson.status).toBe(400);
    const huge = await team
      .raw('POST', '/api/workspace.importJson', '{}', {
        'content-type': 'application/json',
        'content-length': String(80 * 1024 * 1024),
        cookie,
      })
      .catch(() => ({ status: 413 }));
    expect(huge.status).toBe(413);
    const wrongMethod = await team.raw('GET', '/api/workspace.get', null, { cookie });
    expect(wrongMethod.status).toBe(405);
    expect((await team.call('workspace.get', {}, { cookie })).body.value).toEqual(before);
    const users = await team.accounts.pool.query('SELECT count(*)::int AS n FROM users');
    expect(users.rows[0].n).toBe(5);
  });
});

describe('behind a reverse proxy (--trust-proxy)', () => {
  let proxied: TeamFixture;
  beforeAll(async () => {
    proxied = await startTeamServer({ trustProxy: true });
  });
  afterAll(async () => {
    await proxied?.close();
  });

  it("counts failures by the client's address the proxy forwards, not the proxy's", async () => {
    const from = (address: string) => ({ 'x-forwarded-for': `203.0.113.50, ${address}` });
    for (let i = 0; i < MAX_FAILURES_PER_ADDRESS; i++)
      await proxied.call('session.login', { user: `guess${i}`, password: 'x' }, from('198.51.100.1'));
    const blocked = await proxied.call(
      'session.login',
      { user: ROLE_USERS.viewer, password: PASSWORD },
      from('198.51.100.1'),
    );
    expect(blocked.body.error.message).toMatch(/^Too many failed sign-ins/);
    // Another user behind the same proxy signs in: the proxy's own address is not what counts.
    const other = await proxied.call(
      'session.login',
      { user: ROLE_USERS.viewer, password: PASSWORD },
      from('198.51.100.2'),
    );
    expect(other.status).toBe(200);
    const counted = await proxied.accounts.pool.query('SELECT DISTINCT address FROM login_failures');
    expect(counted.rows).toEqual([{ address: '198.51.100.1' }]);
  });
});
