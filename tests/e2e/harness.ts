import { spawn, type ChildProcess } from 'node:child_process';
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { createInterface } from 'node:readline';
import { fileURLToPath } from 'node:url';
import { chromium, type Browser, type Page } from 'playwright-core';
import { afterAll, beforeAll } from 'vitest';
import { loadDemoWorkspace } from '../../src/data';
import { createWorkspaceStore } from '../../src/storage';
import { makeTempDir } from '../helpers/temp-dir';

export const ROOT = fileURLToPath(new URL('../..', import.meta.url));
export const CHROMIUM_PATH = process.env['CHROMIUM_PATH'] ?? '/usr/bin/chromium';

export function chromiumAvailable(): boolean {
  return existsSync(CHROMIUM_PATH);
}

export interface WebHost {
  url: string;
  stderr: () => string;
  stop: () => Promise<void>;
}

/** Starts `npm run web`'s server on a free port for one workspace file and waits for its URL. */
export async function startWebHost(workspaceFile: string, env: NodeJS.ProcessEnv = {}): Promise<WebHost> {
  const tsx = join(ROOT, 'node_modules', 'tsx', 'dist', 'cli.mjs');
  const child: ChildProcess = spawn(
    process.execPath,
    [tsx, 'src/server/main.ts', '--workspace', workspaceFile],
    {
      cwd: ROOT,
      env: { ...process.env, PORT: '0', BROWSER: 'none', ...env },
      stdio: ['ignore', 'pipe', 'pipe'],
    },
  );
  let errText = '';
  child.stderr?.on('data', (chunk: Buffer) => (errText += chunk.toString()));
  const url = await new Promise<string>((resolve, reject) => {
    const timer = setTimeout(() => reject(new Error(`web host did not start: ${errText}`)), 60_000);
    const lines = createInterface({ input: child.stdout! });
    lines.on('line', (line) => {
      if (line.startsWith('http://127.0.0.1:')) {
        clearTimeout(timer);
        resolve(line.trim());
      }
    });
    child.on('exit', (code) => {
      clearTimeout(timer);
      reject(new Error(`web host exited with ${code}: ${errText}`));
    });
  });
  return {
    url,
    stderr: () => errText,
    stop: () =>
      new Promise<void>((resolve) => {
        if (child.exitCode !== null) return resolve();
        child.once('exit', () => resolve());
        child.kill('SIGTERM');
      }),
  };
}

export async function launchChromium(): Promise<Browser> {
  return chromium.launch({
    executablePath: CHROMIUM_PATH,
    args: ['--headless', '--no-sandbox', '--disable-gpu', '--disable-background-networking'],
  });
}

export interface DemoApp {
  host: WebHost;
  browser: Browser;
  page: Page;
  /** Uncaught page errors and console errors, for tests to assert there are none. */
  pageErrors: string[];
}

/**
 * For one test file: a browser host on a fresh copy of the demo workspace and one
 * Chromium page, opened before the tests and closed after them. `onOpen` receives
 * them (nothing is opened where Chromium is missing; those suites are skipped).
 */
export function useDemoApp(fileName: string, onOpen: (app: DemoApp) => void): void {
  let temp: ReturnType<typeof makeTempDir> | undefined;
  let app: DemoApp | undefined;
  beforeAll(async () => {
    if (!chromiumAvailable()) return;
    temp = makeTempDir();
    const file = join(temp.dir, fileName);
    createWorkspaceStore(file, loadDemoWorkspace()).close();
    // Preferences (the backup policy) go to the temp folder, never into the real home folder.
    const host = await startWebHost(file, { COOPFOLIO_DATA_DIR: join(temp.dir, 'user-data') });
    const browser = await launchChromium();
    const page = await browser.newPage({ viewport: { width: 1360, height: 900 } });
    const pageErrors: string[] = [];
    page.on('pageerror', (error) => pageErrors.push(error.message));
    page.on('console', (message) => {
      if (message.type() === 'error') pageErrors.push(message.text());
    });
    app = { host, browser, page, pageErrors };
    onOpen(app);
  });
  afterAll(async () => {
    await app?.browser.close();
    await app?.host.stop();
    temp?.cleanup();
  });
}
