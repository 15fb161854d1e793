import { existsSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { beforeEach, describe, expect, it, vi } from 'vitest';

// Electron cannot run here: a stand-in records what the renderer asks of it.
const recorded = vi.hoisted(() => ({
  windowOptions: [] as Record<string, unknown>[],
  loaded: [] as string[],
  destroyed: 0,
  requestFilter: null as ((d: { url: string }, cb: (r: { cancel: boolean }) => void) => void) | null,
  permission: null as ((c: unknown, p: string, cb: (ok: boolean) => void) => void) | null,
  printOptions: null as Record<string, unknown> | null,
  partitions: [] as string[],
}));

vi.mock('electron', () => {
  class BrowserWindow {
    readonly webContents = {
      setWindowOpenHandler: vi.fn(),
      on: vi.fn(),
      printToPDF: async (options: Record<string, unknown>) => {
        recorded.printOptions = options;
        return Buffer.from('%PDF-1.7 fake');
      },
    };
    constructor(options: Record<string, unknown>) {
      recorded.windowOptions.push(options);
    }
    async loadURL(url: string) {
      recorded.loaded.push(url);
      // The report file exists while the window loads it.
      expect(existsSync(fileURLToPath(url))).toBe(true);
    }
    destroy() {
      recorded.destroyed++;
    }
  }
  const session = {
    fromPartition: (name: string) => {
      recorded.partitions.push(name);
      return {
        webRequest: {
          onBeforeRequest: (filter: typeof recorded.requestFilter) => (recorded.requestFilter = filter),
        },
        setPermissionRequestHandler: (handler: typeof recorded.permission) => (recorded.permission = handler),
      };
    },
  };
  return { BrowserWindow, session };
});

const { electronPdfRenderer } = await import('../../electron/report-pdf');

beforeEach(() => {
  recorded.windowOptions.length = 0;
  recorded.loaded.length = 0;
  recorded.destroyed = 0;
});

describe('the desktop PDF renderer', () => {
  it('prints the report in a hidden window without JavaScript, in a session that loads only the report', async () => {
    const pdf = await electronPdfRenderer()('<html><body>Rapport</body></html>');
    expect(Buffer.from(pdf).toString()).toBe('%PDF-1.7 fake');
    const options = recorded.windowOptions[0]!;
    expect(options['show']).toBe(false);
    const prefs = options['webPreferences'] as Record<string, unknown>;
    expect(prefs).toMatchObject({
      javascript: false,
      sandbox: true,
      contextIsolation: true,
      nodeIntegration: false,
      disableBlinkFeatures: 'Auxclick',
    });
    expect(prefs['preload']).toBeUndefined();
    expect(recorded.partitions[0]).not.toMatch(/^persist:/);
    const report = recorded.loaded[0]!;
    const answers: boolean[] = [];
    for (const url of [report, 'https://example.org/x.png', 'file:///etc/passwd'])
      recorded.requestFilter!({ url }, (r) => answers.push(r.cancel));
    expect(answers).toEqual([false, true, true]);
    recorded.permission!(null, 'media', (ok) => expect(ok).toBe(false));
    expect(recorded.printOptions).toMatchObject({
      pageSize: 'A4',
      printBackground: true,
      displayHeaderFooter: true,
    });
    // The window and the temporary report file are gone afterwards.
    expect(recorded.destroyed).toBe(1);
    expect(existsSync(fileURLToPath(report))).toBe(false);
  });
});
