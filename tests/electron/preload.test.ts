import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it, vi } from 'vitest';
import { IPC_CHANNEL_PREFIX, WORKSPACE_CHANGED_CHANNEL } from '../../src/contract/bridge';
import { OPERATION_NAMES } from '../../src/contract/operations';
import type { PreloadBridge } from '../../electron/preload';

// The real `electron` package would try to download its binary; the preload only needs these two.
const exposed = vi.hoisted(() => new Map<string, unknown>());
vi.mock('electron', () => ({
  contextBridge: { exposeInMainWorld: (key: string, value: unknown) => exposed.set(key, value) },
  ipcRenderer: { invoke: async () => undefined, on: () => undefined, removeListener: () => undefined },
}));

const {
  BRIDGE_OPERATION_NAMES,
  buildDesktopBridge,
  PRELOAD_CHANNEL_PREFIX,
  PRELOAD_WORKSPACE_CHANGED_CHANNEL,
} = await import('../../electron/preload');

type IpcListener = (event: unknown, ...args: unknown[]) => void;

function fakeIpc() {
  const listeners = new Map<string, Set<IpcListener>>();
  return {
    listeners,
    invoke: vi.fn(async (_channel: string, ..._args: unknown[]): Promise<unknown> => ({
      ok: true,
      value: [],
    })),
    on: vi.fn((channel: string, listener: IpcListener) => {
      listeners.set(channel, (listeners.get(channel) ?? new Set()).add(listener));
    }),
    removeListener: vi.fn((channel: string, listener: IpcListener) => {
      listeners.get(channel)?.delete(listener);
    }),
    emit(channel: string, ...args: unknown[]) {
      for (const listener of listeners.get(channel) ?? [])
        listener({ sender: 'ipcRenderer itself' }, ...args);
    },
  };
}

describe('preload bridge', () => {
  it('lists exactly the contract operations', () => {
    expect([...BRIDGE_OPERATION_NAMES].sort()).toEqual([...OPERATION_NAMES].sort());
    expect(new Set(BRIDGE_OPERATION_NAMES).size).toBe(BRIDGE_OPERATION_NAMES.length);
  });

  it('uses the contract channel names', () => {
    expect(PRELOAD_CHANNEL_PREFIX).toBe(IPC_CHANNEL_PREFIX);
    expect(PRELOAD_WORKSPACE_CHANGED_CHANNEL).toBe(WORKSPACE_CHANGED_CHANNEL);
  });

  it('exposes window.coopfolio with one function per operation and nothing else', () => {
    expect([...exposed.keys()]).toEqual(['coopfolio']);
    const bridge = exposed.get('coopfolio') as PreloadBridge;
    expect(Object.keys(bridge).sort()).toEqual(['api', 'host', 'onWorkspaceChanged']);
    expect(bridge.host).toBe('desktop');
    expect(Object.keys(bridge.api).sort()).toEqual([...OPERATION_NAMES].sort());
    for (const fn of Object.values(bridge.api)) expect(typeof fn).toBe('function');
  });

  it('invokes coopfolio:<name> with only the input and the language', async () => {
    const ipc = fakeIpc();
    const bridge = buildDesktopBridge(ipc);
    await expect(bridge.api['plans.list']({}, 'en')).resolves.toEqual({ ok: true, value: [] });
    await bridge.api['cooperatives.delete']({ id: 'zon' }, 'nl');
    expect(ipc.invoke.mock.calls).toEqual([
      ['coopfolio:plans.list', {}, 'en'],
      ['coopfolio:cooperatives.delete', { id: 'zon' }, 'nl'],
    ]);
  });

  it('cannot be extended or rewired by the page', () => {
    const bridge = buildDesktopBridge(fakeIpc());
    expect(Object.isFrozen(bridge)).toBe(true);
    expect(Object.isFrozen(bridge.api)).toBe(true);
  });

  it('forwards workspace-changed events without the IPC event and unsubscribes', () => {
    const ipc = fakeIpc();
    const bridge = buildDesktopBridge(ipc);
    const listener = vi.fn();
    const unsubscribe = bridge.onWorkspaceChanged(listener);
    ipc.emit(WORKSPACE_CHANGED_CHANNEL, 'payload');
    expect(listener).toHaveBeenCalledOnce();
    expect(listener.mock.calls[0]).toEqual([]);
    unsubscribe();
    ipc.emit(WORKSPACE_CHANGED_CHANNEL);
    expect(listener).toHaveBeenCalledOnce();
    expect(ipc.listeners.get(WORKSPACE_CHANGED_CHANNEL)?.size).toBe(0);
  });

  it('refuses a listener that is not a function', () => {
    const bridge = buildDesktopBridge(fakeIpc());
    expect(() => bridge.onWorkspaceChanged('alert(1)' as unknown as () => void)).toThrow(TypeError);
  });

  it('imports nothing but electron', () => {
    const source = readFileSync(join(import.meta.dirname, '../../electron/preload.ts'), 'utf8');
    const imports = [...source.matchAll(/^import .* from '([^']+)';$/gm)].map((match) => match[1]);
    expect(imports).toEqual(['electron']);
  });
});
