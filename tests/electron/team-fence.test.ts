import type { WindowOpenHandlerResponse } from 'electron';
import { describe, expect, it, vi } from 'vitest';
import { hardenWebContents, type GuardableContents } from '../../electron/harden';
import { isFencedUrl, providerFence, serverOnlyFence, type TeamFence } from '../../electron/team-fence';

const SERVER = 'https://coopfolio.gemeente.nl';
const PROVIDER = 'https://login.gemeente.nl';
const fence: TeamFence = { server: SERVER, provider: [PROVIDER] };

describe('which URLs a team window may load', () => {
  it.each([
    'https://coopfolio.gemeente.nl/',
    'https://coopfolio.gemeente.nl/api/session.current',
    'https://coopfolio.gemeente.nl/auth/oidc/callback?code=x&state=y',
    'https://login.gemeente.nl/realms/gemeente/protocol/openid-connect/auth?client_id=coopfolio',
    'https://login.gemeente.nl/resources/login.css',
  ])('allows the server and the advertised provider: %s', (url) => {
    expect(isFencedUrl(url, fence)).toBe(true);
  });

  it.each([
    'https://evil.example/',
    'https://login.gemeente.nl.evil.example/',
    'https://gemeente.nl/',
    'https://login.gemeente.nl:8443/',
    'http://login.gemeente.nl/',
    'http://coopfolio.gemeente.nl/',
    'https://user:pw@login.gemeente.nl/',
    'wss://coopfolio.gemeente.nl/',
    'javascript:alert(1)',
    'file:///etc/passwd',
    'not a url',
  ])('refuses every other origin: %s', (url) => {
    expect(isFencedUrl(url, fence)).toBe(false);
  });

  it('without a provider the server alone', () => {
    expect(isFencedUrl(`${PROVIDER}/`, serverOnlyFence(SERVER))).toBe(false);
    expect(isFencedUrl(`${SERVER}/`, serverOnlyFence(SERVER))).toBe(true);
  });
});

describe('the fence from the server answer about its provider', () => {
  const answer = (body: unknown, status = 200) => ({ status, body });

  it('takes in the advertised origins', () => {
    expect(
      providerFence(
        SERVER,
        answer({ name: 'Gemeente', origins: [PROVIDER, 'https://idp.gemeente.nl'] }),
        'en',
      ),
    ).toEqual({ ok: true, fence: { server: SERVER, provider: [PROVIDER, 'https://idp.gemeente.nl'] } });
  });

  it.each([
    ['no provider (404)', answer(null, 404)],
    ['a server error', answer(null, 500)],
    ['a server that could not be asked', null],
    ['an older server that names no origins', answer({ name: 'Gemeente' })],
    ['an answer that is not the schema', answer({ origins: [PROVIDER] })],
  ])('stays the server alone for %s', (_case, given) => {
    expect(providerFence(SERVER, given, 'en')).toEqual({ ok: true, fence: serverOnlyFence(SERVER) });
  });

  it('does not list the server twice when the provider lives on it', () => {
    expect(providerFence(SERVER, answer({ name: 'Gemeente', origins: [SERVER] }), 'en')).toEqual({
      ok: true,
      fence: serverOnlyFence(SERVER),
    });
  });

  it('allows a provider on plain http only on this computer', () => {
    const local = 'http://127.0.0.1:5180';
    expect(providerFence('http://127.0.0.1:5179', answer({ name: 'Test', origins: [local] }), 'en')).toEqual({
      ok: true,
      fence: { server: 'http://127.0.0.1:5179', provider: [local] },
    });
  });

  it.each([
    'http://login.gemeente.nl',
    'https://login.gemeente.nl/realms/gemeente',
    'https://user:pw@login.gemeente.nl',
    'javascript:alert(1)',
    'ftp://login.gemeente.nl',
  ])('refuses the workspace with a message naming the provider for %s', (origin) => {
    const result = providerFence(SERVER, answer({ name: 'Gemeente', origins: [origin] }), 'en');
    expect(result.ok).toBe(false);
    if (result.ok) return;
    expect(result.message).toContain(`identity provider at "${origin}"`);
    expect(result.message).toContain(SERVER);
  });

  it('words the refusal in Dutch too', () => {
    const result = providerFence(
      SERVER,
      answer({ name: 'Gemeente', origins: ['http://login.gemeente.nl'] }),
      'nl',
    );
    expect(result.ok ? '' : result.message).toContain('geen veilig adres');
  });
});

describe('a team window guarded by the fence (as main.ts wires it)', () => {
  /** Just enough of WebContents: the guards' listeners, fired by hand. */
  function guardedWindow() {
    const listeners = new Map<
      string,
      (event: { url: string; isMainFrame: boolean; preventDefault(): void }) => void
    >();
    let openHandler: (details: { url: string }) => WindowOpenHandlerResponse = () => ({ action: 'allow' });
    const contents = {
      on: (name: string, listener: never) => listeners.set(name, listener),
      setWindowOpenHandler: (handler: typeof openHandler) => (openHandler = handler),
    } as unknown as GuardableContents;
    const onBlockedRedirect = vi.fn();
    hardenWebContents(contents, vi.fn(), (url) => isFencedUrl(url, fence), onBlockedRedirect);
    const redirect = (url: string) => {
      const event = { url, isMainFrame: true, preventDefault: vi.fn() };
      listeners.get('will-redirect')!(event);
      return event.preventDefault;
    };
    return { redirect, onBlockedRedirect, open: (url: string) => openHandler({ url }) };
  }

  it('follows the redirect to the advertised provider and back, without the stopped-sign-in notice', () => {
    const window = guardedWindow();
    expect(window.redirect(`${PROVIDER}/auth?client_id=coopfolio`)).not.toHaveBeenCalled();
    expect(window.redirect(`${SERVER}/auth/oidc/callback?code=1&state=2`)).not.toHaveBeenCalled();
    expect(window.onBlockedRedirect).not.toHaveBeenCalled();
  });

  it('still stops a redirect to any other origin and explains it', () => {
    const window = guardedWindow();
    expect(window.redirect('https://federated.example/login')).toHaveBeenCalled();
    expect(window.onBlockedRedirect).toHaveBeenCalledExactlyOnceWith('https://federated.example/login');
  });

  it('opens no new window, not even on the provider', () => {
    expect(guardedWindow().open(`${PROVIDER}/`)).toEqual({ action: 'deny' });
  });
});
