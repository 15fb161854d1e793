// The team server's cookie and origin rules, on their own (the HTTP tests cover them in use).
import { describe, expect, it } from 'vitest';
import { clearedSessionCookie, readCookie, sessionCookie, sessionCookieName } from '../../src/server/cookies';
import { ownOrigins, refuseForeignOrigin } from '../../src/server/team-origin';

describe('the session cookie', () => {
  it('is HttpOnly and SameSite=Strict, and behind TLS Secure with the __Host- prefix', () => {
    expect(sessionCookie('t0k3n', false)).toBe(
      'coopfolio_session=t0k3n; Path=/; HttpOnly; SameSite=Strict; Max-Age=86400',
    );
    expect(sessionCookie('t0k3n', true)).toBe(
      '__Host-coopfolio_session=t0k3n; Path=/; HttpOnly; SameSite=Strict; Max-Age=86400; Secure',
    );
    expect(clearedSessionCookie(true)).toBe(
      '__Host-coopfolio_session=; Path=/; HttpOnly; SameSite=Strict; Max-Age=0; Secure',
    );
  });

  it('is read by its exact name among others', () => {
    const headers = { cookie: 'x=1; coopfolio_session_old=no; coopfolio_session=abc ; other=2' };
    expect(readCookie(headers, sessionCookieName(false))).toBe('abc');
    expect(readCookie(headers, sessionCookieName(true))).toBeNull();
    expect(readCookie({}, 'coopfolio_session')).toBeNull();
  });
});

describe('the server’s own origin', () => {
  it('is the public URL behind a proxy, else the address it listens on', () => {
    expect([...ownOrigins('https://coopfolio.gemeente.nl/', '127.0.0.1', 5179)]).toEqual([
      'https://coopfolio.gemeente.nl',
    ]);
    expect([...ownOrigins(undefined, '127.0.0.1', 5179)].sort()).toEqual([
      'http://127.0.0.1:5179',
      'http://localhost:5179',
    ]);
    expect([...ownOrigins(undefined, '10.0.0.5', 80)]).toEqual(['http://10.0.0.5:80']);
  });

  it('refuses another origin and cross-site fetches; lets same-origin and non-browser calls on', () => {
    const own = ownOrigins('https://coopfolio.gemeente.nl', '127.0.0.1', 5179);
    expect(refuseForeignOrigin({ origin: 'https://coopfolio.gemeente.nl' }, own)).toBeNull();
    expect(refuseForeignOrigin({}, own)).toBeNull();
    expect(refuseForeignOrigin({ origin: 'http://coopfolio.gemeente.nl' }, own)).toBe('origin not allowed');
    expect(refuseForeignOrigin({ origin: 'https://evil.example' }, own)).toBe('origin not allowed');
    expect(refuseForeignOrigin({ 'sec-fetch-site': 'same-site' }, own)).toBe('origin not allowed');
    expect(refuseForeignOrigin({ 'sec-fetch-site': 'same-origin' }, own)).toBeNull();
  });
});
