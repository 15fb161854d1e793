import { describe, expect, it, vi } from 'vitest';
import {
  createExternalLinkOpener,
  createNavigationGuard,
  createWindowOpenHandler,
  decideNavigation,
  denyPermissionCheck,
  denyPermissionRequest,
  externalLinkTarget,
} from '../../electron/guards';

function navigation(url: string) {
  return { url, preventDefault: vi.fn() };
}

describe('navigation', () => {
  it.each([
    'app://coopfolio/index.html',
    'app://coopfolio/',
    'app://coopfolio/assets/index-abc123.js',
    'app://coopfolio/index.html#/plans/zon-op-het-dak',
    'app://coopfolio/index.html?tab=impact',
  ])('allows our own origin: %s', (url) => {
    expect(decideNavigation(url)).toBe('allow');
  });

  it.each([
    'javascript:alert(1)',
    'JavaScript:alert(document.domain)',
    'file:///etc/passwd',
    'file:///C:/Windows/win.ini',
    'app://coopfolio/../',
    'app://coopfolio/../../etc/passwd',
    'app://coopfolio/%2e%2e/secret',
    'app://coopfolio/assets/..%2f..%2fmain.cjs',
    'app://coopfolio/assets/%2E%2E%5Cmain.cjs',
    'app://coopfolio/./index.html',
    'app://evil/index.html',
    'app://coopfolio.evil.example/index.html',
    'app://coopfolio:8080/index.html',
    'app://user:secret@coopfolio/index.html',
    'data:text/html,<script>alert(1)</script>',
    'about:blank',
    'chrome://gpu',
    'devtools://devtools/bundled/inspector.html',
    'blob:app://coopfolio/1234',
    'mailto:someone@example.org',
    'ftp://example.org/file',
    'not a url',
    '',
  ])('blocks and does not offer %s', (url) => {
    expect(decideNavigation(url)).toBe('block');
  });

  it.each(['https://example.org/docs', 'http://example.org', 'https://www.rijksoverheid.nl/onderwerpen'])(
    'treats %s as an external link',
    (url) => {
      expect(decideNavigation(url)).toBe('external');
    },
  );

  it('refuses web links with embedded credentials', () => {
    expect(externalLinkTarget('https://user:pw@example.org/')).toBeNull();
    expect(decideNavigation('https://user@example.org/')).toBe('block');
  });

  it('lets the app navigate within itself without interfering', () => {
    const onExternal = vi.fn();
    const event = navigation('app://coopfolio/index.html');
    createNavigationGuard(onExternal)(event);
    expect(event.preventDefault).not.toHaveBeenCalled();
    expect(onExternal).not.toHaveBeenCalled();
  });

  it('prevents a web navigation and hands the link on instead', () => {
    const onExternal = vi.fn();
    const event = navigation('https://example.org/');
    createNavigationGuard(onExternal)(event);
    expect(event.preventDefault).toHaveBeenCalledOnce();
    expect(onExternal).toHaveBeenCalledWith('https://example.org/');
  });

  it('prevents javascript:, file: and foreign app hosts without offering them', () => {
    const onExternal = vi.fn();
    const guard = createNavigationGuard(onExternal);
    for (const url of ['javascript:alert(1)', 'file:///etc/passwd', 'app://other/', 'app://coopfolio/../']) {
      const event = navigation(url);
      guard(event);
      expect(event.preventDefault).toHaveBeenCalledOnce();
    }
    expect(onExternal).not.toHaveBeenCalled();
  });

  it('only blocks when no external handler is given', () => {
    const event = navigation('https://example.org/');
    createNavigationGuard()(event);
    expect(event.preventDefault).toHaveBeenCalledOnce();
  });
});

describe('new windows', () => {
  it.each([
    'app://coopfolio/index.html',
    'https://example.org/',
    'javascript:alert(1)',
    'file:///etc/passwd',
    'about:blank',
  ])('denies window.open(%s)', (url) => {
    expect(createWindowOpenHandler(vi.fn())({ url })).toEqual({ action: 'deny' });
  });

  it('offers only http(s) links to the external-link flow', () => {
    const onExternal = vi.fn();
    const handler = createWindowOpenHandler(onExternal);
    handler({ url: 'https://example.org/a' });
    handler({ url: 'javascript:alert(1)' });
    handler({ url: 'file:///etc/passwd' });
    handler({ url: 'smb://server/share' });
    expect(onExternal.mock.calls).toEqual([['https://example.org/a']]);
  });
});

describe('external links', () => {
  function deps(answer: boolean) {
    return { confirm: vi.fn(async () => answer), openExternal: vi.fn(async () => undefined) };
  }

  it('opens the link in the OS browser only after the user confirms the exact address', async () => {
    const d = deps(true);
    await expect(createExternalLinkOpener(d)('https://Example.org/a b')).resolves.toBe('opened');
    expect(d.confirm).toHaveBeenCalledWith('https://example.org/a%20b');
    expect(d.openExternal).toHaveBeenCalledWith('https://example.org/a%20b');
  });

  it('does nothing when the user cancels', async () => {
    const d = deps(false);
    await expect(createExternalLinkOpener(d)('https://example.org/')).resolves.toBe('cancelled');
    expect(d.openExternal).not.toHaveBeenCalled();
  });

  it.each([
    'javascript:alert(1)',
    'file:///C:/Windows/System32/calc.exe',
    'smb://evil/share',
    'ms-settings:',
    'app://coopfolio/',
  ])('refuses %s without even asking', async (url) => {
    const d = deps(true);
    await expect(createExternalLinkOpener(d)(url)).resolves.toBe('refused');
    expect(d.confirm).not.toHaveBeenCalled();
    expect(d.openExternal).not.toHaveBeenCalled();
  });

  it('asks one question at a time so a page cannot flood the user with dialogs', async () => {
    let answer: (value: boolean) => void = () => undefined;
    const d = {
      confirm: vi.fn(() => new Promise<boolean>((resolve) => (answer = resolve))),
      openExternal: vi.fn(async () => undefined),
    };
    const open = createExternalLinkOpener(d);
    const first = open('https://example.org/1');
    await expect(open('https://example.org/2')).resolves.toBe('busy');
    answer(true);
    await expect(first).resolves.toBe('opened');
    expect(d.openExternal.mock.calls).toEqual([['https://example.org/1']]);
    // After the answer the next link may ask again.
    const third = open('https://example.org/3');
    answer(false);
    await expect(third).resolves.toBe('cancelled');
  });

  it('reports a failing shell without throwing', async () => {
    const d = {
      confirm: vi.fn(async () => true),
      openExternal: vi.fn(async () => Promise.reject(new Error('no browser'))),
    };
    await expect(createExternalLinkOpener(d)('https://example.org/')).resolves.toBe('failed');
  });
});

describe('permissions', () => {
  it.each(['media', 'geolocation', 'notifications', 'clipboard-read', 'openExternal', 'fullscreen'])(
    'denies a %s request',
    (permission) => {
      const callback = vi.fn();
      denyPermissionRequest({}, permission, callback);
      expect(callback).toHaveBeenCalledWith(false);
    },
  );

  it('answers every permission check with no', () => {
    expect(denyPermissionCheck()).toBe(false);
  });
});
