/**
 * Security guards as pure functions over small interfaces, so they are tested without
 * Electron. Each one follows an item of Electron's security checklist.
 */
import type { WindowOpenHandlerResponse } from 'electron';
import { isAppUrl, parseUrl } from './app-origin';

export interface NavigationEvent {
  readonly url: string;
  preventDefault(): void;
}

/** An http(s) link with a host and no embedded credentials, normalised; anything else is null. */
export function externalLinkTarget(url: string): string | null {
  const parsed = parseUrl(url);
  if (parsed === null) return null;
  if (parsed.protocol !== 'https:' && parsed.protocol !== 'http:') return null;
  if (parsed.hostname === '' || parsed.username !== '' || parsed.password !== '') return null;
  return parsed.href;
}

export type NavigationDecision = 'allow' | 'external' | 'block';

/**
 * Which URLs a window may show: the app origin for a local workspace, exactly one
 * team server's origin and its advertised identity provider's for a team window
 * (team-fence.ts `isFencedUrl`).
 */
export type OwnUrlCheck = (url: string) => boolean;

/** Only the window's own origin may load in it; web links leave through the OS browser. */
export function decideNavigation(url: string, isOwnUrl: OwnUrlCheck = isAppUrl): NavigationDecision {
  if (isOwnUrl(url)) return 'allow';
  return externalLinkTarget(url) === null ? 'block' : 'external';
}

/**
 * Blocks every navigation away from the window's own origin. With `onExternalLink`, a
 * web link is handed on (to be confirmed) instead of being dropped silently.
 */
export function createNavigationGuard(
  onExternalLink?: (url: string) => void,
  isOwnUrl: OwnUrlCheck = isAppUrl,
) {
  return (event: NavigationEvent): void => {
    const decision = decideNavigation(event.url, isOwnUrl);
    if (decision === 'allow') return;
    event.preventDefault();
    if (decision === 'external' && onExternalLink !== undefined) onExternalLink(event.url);
  };
}

/** No window is ever opened by the page; a web link is offered to the OS browser instead. */
export function createWindowOpenHandler(onExternalLink: (url: string) => void) {
  return (details: { readonly url: string }): WindowOpenHandlerResponse => {
    if (externalLinkTarget(details.url) !== null) onExternalLink(details.url);
    return { action: 'deny' };
  };
}

export type ExternalLinkOutcome = 'opened' | 'cancelled' | 'refused' | 'busy' | 'failed';

export interface ExternalLinkDeps {
  /** Asks the user; true only when they chose to open the link. */
  confirm(url: string): Promise<boolean>;
  /** `shell.openExternal`. */
  openExternal(url: string): Promise<void>;
}

/**
 * `shell.openExternal` only for http(s), only after the user confirmed the exact
 * address. One question at a time, so a page cannot flood the user with dialogs.
 */
export function createExternalLinkOpener(deps: ExternalLinkDeps) {
  let asking = false;
  return async (url: string): Promise<ExternalLinkOutcome> => {
    const target = externalLinkTarget(url);
    if (target === null) return 'refused';
    if (asking) return 'busy';
    asking = true;
    try {
      if (!(await deps.confirm(target))) return 'cancelled';
      await deps.openExternal(target);
      return 'opened';
    } catch {
      return 'failed';
    } finally {
      asking = false;
    }
  };
}

/** The app needs no camera, microphone, location, notifications or anything else. */
export function denyPermissionRequest(
  _webContents: unknown,
  _permission: string,
  callback: (granted: boolean) => void,
): void {
  callback(false);
}

export function denyPermissionCheck(): boolean {
  return false;
}

/** What the sender check reads from Electron's `WebFrameMain`. */
export interface FrameLike {
  readonly url: string;
  readonly parent: unknown;
  readonly processId: number;
  readonly routingId: number;
  readonly detached?: boolean;
}

/**
 * IPC is answered only for the main frame of our window showing our origin: not an
 * iframe, not a frame that navigated elsewhere, not another window.
 */
export function isTrustedSender(frame: FrameLike | null | undefined, mainFrame: FrameLike | null): boolean {
  if (frame === null || frame === undefined || mainFrame === null) return false;
  if (frame.detached === true || frame.parent !== null) return false;
  const sameFrame =
    frame === mainFrame ||
    (frame.processId === mainFrame.processId && frame.routingId === mainFrame.routingId);
  return sameFrame && isAppUrl(frame.url);
}

export interface SingleInstanceApp {
  requestSingleInstanceLock(): boolean;
  quit(): void;
  on(
    event: 'second-instance',
    listener: (event: unknown, argv: string[], workingDirectory: string) => void,
  ): unknown;
}

/**
 * Two instances would open the same SQLite file twice. The first instance keeps the
 * lock and is told about later launches (with their arguments); a later one quits.
 */
export function claimSingleInstance(
  app: SingleInstanceApp,
  onSecondInstance: (argv: readonly string[], workingDirectory: string) => void,
): boolean {
  if (!app.requestSingleInstanceLock()) {
    app.quit();
    return false;
  }
  app.on('second-instance', (_event, argv, workingDirectory) => onSecondInstance(argv, workingDirectory));
  return true;
}

export interface FocusableWindow {
  isDestroyed(): boolean;
  isMinimized(): boolean;
  restore(): void;
  show(): void;
  focus(): void;
}

/** Brings the existing window forward; false when there is none to focus. */
export function focusWindow(window: FocusableWindow | null): boolean {
  if (window === null || window.isDestroyed()) return false;
  if (window.isMinimized()) window.restore();
  window.show();
  window.focus();
  return true;
}
