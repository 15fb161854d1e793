/**
 * Runs sandboxed before the page and exposes `window.coopfolio`: one function per
 * contract operation plus `onWorkspaceChanged`, never `ipcRenderer` itself.
 *
 * Imports only electron and the contract's constants and types (lint-enforced).
 * The names are a literal list rather than `OPERATION_NAMES`, which would bundle zod
 * and every schema into the preload; the type check below fails the build when the
 * list and the contract drift apart, and a test compares the values.
 */
import { contextBridge, ipcRenderer } from 'electron';
import {
  IPC_CHANNEL_PREFIX,
  WORKSPACE_CHANGED_CHANNEL,
  type BridgeApi,
  type DesktopBridge,
} from '../src/api/bridge';
import type { OperationName } from '../src/api/operations';

export const BRIDGE_OPERATION_NAMES = [
  'workspace.info',
  'workspace.get',
  'workspace.exportJson',
  'workspace.importJson',
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
  'indicators.list',
  'scenarios.list',
] as const satisfies readonly OperationName[];

type MissingFromList = Exclude<OperationName, (typeof BRIDGE_OPERATION_NAMES)[number]>;
/** Compiles only when every contract operation is listed; otherwise the error names the missing ones. */
export const BRIDGE_LIST_IS_COMPLETE: [MissingFromList] extends [never] ? true : MissingFromList = true;

/** The part of `ipcRenderer` the bridge uses; a test passes a fake. */
export interface RendererIpc {
  invoke(channel: string, ...args: unknown[]): Promise<unknown>;
  on(channel: string, listener: (event: unknown, ...args: unknown[]) => void): unknown;
  removeListener(channel: string, listener: (event: unknown, ...args: unknown[]) => void): unknown;
}

export function buildDesktopBridge(ipc: RendererIpc): DesktopBridge {
  const api: Record<string, (input: unknown, lang: unknown) => Promise<unknown>> = {};
  for (const name of BRIDGE_OPERATION_NAMES) {
    // Only input and lang cross: the page can neither pick the channel nor add arguments.
    api[name] = (input, lang) => ipc.invoke(`${IPC_CHANNEL_PREFIX}${name}`, input, lang);
  }
  return Object.freeze({
    host: 'desktop' as const,
    // The main process answers every channel with the contract's Result for that operation.
    api: Object.freeze(api) as unknown as BridgeApi,
    onWorkspaceChanged(listener: () => void): () => void {
      if (typeof listener !== 'function') throw new TypeError('listener must be a function');
      // The IPC event (and its `sender`) never reaches the page.
      const forward = () => listener();
      ipc.on(WORKSPACE_CHANGED_CHANNEL, forward);
      return () => {
        ipc.removeListener(WORKSPACE_CHANGED_CHANNEL, forward);
      };
    },
  });
}

contextBridge.exposeInMainWorld('coopfolio', buildDesktopBridge(ipcRenderer));
