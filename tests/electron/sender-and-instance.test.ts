import { describe, expect, it, vi } from 'vitest';
import { isAppUrl } from '../../electron/app-origin';
import { claimSingleInstance, focusWindow, isTrustedSender, type FrameLike } from '../../electron/guards';

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
