/**
 * Runs sandboxed before the page and exposes `window.coopfolio`: one function per
 * contract operation plus `onWorkspaceChanged`, never `ipcRenderer` itself.
 *
 * The lint fence lets this file import nothing but electron, so the contract's names
 * and channel constants are mirrored here; preload-contract.ts fails the type check
 * when they drift from src/api, and a test compares the values. Mirroring also keeps
 * zod and the schemas out of the sandboxed preload bundle.
 */
import { contextBridge, ipcRenderer } from 'electron';

export const PRELOAD_CHANNEL_PREFIX = 'coopfolio:';
export const PRELOAD_WORKSPACE_CHANGED_CHANNEL = 'coopfolio-event:workspace-changed';

export const BRIDGE_OPERATION_NAMES = [
  'workspace.info',
  'workspace.get',
  'workspace.exportJson',
  'workspace.importJson',
  'settings.get',
  'settings.update',
  'cooperatives.list',
  'cooperatives.create',
  'cooperatives.update',
  'cooperatives.delete',
  'fundingStreams.list',
  'fundingStreams.create',
  'fundingStreams.update',
  'fundingStreams.delete',
  'plans.list',
  'plans.create',
  'plans.update',
  'plans.delete',
  'plans.analysis',
  'portfolio.analysis',
  'portfolio.budgetCycle',
  'procurement.get',
  'procurement.update',
  'procurement.analysis',
  'plans.blend',
  'scenarios.blend',
  'indicators.list',
  'indicators.create',
  'indicators.update',
  'indicators.delete',
  'scenarios.list',
  'scenarios.create',
  'scenarios.update',
  'scenarios.delete',
  'scenarios.start',
  'scenarios.job',
  'scenarios.cancel',
  'scenarios.nextEuro',
  'blends.start',
  'blends.job',
  'blends.cancel',
  'reports.start',
  'reports.job',
  'reports.cancel',
  'reports.download',
  'reports.openFolder',
  'imports.preview',
  'imports.apply',
  'imports.template',
  'backups.list',
  'backups.create',
  'backups.setPolicy',
  'backups.restore',
  'backups.offer',
  'backups.restoreLatest',
  'awards.week',
  'cooperatives.analysis',
  'session.login',
  'session.logout',
  'session.current',
  'audit.history',
] as const;

export type BridgeOperationName = (typeof BRIDGE_OPERATION_NAMES)[number];
type BridgeFunction = (input: unknown, lang: unknown) => Promise<unknown>;

/** Structurally the contract's `DesktopBridge`, with IPC's untyped answers. */
export interface PreloadBridge {
  readonly host: 'desktop';
  readonly api: Readonly<Record<BridgeOperationName, BridgeFunction>>;
  onWorkspaceChanged(listener: () => void): () => void;
}

/** The part of `ipcRenderer` the bridge uses; a test passes a fake. */
export interface RendererIpc {
  invoke(channel: string, ...args: unknown[]): Promise<unknown>;
  on(channel: string, listener: (event: unknown, ...args: unknown[]) => void): unknown;
  removeListener(channel: string, listener: (event: unknown, ...args: unknown[]) => void): unknown;
}

export function buildDesktopBridge(ipc: RendererIpc): PreloadBridge {
  const api = {} as Record<BridgeOperationName, BridgeFunction>;
  for (const name of BRIDGE_OPERATION_NAMES) {
    // Only input and lang cross: the page can neither pick the channel nor add arguments.
    api[name] = (input, lang) => ipc.invoke(`${PRELOAD_CHANNEL_PREFIX}${name}`, input, lang);
  }
  return Object.freeze({
    host: 'desktop' as const,
    api: Object.freeze(api),
    onWorkspaceChanged(listener: () => void): () => void {
      if (typeof listener !== 'function') throw new TypeError('listener must be a function');
      // The IPC event (and its `sender`) never reaches the page.
      const forward = () => listener();
      ipc.on(PRELOAD_WORKSPACE_CHANGED_CHANNEL, forward);
      return () => {
        ipc.removeListener(PRELOAD_WORKSPACE_CHANGED_CHANNEL, forward);
      };
    },
  });
}

contextBridge.exposeInMainWorld('coopfolio', buildDesktopBridge(ipcRenderer));
