import type { DesktopBridge } from '../../../src/contract/bridge';

declare global {
  interface Window {
    /** Present only in the desktop app, where the preload exposes it. */
    readonly coopfolio?: DesktopBridge;
  }
}
