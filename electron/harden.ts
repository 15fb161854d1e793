import type { WindowOpenHandlerResponse } from 'electron';
import { isAppUrl } from './app-origin';
import {
  createNavigationGuard,
  createWindowOpenHandler,
  externalLinkTarget,
  type NavigationEvent,
  type OwnUrlCheck,
} from './guards';

interface FrameNavigationEvent extends NavigationEvent {
  readonly isMainFrame: boolean;
}

/** The part of Electron's `WebContents` the guards attach to. */
export interface GuardableContents {
  on(
    event: 'will-frame-navigate' | 'will-redirect',
    listener: (details: FrameNavigationEvent) => void,
  ): unknown;
  on(event: 'will-navigate', listener: (details: NavigationEvent) => void): unknown;
  on(event: 'will-attach-webview', listener: (event: { preventDefault(): void }) => void): unknown;
  setWindowOpenHandler(handler: (details: { url: string }) => WindowOpenHandlerResponse): void;
}

/**
 * Applied to every web contents the app creates (`web-contents-created`), so a
 * window added later cannot forget a guard. `isOwnUrl` is the window's one origin:
 * the app's, or a team server's for a window in that server's session.
 */
export function hardenWebContents(
  contents: GuardableContents,
  onExternalLink: (url: string) => void,
  isOwnUrl: OwnUrlCheck = isAppUrl,
  /**
   * Told when the page was redirected to another site and stopped (a team server's
   * sign-in through the city's identity provider), so the user learns why nothing happened.
   */
  onBlockedRedirect?: (url: string) => void,
): void {
  const offerExternal = createNavigationGuard(onExternalLink, isOwnUrl);
  const blockOnly = createNavigationGuard(undefined, isOwnUrl);
  // will-frame-navigate sees every frame; only a main-frame web link is offered, so
  // the user is asked once even though will-navigate may fire for the same click.
  contents.on('will-frame-navigate', (details) =>
    details.isMainFrame ? offerExternal(details) : blockOnly(details),
  );
  contents.on('will-navigate', blockOnly);
  contents.on('will-redirect', (details) => {
    blockOnly(details);
    if (onBlockedRedirect === undefined || !details.isMainFrame || isOwnUrl(details.url)) return;
    if (externalLinkTarget(details.url) !== null) onBlockedRedirect(details.url);
  });
  contents.on('will-attach-webview', (event) => event.preventDefault());
  contents.setWindowOpenHandler(createWindowOpenHandler(onExternalLink));
}
