import type { WebPreferences } from 'electron';

/**
 * The renderer runs as untrusted web content: isolated, sandboxed, no Node. Every
 * flag is spelt out, including defaults, so a future default change or a careless
 * edit shows up in review and in the test.
 */
function hardenedFlags(): WebPreferences {
  return {
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
    // A middle click would try to open a window; refused anyway (guards.ts), but never offered.
    disableBlinkFeatures: 'Auxclick',
  };
}

/** The local workspace window: the app's own pages with the IPC bridge (preload.ts). */
export function secureWebPreferences(preloadPath: string): WebPreferences {
  return { preload: preloadPath, ...hardenedFlags() };
}

/**
 * A team server's page in its own session partition, with NO preload: the page is
 * served by a remote server, so it gets no IPC bridge at all and talks to its server
 * over HTTP exactly as in a browser (the renderer picks its HTTP transport when
 * `window.coopfolio` is absent). Every other flag is the local window's.
 */
export function teamWebPreferences(partition: string): WebPreferences {
  return { ...hardenedFlags(), partition };
}

/** The address prompt: the shell's own small page in a throwaway session, no preload either. */
export function promptWebPreferences(partition: string): WebPreferences {
  return { ...hardenedFlags(), partition };
}
