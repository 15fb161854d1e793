import type { WindowOpenHandlerResponse } from 'electron';
import { describe, expect, it, vi } from 'vitest';
import { hardenWebContents, type GuardableContents } from '../../electron/harden';
import { isTeamUrl, teamPartition } from '../../electron/team-address';
import {
  promptWebPreferences,
  secureWebPreferences,
  teamWebPreferences,
} from '../../electron/web-preferences';

interface FakeEvent {
  url?: string;
  isMainFrame?: boolean;
  preventDefault: () => void;
}

function fakeContents() {
  const listeners = new Map<string, (event: FakeEvent) => void>();
  let openHandler: ((details: { url: string }) => WindowOpenHandlerResponse) | null = null;
  const contents = {
    on(event: string, listener: (event: FakeEvent) => void) {
      listeners.set(event, listener);
      return contents;
    },
    setWindowOpenHandler(handler: (details: { url: string }) => WindowOpenHandlerResponse) {
      openHandler = handler;
    },
  };
  const fire = (name: string, event: Omit<FakeEvent, 'preventDefault'>) => {
    const full = { ...event, preventDefault: vi.fn() };
    listeners.get(name)?.(full);
    return full.preventDefault;
  };
  return {
    contents: contents as GuardableContents,
    listeners,
    fire,
    open: (url: string) => openHandler?.({ url }),
  };
}

describe('web contents hardening', () => {
  it('guards navigation, redirects, webviews and new windows', () => {
    const fake = fakeContents();
    hardenWebContents(fake.contents, vi.fn());
    expect([...fake.listeners.keys()].sort()).toEqual([
      'will-attach-webview',
      'will-frame-navigate',
      'will-navigate',
      'will-redirect',
    ]);
    expect(fake.open('app://coopfolio/index.html')).toEqual({ action: 'deny' });
  });

  it('asks once about a web link clicked in the main frame', () => {
    const fake = fakeContents();
    const onExternal = vi.fn();
    hardenWebContents(fake.contents, onExternal);
    expect(
      fake.fire('will-frame-navigate', { url: 'https://example.org/', isMainFrame: true }),
    ).toHaveBeenCalled();
    expect(fake.fire('will-navigate', { url: 'https://example.org/' })).toHaveBeenCalled();
    expect(onExternal).toHaveBeenCalledOnce();
  });

  it('blocks a subframe leaving the app without offering the link', () => {
    const fake = fakeContents();
    const onExternal = vi.fn();
    hardenWebContents(fake.contents, onExternal);
    expect(
      fake.fire('will-frame-navigate', { url: 'https://example.org/', isMainFrame: false }),
    ).toHaveBeenCalled();
    expect(onExternal).not.toHaveBeenCalled();
  });

  it('blocks redirects off the app origin and always refuses webviews', () => {
    const fake = fakeContents();
    hardenWebContents(fake.contents, vi.fn());
    expect(fake.fire('will-redirect', { url: 'file:///etc/passwd' })).toHaveBeenCalled();
    expect(fake.fire('will-redirect', { url: 'app://coopfolio/index.html' })).not.toHaveBeenCalled();
    expect(fake.fire('will-attach-webview', {})).toHaveBeenCalled();
  });
});

describe('web contents hardening of a team window', () => {
  const origin = 'https://coopfolio.gemeente.nl';
  const teamOnly = (url: string) => isTeamUrl(url, origin);

  it('lets the window move within its server only', () => {
    const fake = fakeContents();
    const onExternal = vi.fn();
    hardenWebContents(fake.contents, onExternal, teamOnly);
    const navigate = (url: string) => fake.fire('will-frame-navigate', { url, isMainFrame: true });
    expect(navigate('https://coopfolio.gemeente.nl/#/plans')).not.toHaveBeenCalled();
    expect(
      fake.fire('will-redirect', { url: 'https://coopfolio.gemeente.nl/index.html' }),
    ).not.toHaveBeenCalled();
    // The local app's own pages are not the team window's: the bridge must never load there.
    expect(navigate('app://coopfolio/index.html')).toHaveBeenCalled();
    expect(fake.fire('will-redirect', { url: 'https://login.example.org/' })).toHaveBeenCalled();
    expect(fake.fire('will-redirect', { url: 'http://coopfolio.gemeente.nl/' })).toHaveBeenCalled();
    expect(onExternal).not.toHaveBeenCalled();
    // Another site clicked in the page goes to the OS browser, after the user confirms.
    expect(navigate('https://www.amsterdam.nl/')).toHaveBeenCalled();
    expect(onExternal).toHaveBeenCalledWith('https://www.amsterdam.nl/');
  });

  it('tells when its page was redirected to another site (a sign-in elsewhere), and stops it', () => {
    const fake = fakeContents();
    const onBlockedRedirect = vi.fn();
    hardenWebContents(fake.contents, vi.fn(), teamOnly, onBlockedRedirect);
    const redirect = (url: string, isMainFrame: boolean) => fake.fire('will-redirect', { url, isMainFrame });
    expect(redirect('https://login.gemeente.nl/auth?client_id=coopfolio', true)).toHaveBeenCalled();
    expect(onBlockedRedirect).toHaveBeenCalledExactlyOnceWith(
      'https://login.gemeente.nl/auth?client_id=coopfolio',
    );
    // Its own server, a subframe, or something that is no web address: nothing to tell.
    expect(redirect('https://coopfolio.gemeente.nl/', true)).not.toHaveBeenCalled();
    expect(redirect('https://login.gemeente.nl/', false)).toHaveBeenCalled();
    expect(redirect('file:///etc/passwd', true)).toHaveBeenCalled();
    expect(onBlockedRedirect).toHaveBeenCalledOnce();
  });

  it('never opens a new window, not even on its own server', () => {
    const fake = fakeContents();
    hardenWebContents(fake.contents, vi.fn(), teamOnly);
    expect(fake.open('https://coopfolio.gemeente.nl/')).toEqual({ action: 'deny' });
  });
});

describe('window web preferences', () => {
  it('isolates, sandboxes and keeps Node out of the renderer', () => {
    expect(secureWebPreferences('/app/dist-electron/preload.cjs')).toEqual({
      preload: '/app/dist-electron/preload.cjs',
      contextIsolation: true,
      sandbox: true,
      nodeIntegration: false,
      nodeIntegrationInWorker: false,
      nodeIntegrationInSubFrames: false,
      webSecurity: true,
      allowRunningInsecureContent: false,
      experimentalFeatures: false,
      webviewTag: false,
      navigateOnDragDrop: false,
      safeDialogs: true,
      spellcheck: false,
      disableBlinkFeatures: 'Auxclick',
    });
  });

  it('gives a team window the same flags in its own partition, and no preload (no IPC bridge)', () => {
    const partition = teamPartition('https://coopfolio.gemeente.nl');
    const team = teamWebPreferences(partition);
    expect(team).not.toHaveProperty('preload');
    const { preload: _local, ...localFlags } = secureWebPreferences('/p');
    expect(team).toEqual({ ...localFlags, partition });
    expect(promptWebPreferences('prompt')).toEqual({ ...localFlags, partition: 'prompt' });
  });

  it('enables no Blink features', () => {
    expect(secureWebPreferences('/p')).not.toHaveProperty('enableBlinkFeatures');
  });
});
