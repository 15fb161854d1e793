/** The windows and the protocol they load from; the only file touching BrowserWindow. */
import { BrowserWindow, protocol, session, type Session } from 'electron';
import type { Lang } from '../src/i18n/lang';
import { APP_SCHEME, APP_START_URL } from './app-origin';
import { denyPermissionCheck, denyPermissionRequest } from './guards';
import { shellMessage } from './messages';
import { APP_SCHEME_PRIVILEGES, createAppProtocolHandler } from './protocol';
import { OIDC_PROVIDER_PATH } from '../src/contract/oidc-sign-in';
import { teamPartition, teamStartUrl } from './team-address';
import type { AttemptFn } from './team-actions';
import { isFencedUrl, serverOnlyFence, type ProviderAnswer, type TeamFence } from './team-fence';
import { createPromptHandler, PROMPT_PARTITION, PROMPT_URL } from './team-prompt';
import { promptWebPreferences, secureWebPreferences, teamWebPreferences } from './web-preferences';

/** Must run before the app is ready (Electron requirement). */
export function registerAppScheme(): void {
  protocol.registerSchemesAsPrivileged([APP_SCHEME_PRIVILEGES]);
}

/** Serves `app://coopfolio/` from the built renderer folder only. */
export function serveRenderer(rendererDir: string): void {
  protocol.handle(APP_SCHEME, createAppProtocolHandler(rendererDir));
}

const NETWORK_URLS = ['http://*/*', 'https://*/*', 'ws://*/*', 'wss://*/*', 'ftp://*/*', 'file:///*'];

function denyPermissions(target: Session): void {
  target.setPermissionRequestHandler(denyPermissionRequest);
  target.setPermissionCheckHandler(denyPermissionCheck);
  target.setDevicePermissionHandler(() => false);
}

/** Every permission denied; no request to the network leaves the renderer (CSP is the first wall, this the second). */
export function lockDownSession(target: Session): void {
  denyPermissions(target);
  target.webRequest.onBeforeRequest({ urls: NETWORK_URLS }, (_details, callback) =>
    callback({ cancel: true }),
  );
}

/**
 * A team server's session: permissions denied, and no request leaves for any origin
 * outside `fence` (the server's, and its identity provider's when it advertises one): a
 * page script, an image, a redirect elsewhere, all cancelled. Called again at each open,
 * it replaces the previous fence (Electron keeps one `onBeforeRequest` listener), so a
 * provider the server changed applies. Response headers are left alone, so the CSP the
 * server (or the provider) sends applies as in a browser.
 */
export function teamSession(fence: TeamFence): Session {
  const target = session.fromPartition(teamPartition(fence.server));
  denyPermissions(target);
  target.webRequest.onBeforeRequest({ urls: NETWORK_URLS }, (details, callback) =>
    callback({ cancel: !isFencedUrl(details.url, fence) }),
  );
  return target;
}

/** Long enough for a slow server; the page load that follows has its own, longer limit. */
const PROVIDER_QUESTION_TIMEOUT_MS = 10_000;

/**
 * Asks a team server which identity provider it signs in through, over the server's own
 * session fenced to the server alone (so its certificate is checked as for the window,
 * and a redirect elsewhere is not followed). Null when it could not be asked or did not
 * answer JSON: the window then opens fenced to the server alone.
 */
export async function askTeamProvider(origin: string): Promise<ProviderAnswer> {
  const target = teamSession(serverOnlyFence(origin));
  try {
    const response = await target.fetch(`${origin}${OIDC_PROVIDER_PATH}`, {
      headers: { accept: 'application/json' },
      redirect: 'error',
      signal: AbortSignal.timeout(PROVIDER_QUESTION_TIMEOUT_MS),
    });
    const body: unknown = response.status === 200 ? await response.json() : null;
    return { status: response.status, body };
  } catch {
    return null;
  }
}

const MAIN_WINDOW_SIZE = { width: 1280, height: 860, minWidth: 960, minHeight: 640 };

export function createMainWindow(preloadPath: string): BrowserWindow {
  const window = new BrowserWindow({
    ...MAIN_WINDOW_SIZE,
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

/**
 * A hidden window on a team server (its session locked by `teamSession` first). The
 * caller shows it once `loaded` settles, or destroys it when the load failed.
 */
export function createTeamWindow(origin: string): { window: BrowserWindow; loaded: Promise<void> } {
  const window = new BrowserWindow({
    ...MAIN_WINDOW_SIZE,
    title: 'Coopfolio',
    show: false,
    backgroundColor: '#ffffff',
    webPreferences: teamWebPreferences(teamPartition(origin)),
  });
  return { window, loaded: window.loadURL(teamStartUrl(origin)) };
}

let promptWindow: BrowserWindow | null = null;

/**
 * Asks for a team workspace's address (team-prompt.ts) and hands each valid one to
 * `attempt`; resolves when the prompt closes (cancelled, or `attempt` opened it). One
 * prompt at a time: asking again while one is open brings that one forward.
 */
export function askTeamAddress(parent: BrowserWindow | null, lang: Lang, attempt: AttemptFn): Promise<void> {
  if (promptWindow !== null && !promptWindow.isDestroyed()) {
    promptWindow.focus();
    return Promise.resolve();
  }
  const target = session.fromPartition(PROMPT_PARTITION);
  lockDownSession(target);
  return new Promise((resolve) => {
    const window = new BrowserWindow({
      ...(parent === null ? {} : { parent, modal: true }),
      width: 560,
      height: 320,
      resizable: false,
      minimizable: false,
      maximizable: false,
      title: shellMessage(lang, 'teamPromptTitle'),
      show: false,
      webPreferences: promptWebPreferences(PROMPT_PARTITION),
    });
    promptWindow = window;
    let settled = false;
    const finish = () => {
      if (settled) return;
      settled = true;
      resolve();
      if (!window.isDestroyed()) window.close();
    };
    // The handler lives in the prompt's own session: the app's windows cannot reach it.
    if (target.protocol.isProtocolHandled(APP_SCHEME)) target.protocol.unhandle(APP_SCHEME);
    target.protocol.handle(
      APP_SCHEME,
      createPromptHandler(lang, {
        attempt: async (origin) => {
          const failure = await attempt(origin);
          if (failure === null) finish();
          return failure;
        },
        onCancel: finish,
      }),
    );
    window.on('closed', () => {
      promptWindow = null;
      finish();
    });
    // Windows and Linux give every window the application menu; the prompt needs none (macOS has no window menus).
    if (process.platform !== 'darwin') window.setMenu(null);
    window.once('ready-to-show', () => window.show());
    void window.loadURL(PROMPT_URL);
  });
}
