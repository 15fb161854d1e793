import { describe, expect, it, vi } from 'vitest';
import { isAppUrl } from '../../electron/app-origin';
import {
  claimSingleInstance,
  createExternalLinkOpener,
  createNavigationGuard,
  createWindowOpenHandler,
  decideNavigation,
  denyPermissionCheck,
  denyPermissionRequest,
  externalLinkTarget,
  focusWindow,
  isTrustedSender,
  type FrameLike,
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

describe('IPC sender check', () => {
  const mainFrame: FrameLike = {
    url: 'app://coopfolio/index.html',
    parent: null,
    processId: 4,
    routingId: 1,
  };

  it('accepts the main frame of our window on our origin', () => {
    expect(isTrustedSender(mainFrame, mainFrame)).toBe(true);
    expect(isTrustedSender({ ...mainFrame, url: 'app://coopfolio/index.html#/plans' }, mainFrame)).toBe(true);
  });

  it('accepts an equal frame object for the same process and routing id', () => {
    expect(isTrustedSender({ ...mainFrame }, mainFrame)).toBe(true);
  });

  it('refuses a missing sender frame (navigated away or destroyed)', () => {
    expect(isTrustedSender(null, mainFrame)).toBe(false);
    expect(isTrustedSender(undefined, mainFrame)).toBe(false);
  });

  it('refuses when there is no main window', () => {
    expect(isTrustedSender(mainFrame, null)).toBe(false);
  });

  it('refuses an iframe even on our origin', () => {
    const child: FrameLike = { ...mainFrame, parent: mainFrame, routingId: 2 };
    expect(isTrustedSender(child, mainFrame)).toBe(false);
    expect(isTrustedSender({ ...mainFrame, parent: mainFrame }, mainFrame)).toBe(false);
  });

  it('refuses the main frame of another window', () => {
    expect(isTrustedSender({ ...mainFrame, processId: 5 }, mainFrame)).toBe(false);
    expect(isTrustedSender({ ...mainFrame, routingId: 7 }, mainFrame)).toBe(false);
  });

  it.each([
    'https://evil.example/',
    'file:///tmp/x.html',
    'app://other/index.html',
    'about:blank',
    'app://coopfolio/../x',
  ])('refuses our main frame showing %s', (url) => {
    expect(isTrustedSender({ ...mainFrame, url }, mainFrame)).toBe(false);
  });

  it('refuses a detached frame', () => {
    expect(isTrustedSender({ ...mainFrame, detached: true }, mainFrame)).toBe(false);
  });
});

describe('single instance', () => {
  function fakeApp(locked: boolean) {
    const listeners: ((event: unknown, argv: string[], cwd: string) => void)[] = [];
    return {
      listeners,
      requestSingleInstanceLock: vi.fn(() => locked),
      quit: vi.fn(),
      on: vi.fn(
        (_event: 'second-instance', listener: (event: unknown, argv: string[], cwd: string) => void) => {
          listeners.push(listener);
        },
      ),
    };
  }

  it('quits a second instance before it touches any file', () => {
    const app = fakeApp(false);
    expect(claimSingleInstance(app, vi.fn())).toBe(false);
    expect(app.quit).toHaveBeenCalledOnce();
    expect(app.on).not.toHaveBeenCalled();
  });

  it('keeps the first instance and hands it later launches with their arguments', () => {
    const app = fakeApp(true);
    const onSecond = vi.fn();
    expect(claimSingleInstance(app, onSecond)).toBe(true);
    expect(app.quit).not.toHaveBeenCalled();
    app.listeners[0]?.({}, ['coopfolio', '/home/a/plan.coopfolio'], '/home/a');
    expect(onSecond).toHaveBeenCalledWith(['coopfolio', '/home/a/plan.coopfolio'], '/home/a');
  });

  it('restores, shows and focuses the existing window', () => {
    const window = {
      isDestroyed: () => false,
      isMinimized: () => true,
      restore: vi.fn(),
      show: vi.fn(),
      focus: vi.fn(),
    };
    expect(focusWindow(window)).toBe(true);
    expect(window.restore).toHaveBeenCalledOnce();
    expect(window.focus).toHaveBeenCalledOnce();
  });

  it('has nothing to focus without a live window', () => {
    expect(focusWindow(null)).toBe(false);
    const gone = {
      isDestroyed: () => true,
      isMinimized: () => false,
      restore: vi.fn(),
      show: vi.fn(),
      focus: vi.fn(),
    };
    expect(focusWindow(gone)).toBe(false);
    expect(gone.focus).not.toHaveBeenCalled();
  });
});

describe('app origin', () => {
  it('is exact about the host', () => {
    expect(isAppUrl('app://coopfolio/index.html')).toBe(true);
    expect(isAppUrl('app://coopfolio2/index.html')).toBe(false);
    expect(isAppUrl('apps://coopfolio/index.html')).toBe(false);
  });

  it('keeps ordinary file names with dots', () => {
    expect(isAppUrl('app://coopfolio/assets/vendor..chunk.js')).toBe(true);
    expect(isAppUrl('app://coopfolio/.well-known/x')).toBe(true);
  });
});
