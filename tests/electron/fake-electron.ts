/**
 * Just enough of Electron's main-process API to run the bundled main.cjs in Node:
 * records what the shell asks of Electron and lets a test answer dialogs.
 */
import { vi } from 'vitest';
import type { Result } from '../../src/contract/result';
import type { FrameLike } from '../../electron/guards';

type Listener = (...args: unknown[]) => unknown;
type IpcHandler = (event: { senderFrame: FrameLike | null }, ...args: unknown[]) => Promise<Result<unknown>>;
type ProtocolHandler = (request: { url: string; method: string }) => Promise<Response>;

export interface FakeOptions {
  userData: string;
  appPath: string;
  /** Index of the button every message box "clicks". */
  messageBoxResponse?: number;
  /** How a window's page load ends (default: it loads). */
  load?: (url: string) => Promise<void>;
}

type BeforeRequest = (details: { url: string }, callback: (response: { cancel: boolean }) => void) => void;

/** A session from `session.fromPartition`: what the shell set on it. */
export interface FakeSession {
  partition: string;
  permissionRequestHandler: Listener | null;
  beforeRequest: BeforeRequest | null;
  cleared: string[];
  /** The session's own `app:` handler (the team address prompt's). */
  protocolHandler:
    ((request: { url: string; method: string; text(): Promise<string> }) => Promise<Response>) | null;
}

export function createFakeElectron(options: FakeOptions) {
  const appListeners = new Map<string, Listener[]>();
  const ipcHandlers = new Map<string, IpcHandler>();
  const protocolHandlers = new Map<string, ProtocolHandler>();
  const record = {
    privilegedSchemes: [] as unknown[],
    quit: 0,
    windows: [] as FakeWindow[],
    menus: [] as unknown[],
    messageBoxes: [] as { message?: string; detail?: string }[],
    errorBoxes: [] as string[][],
    permissionRequestHandler: null as Listener | null,
    permissionCheckHandler: null as Listener | null,
    blockedUrlPatterns: [] as string[],
    partitions: new Map<string, FakeSession>(),
  };

  function fromPartition(partition: string) {
    const state: FakeSession = record.partitions.get(partition) ?? {
      partition,
      permissionRequestHandler: null,
      beforeRequest: null,
      cleared: [],
      protocolHandler: null,
    };
    record.partitions.set(partition, state);
    return {
      state,
      setPermissionRequestHandler: (handler: Listener) => {
        state.permissionRequestHandler = handler;
      },
      setPermissionCheckHandler: () => undefined,
      setDevicePermissionHandler: () => undefined,
      webRequest: {
        onBeforeRequest: (_filter: unknown, listener: BeforeRequest) => {
          state.beforeRequest = listener;
        },
      },
      protocol: {
        isProtocolHandled: () => state.protocolHandler !== null,
        unhandle: () => {
          state.protocolHandler = null;
        },
        handle: (_scheme: string, handler: FakeSession['protocolHandler']) => {
          state.protocolHandler = handler;
        },
      },
      clearStorageData: async () => {
        state.cleared.push('storage');
      },
      clearCache: async () => {
        state.cleared.push('cache');
      },
    };
  }
  // One object per partition, as Electron gives (the shell keys team origins by session).
  const sessions = new Map<string, ReturnType<typeof fromPartition>>();
  const sessionFor = (partition: string) => {
    const existing = sessions.get(partition) ?? fromPartition(partition);
    sessions.set(partition, existing);
    return existing;
  };

  class FakeWindow {
    readonly webContents = {
      mainFrame: { url: 'app://coopfolio/index.html', parent: null, processId: 7, routingId: 1 } as FrameLike,
      send: vi.fn(),
    };
    loadedUrl = '';
    destroyed = false;
    shown = false;
    private readonly closedListeners: (() => void)[] = [];
    constructor(readonly options: { webPreferences?: Record<string, unknown> }) {
      record.windows.push(this);
    }
    once() {}
    on(event: string, listener: () => void) {
      if (event === 'closed') this.closedListeners.push(listener);
    }
    close() {
      this.destroy();
    }
    destroy() {
      if (this.destroyed) return;
      this.destroyed = true;
      for (const listener of this.closedListeners) listener();
    }
    show() {
      this.shown = true;
    }
    setMenu() {}
    focus() {}
    restore() {}
    isMinimized() {
      return false;
    }
    isDestroyed() {
      return this.destroyed;
    }
    async loadURL(url: string) {
      this.loadedUrl = url;
      await options.load?.(url);
    }
  }

  const electron = {
    app: {
      requestSingleInstanceLock: () => true,
      quit: () => {
        record.quit += 1;
      },
      on: (event: string, listener: Listener) => {
        appListeners.set(event, [...(appListeners.get(event) ?? []), listener]);
      },
      whenReady: () => Promise.resolve(),
      isReady: () => true,
      getLocale: () => 'nl-NL',
      getPath: () => options.userData,
      getAppPath: () => options.appPath,
      getVersion: () => '0.1.0',
      isPackaged: false,
    },
    BrowserWindow: FakeWindow,
    protocol: {
      registerSchemesAsPrivileged: (schemes: unknown[]) => record.privilegedSchemes.push(...schemes),
      handle: (scheme: string, handler: ProtocolHandler) => protocolHandlers.set(scheme, handler),
    },
    ipcMain: {
      handle: (channel: string, handler: IpcHandler) => {
        if (ipcHandlers.has(channel))
          throw new Error(`Attempted to register a second handler for '${channel}'`);
        ipcHandlers.set(channel, handler);
      },
      removeHandler: (channel: string) => ipcHandlers.delete(channel),
    },
    session: {
      fromPartition: sessionFor,
      defaultSession: {
        setPermissionRequestHandler: (handler: Listener) => {
          record.permissionRequestHandler = handler;
        },
        setPermissionCheckHandler: (handler: Listener) => {
          record.permissionCheckHandler = handler;
        },
        setDevicePermissionHandler: () => undefined,
        webRequest: {
          onBeforeRequest: (filter: { urls: string[] }) => record.blockedUrlPatterns.push(...filter.urls),
        },
      },
    },
    dialog: {
      showMessageBox: async (...args: unknown[]) => {
        record.messageBoxes.push(args.at(-1) as { message?: string; detail?: string });
        return { response: options.messageBoxResponse ?? 0, checkboxChecked: false };
      },
      showOpenDialog: async () => ({ canceled: true, filePaths: [] }),
      showSaveDialog: async () => ({ canceled: true, filePath: '' }),
      showErrorBox: (title: string, content: string) => record.errorBoxes.push([title, content]),
    },
    Menu: {
      buildFromTemplate: (template: unknown) => template,
      setApplicationMenu: (menu: unknown) => record.menus.push(menu),
    },
    shell: { openExternal: vi.fn(async () => undefined) },
  };

  return {
    electron,
    record,
    ipcHandlers,
    protocolHandlers,
    sessionFor,
    emitApp(event: string, ...args: unknown[]) {
      for (const listener of appListeners.get(event) ?? []) listener(...args);
    },
    hasAppListener: (event: string) => appListeners.has(event),
  };
}

export type FakeElectron = ReturnType<typeof createFakeElectron>;
