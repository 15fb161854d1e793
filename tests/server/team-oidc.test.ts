// Sign-in through an identity provider on the team server, end to end: a real OpenID
// Connect provider (oidc-provider) that the test starts, the team server on a real
// PostgreSQL, and the whole redirect flow walked as a browser walks it (cookies per host).
import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { parseOidcOptions } from '../../src/accounts/oidc-config';
import { disableUser, findUser } from '../../src/accounts/users';
import { Browser, CLIENT_ID, CLIENT_SECRET, type TestProvider } from './team-oidc-provider';
import { startOidcTeam } from './team-oidc-team';
import { PASSWORD, ROLE_USERS, startTeamServer, type TeamFixture } from './team-support';

let provider: TestProvider;
let team: TeamFixture;

beforeAll(async () => {
  ({ provider, team } = await startOidcTeam({
    roleMap:
      'coopfolio-beheer=admin,coopfolio-redactie=editor,coopfolio-analyse=analyst,coopfolio-lezen=viewer',
    roleClaim: 'groups',
  }));
}, 60_000);

afterAll(async () => {
  await team?.close();
  await provider?.close();
});

interface SignedIn {
  landed: URL;
  browser: Browser;
  /** The Cookie header of the session, or null when none was set. */
  cookie: string | null;
}

/** A fresh browser signs in at the provider as `subject`; `tamper` may change the callback address. */
async function signInThroughProvider(subject: string, tamper?: (callback: URL) => URL): Promise<SignedIn> {
  provider.signInAs(subject);
  const browser = new Browser();
  const isCallback = (url: URL) => url.origin === team.origin && url.pathname === '/auth/oidc/callback';
  let landed = await browser.follow(`${team.origin}/auth/oidc/start`, team.origin, (url) =>
    tamper === undefined ? false : isCallback(url),
  );
  if (tamper !== undefined) {
    expect(isCallback(landed)).toBe(true);
    landed = await browser.follow(tamper(landed).href, team.origin);
  }
  const token = browser.cookie('127.0.0.1', 'coopfolio_session');
  return { landed, browser, cookie: token === undefined ? null : `coopfolio_session=${token}` };
}

function refusal(landed: URL): string | null {
  return landed.searchParams.get('oidc-error');
}

describe('a provider that cannot be reached', () => {
  it('sends the browser back to the sign-in screen with the reason, and passwords still work', async () => {
    const closed = createServer();
    await new Promise<void>((resolve) => closed.listen(0, '127.0.0.1', resolve));
    const issuer = `http://127.0.0.1:${(closed.address() as AddressInfo).port}`;
    await new Promise((resolve) => closed.close(resolve));
    const settings = parseOidcOptions(
      { issuer, clientId: CLIENT_ID, roleMap: 'coopfolio-redactie=editor' },
      { COOPFOLIO_OIDC_CLIENT_SECRET: CLIENT_SECRET },
      () => '',
    );
    const lonely = await startTeamServer({ oidc: settings! });
    try {
      const browser = new Browser();
      const landed = await browser.follow(`${lonely.origin}/auth/oidc/start`, lonely.origin);
      expect(refusal(landed)).toBe('unreachable');
      expect(browser.cookie('127.0.0.1', 'coopfolio_session')).toBeUndefined();
      expect(await lonely.login(ROLE_USERS.viewer)).toMatch(/^coopfolio_session=/);
    } finally {
      await lonely.close();
    }
  }, 60_000);
});

describe('sign-in through the identity provider', () => {
  it('tells the sign-in screen the provider name', async () => {
    const answer = await team.raw('GET', '/auth/oidc/provider');
    expect(answer.status).toBe(200);
    // The provider's origin too, for the desktop team window's fence: its authorization
    // endpoint lives on the issuer's origin, so that one origin is all.
    expect(answer.body).toEqual({ name: 'Gemeente Teststad', origins: [new URL(provider.issuer).origin] });
    expect((await team.raw('POST', '/auth/oidc/start')).status).toBe(405);
  });

  it('signs an editor in through the whole flow, with the same session as a password, who can write', async () => {
    provider.setPerson('sub-erik', {
      preferred_username: 'erik.redactie',
      groups: ['medewerkers', 'coopfolio-redactie'],
    });
    const { landed, cookie, browser } = await signInThroughProvider('sub-erik');
    expect(landed.pathname).toBe('/');
    expect(refusal(landed)).toBeNull();
    expect(cookie).not.toBeNull();
    // The flow's cookie is Lax (the provider's redirect back is a cross-site navigation);
    // the session's is the very cookie session.login sets.
    const fromTeam = (path: string) =>
      browser.received.find((r) => r.url.origin === team.origin && r.url.pathname === path)!.setCookie;
    expect(fromTeam('/auth/oidc/start')).toEqual([
      expect.stringMatching(/^coopfolio_oidc=[\w-]{43}; Path=\/; HttpOnly; SameSite=Lax; Max-Age=600$/),
    ]);
    const password = await team.call('session.login', { user: ROLE_USERS.editor, password: PASSWORD });
    const attributes = (line: string) => line.replace(/=[^;]*;/, '=…;');
    expect(fromTeam('/auth/oidc/callback').map(attributes)).toEqual([
      attributes(password.setCookie!),
      'coopfolio_oidc=…; Path=/; HttpOnly; SameSite=Lax; Max-Age=0',
    ]);

    const current = await team.call('session.current', {}, { cookie: cookie! });
    expect(current.body).toEqual({ ok: true, value: { name: 'erik.redactie', role: 'editor', team: true } });
    const stored = await findUser(team.accounts.pool, 'erik.redactie');
    expect(stored).toMatchObject({ role: 'editor', disabled: false, passwordHash: null });

    const wire = (await team.call('workspace.get', {}, { cookie: cookie! })).body.value;
    const listed = (await team.call('plans.list', {}, { cookie: cookie! })).body.value;
    const plan = { ...wire.plans[0], name: 'Via de gemeente aangemeld' };
    const write = await team.call(
      'plans.update',
      { plan, expectedVersion: listed[0].version },
      { cookie: cookie! },
    );
    expect(write.status).toBe(200);
    const events = await team.backend.audit({ entity: 'plan', id: plan.id });
    expect(events.at(-1)).toMatchObject({ user: 'erik.redactie', operation: 'plans.update' });

    // Signing out revokes the local session: the same cookie opens nothing any more.
    expect((await team.call('session.logout', {}, { cookie: cookie! })).status).toBe(200);
    expect((await team.call('session.current', {}, { cookie: cookie! })).status).toBe(401);
  });

  it('gives an analyst claim analyst rights: an editor-only write is 403 forbidden', async () => {
    provider.setPerson('sub-anna', { preferred_username: 'anna.analyse', groups: 'coopfolio-analyse' });
    const { cookie } = await signInThroughProvider('sub-anna');
    expect(cookie).not.toBeNull();
    const current = await team.call('session.current', {}, { cookie: cookie! });
    expect(current.body.value).toMatchObject({ name: 'anna.analyse', role: 'analyst' });
    const wire = (await team.call('workspace.get', {}, { cookie: cookie! })).body.value;
    const listed = (await team.call('plans.list', {}, { cookie: cookie! })).body.value;
    const plan = { ...wire.plans[0], name: 'Mag niet' };
    const write = await team.call(
      'plans.update',
      { plan, expectedVersion: listed[0].version },
      { cookie: cookie! },
    );
    expect(write.status).toBe(403);
    expect(write.body.error.code).toBe('forbidden');
  });

  it('applies a role changed at the provider at the next sign-in, the highest mapped value winning', async () => {
    provider.setPerson('sub-piet', { preferred_username: 'piet', groups: ['coopfolio-lezen'] });
    const first = await signInThroughProvider('sub-piet');
    expect((await team.call('session.current', {}, { cookie: first.cookie! })).body.value.role).toBe(
      'viewer',
    );
    provider.setPerson('sub-piet', {
      preferred_username: 'piet',
      groups: ['coopfolio-lezen', 'coopfolio-beheer'],
    });
    const second = await signInThroughProvider('sub-piet');
    expect((await team.call('session.current', {}, { cookie: second.cookie! })).body.value.role).toBe(
      'admin',
    );
  });

  it('refuses a user with no mapped claim value, and ends their earlier sessions', async () => {
    provider.setPerson('sub-kees', { preferred_username: 'kees', groups: ['coopfolio-redactie'] });
    const before = await signInThroughProvider('sub-kees');
    expect(before.cookie).not.toBeNull();
    provider.setPerson('sub-kees', {
      preferred_username: 'kees',
      groups: ['medewerkers', 'COOPFOLIO-REDACTIE'],
    });
    const { landed, cookie } = await signInThroughProvider('sub-kees');
    expect(landed.pathname).toBe('/');
    expect(refusal(landed)).toBe('no-role');
    expect(cookie).toBeNull();
    expect((await team.call('session.current', {}, { cookie: before.cookie! })).status).toBe(401);
    // Never mapped at all: refused before any account exists.
    provider.setPerson('sub-nobody', { preferred_username: 'niemand' });
    expect(refusal((await signInThroughProvider('sub-nobody')).landed)).toBe('no-role');
    expect(await findUser(team.accounts.pool, 'niemand')).toBeNull();
  });

  it('refuses a tampered state, and a callback in a browser that did not start the sign-in', async () => {
    provider.setPerson('sub-tom', { preferred_username: 'tom', groups: ['coopfolio-redactie'] });
    const tampered = await signInThroughProvider('sub-tom', (callback) => {
      const forged = new URL(callback);
      forged.searchParams.set('state', `${callback.searchParams.get('state')}x`);
      return forged;
    });
    expect(refusal(tampered.landed)).toBe('failed');
    expect(tampered.cookie).toBeNull();
    expect(await findUser(team.accounts.pool, 'tom')).toBeNull();

    // The untouched answer, carried to another browser (a sign-in forced on someone else).
    let carried: URL | null = null;
    await signInThroughProvider('sub-tom', (callback) => {
      carried = callback;
      return callback;
    });
    const other = new Browser();
    const landed = await other.follow(carried!.href, team.origin);
    expect(refusal(landed)).toBe('expired');
    expect(other.cookie('127.0.0.1', 'coopfolio_session')).toBeUndefined();
  });

  it('refuses a disabled account, and will not take over a password account of the same name', async () => {
    provider.setPerson('sub-dirk', { preferred_username: 'dirk', groups: ['coopfolio-redactie'] });
    expect((await signInThroughProvider('sub-dirk')).cookie).not.toBeNull();
    await disableUser(team.accounts.pool, 'dirk', new Date());
    const again = await signInThroughProvider('sub-dirk');
    expect(refusal(again.landed)).toBe('disabled');
    expect(again.cookie).toBeNull();

    // `eddy` signs in with a password; a provider identity with that name gets no way in.
    provider.setPerson('sub-other-eddy', { preferred_username: 'eddy', groups: ['coopfolio-beheer'] });
    const takeover = await signInThroughProvider('sub-other-eddy');
    expect(refusal(takeover.landed)).toBe('name-taken');
    expect((await findUser(team.accounts.pool, 'eddy'))?.role).toBe('editor');
    // ... and a disabled password account of that name stays refused.
    provider.setPerson('sub-other-gone', { preferred_username: 'gone', groups: ['coopfolio-beheer'] });
    expect(refusal((await signInThroughProvider('sub-other-gone')).landed)).toBe('disabled');
  });

  it('gives a provider account no password way in, and a name claim that is no account name no account', async () => {
    provider.setPerson('sub-erik', { preferred_username: 'erik.redactie', groups: ['coopfolio-redactie'] });
    await signInThroughProvider('sub-erik');
    const login = await team.call('session.login', { user: 'erik.redactie', password: PASSWORD });
    expect(login.status).toBe(401);
    provider.setPerson('sub-odd', { preferred_username: 'naam met spaties', groups: ['coopfolio-redactie'] });
    expect(refusal((await signInThroughProvider('sub-odd')).landed)).toBe('no-name');
  });
});
