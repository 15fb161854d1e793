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
  };

  class FakeWindow {
    readonly webContents = {
      mainFrame: { url: 'app://coopfolio/index.html', parent: null, processId: 7, routingId: 1 } as FrameLike,
      send: vi.fn(),
    };
    loadedUrl = '';
    constructor(readonly options: { webPreferences?: Record<string, unknown> }) {
      record.windows.push(this);
    }
    once() {}
    on() {}
    show() {}
    focus() {}
    restore() {}
    isMinimized() {
      return false;
    }
    isDestroyed() {
      return false;
    }
    async loadURL(url: string) {
      this.loadedUrl = url;
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
    emitApp(event: string, ...args: unknown[]) {
      for (const listener of appListeners.get(event) ?? []) listener(...args);
    },
    hasAppListener: (event: string) => appListeners.has(event),
  };
}

export type FakeElectron = ReturnType<typeof createFakeElectron>;
