import type { WebPreferences } from 'electron';

/**
 * The renderer runs as untrusted web content: isolated, sandboxed, no Node. Every
 * flag is spelt out, including defaults, so a future default change or a careless
 * edit shows up in review and in the test.
 */
export function secureWebPreferences(preloadPath: string): WebPreferences {
  return {
    preload: preloadPath,
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
