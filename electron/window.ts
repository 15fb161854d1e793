/** The main window and the protocol it loads from; the only file touching BrowserWindow. */
import { BrowserWindow, protocol, type Session } from 'electron';
import { APP_SCHEME, APP_START_URL } from './app-origin';
import { denyPermissionCheck, denyPermissionRequest } from './guards';
import { APP_SCHEME_PRIVILEGES, createAppProtocolHandler } from './protocol';
import { secureWebPreferences } from './web-preferences';

/** Must run before the app is ready (Electron requirement). */
export function registerAppScheme(): void {
  protocol.registerSchemesAsPrivileged([APP_SCHEME_PRIVILEGES]);
}

/** Serves `app://coopfolio/` from the built renderer folder only. */
export function serveRenderer(rendererDir: string): void {
  protocol.handle(APP_SCHEME, createAppProtocolHandler(rendererDir));
}

/** Every permission denied; no request to the network leaves the renderer (CSP is the first wall, this the second). */
export function lockDownSession(session: Session): void {
  session.setPermissionRequestHandler(denyPermissionRequest);
  session.setPermissionCheckHandler(denyPermissionCheck);
  session.setDevicePermissionHandler(() => false);
  session.webRequest.onBeforeRequest(
    { urls: ['http://*/*', 'https://*/*', 'ws://*/*', 'wss://*/*', 'ftp://*/*', 'file:///*'] },
    (_details, callback) => callback({ cancel: true }),
  );
}

export function createMainWindow(preloadPath: string): BrowserWindow {
  const window = new BrowserWindow({
    width: 1280,
    height: 860,
    minWidth: 960,
    minHeight: 640,
    title: 'Coopfolio',
    show: false,
    backgroundColor: '#ffffff',
    webPreferences: secureWebPreferences(preloadPath),
  });
  // Shown once painted, so the user never sees a white flash or a half page.
  window.once('ready-to-show', () => window.show());
  void window.loadURL(APP_START_URL);
  return window;
}
