/**
 * Runs the bundled main process (dist-electron/main.cjs as built) in Node against a
 * fake Electron, with the real contract, storage and demo data: the wiring test
 * that stands in for launching Electron, which this machine cannot.
 */
import { mkdirSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { constants, runInThisContext } from 'node:vm';
import { afterAll, afterEach, beforeAll, beforeEach, describe, expect, it, vi } from 'vitest';
import { OPERATION_NAMES } from '../../src/contract/operations';
import { loadDemoWorkspace } from '../../src/data';
import {
  createWorkspaceStore,
  openWorkspaceStore,
  storageErrorMessage,
  WorkspaceFileError,
  writeRotatingBackup,
} from '../../src/storage';
import { makeTempDir } from '../helpers/temp-dir';
import { teamPartition } from '../../electron/team-address';
import { createFakeElectron, type FakeElectron, type FakeOptions } from './fake-electron';

const root = join(import.meta.dirname, '..', '..');
const build = makeTempDir();
let mainCode = '';

interface BuildScript {
  buildElectron(options: { outDir: string; only: string[] }): Promise<unknown>;
}

beforeAll(async () => {
  const script = (await import(pathToFileURL(join(root, 'scripts/build-electron.mjs')).href)) as BuildScript;
  await script.buildElectron({ outDir: build.dir, only: ['main'] });
  mainCode = readFileSync(join(build.dir, 'main.cjs'), 'utf8');
});
afterAll(() => build.cleanup());

const projectRequire = createRequire(join(root, 'package.json'));
let running: FakeElectron[] = [];

/** Evaluates main.cjs afresh (new module state) with `electron` swapped for the fake. */
async function launch(options: Omit<FakeOptions, 'appPath'> & { appPath?: string }) {
  const fake = createFakeElectron({ appPath: root, ...options });
  running.push(fake);
  const wrapper = runInThisContext(
    `(function (require, module, exports, __dirname, __filename) {${mainCode}\n})`,
    {
      filename: join(build.dir, 'main.cjs'),
      // As in a real main process, `import()` inside the bundle goes to Node's loader.
      importModuleDynamically: constants.USE_MAIN_CONTEXT_DEFAULT_LOADER,
    },
  ) as (...args: unknown[]) => void;
  const module = { exports: {} };
  const require = (id: string): unknown => (id === 'electron' ? fake.electron : projectRequire(id));
  wrapper(require, module, module.exports, build.dir, join(build.dir, 'main.cjs'));
  await vi.waitFor(() => expect(fake.record.windows.length + fake.record.quit).toBeGreaterThan(0), {
    timeout: 10_000,
  });
  return fake;
}

/** What storage itself says about the file, so the test checks that message reaches the dialog. */
function expectedStorageMessage(path: string): string {
  try {
    openWorkspaceStore(path).close();
  } catch (error) {
    if (error instanceof WorkspaceFileError) return storageErrorMessage(error, 'nl');
  }
  throw new Error(`expected ${path} to be refused by storage`);
}

let temp: ReturnType<typeof makeTempDir>;
beforeEach(() => {
  temp = makeTempDir();
});
afterEach(() => {
  // will-quit closes the SQLite file before the folder is removed.
  for (const fake of running) fake.emitApp('will-quit');
  running = [];
  temp.cleanup();
});

interface MenuItem {
  label?: string;
  enabled?: boolean;
  submenu?: MenuItem[];
  click?: () => void;
}

function submenuOf(item: MenuItem | undefined): MenuItem[] {
  return item?.submenu ?? [];
}

function fileMenu(fake: FakeElectron): MenuItem[] {
  const menu = fake.record.menus.at(-1) as MenuItem[];
  return submenuOf(menu.find((item) => item.label === 'Bestand'));
}

function clickRecent(fake: FakeElectron, label: string): void {
  const recent = submenuOf(fileMenu(fake).find((item) => item.label === 'Recente workspaces'));
  const item = recent.find((entry) => entry.label === label);
  if (item?.click === undefined)
    throw new Error(`no recent item ${label}: ${recent.map((e) => e.label).join(', ')}`);
  item.click();
}

function writeRecent(entries: unknown[]): void {
  writeFileSync(join(temp.dir, 'recent-workspaces.json'), JSON.stringify({ version: 2, entries }));
}

/** The navigation guard main.ts attaches to web contents in `session`: true when a URL is blocked. */
function hardenedNavigation(fake: FakeElectron, session: unknown): (url: string) => boolean {
  const listeners = new Map<string, (event: { url: string; preventDefault(): void }) => void>();
  const contents = {
    session,
    on: (name: string, listener: (event: { url: string; preventDefault(): void }) => void) =>
      listeners.set(name, listener),
    setWindowOpenHandler: () => undefined,
  };
  fake.emitApp('web-contents-created', {}, contents);
  return (url) => {
    const preventDefault = vi.fn();
    listeners.get('will-redirect')?.({ url, preventDefault });
    return preventDefault.mock.calls.length > 0;
  };
}

describe('desktop main process (bundled, fake Electron)', () => {
  it('registers the app scheme before ready and opens a window with the secure preferences', async () => {
    const fake = await launch({ userData: temp.dir });
    expect(fake.record.privilegedSchemes).toEqual([
      { scheme: 'app', privileges: { standard: true, secure: true, supportFetchAPI: true } },
    ]);
    const window = fake.record.windows[0];
    expect(window?.loadedUrl).toBe('app://coopfolio/index.html');
    expect(window?.options.webPreferences).toMatchObject({
      contextIsolation: true,
      sandbox: true,
      nodeIntegration: false,
      webSecurity: true,
      preload: join(build.dir, 'preload.cjs'),
    });
  });

  it('copies the demo on first run and answers the contract over IPC for its own window only', async () => {
    const fake = await launch({ userData: temp.dir });
    expect(readFileSync(join(temp.dir, 'recent-workspaces.json'), 'utf8')).toContain('demo.coopfolio');
    expect([...fake.ipcHandlers.keys()].every((channel) => channel.startsWith('coopfolio:'))).toBe(true);
    expect([...fake.ipcHandlers.keys()].sort()).toEqual(OPERATION_NAMES.map((n) => `coopfolio:${n}`).sort());

    const info = fake.ipcHandlers.get('coopfolio:workspace.info');
    const ownFrame = fake.record.windows[0]?.webContents.mainFrame ?? null;
    const result = await info?.({ senderFrame: ownFrame }, {}, 'en');
    expect(result).toMatchObject({ ok: true, value: { fileName: 'demo.coopfolio' } });

    const foreign = { url: 'https://evil.example/', parent: null, processId: 7, routingId: 1 };
    await expect(info?.({ senderFrame: foreign }, {}, 'en')).resolves.toMatchObject({ ok: false });
    const invalid = await fake.ipcHandlers.get('coopfolio:cooperatives.delete')?.(
      { senderFrame: ownFrame },
      { id: 1 },
      'en',
    );
    expect(invalid).toMatchObject({ ok: false, error: { code: 'invalid-input' } });
  });

  it('blends a plan and runs a scenario with Monte Carlo workers from the bundle (solver and worker shipped beside it)', async () => {
    const fake = await launch({ userData: temp.dir });
    const frame = { senderFrame: fake.record.windows[0]?.webContents.mainFrame ?? null };
    const call = (name: string, input: unknown) =>
      fake.ipcHandlers.get(`coopfolio:${name}`)?.(frame, input, 'en');
    const analysis = (await call('plans.analysis', { planId: 'zon-op-oost' })) as {
      ok: boolean;
      value: { totalCost: number; funded: number; ownRevenue: number; gap: number };
    };
    expect(analysis).toMatchObject({ ok: true });
    const { funded, ownRevenue, gap, totalCost } = analysis.value;
    expect(funded + ownRevenue + gap).toBeCloseTo(totalCost, 2);
    // Enough draws to go to worker threads, which load worker.mjs beside main.cjs.
    const started = (await call('scenarios.start', { scenarioId: 'basis', draws: 20_000, seed: 7 })) as {
      ok: boolean;
      value: { jobId: string };
    };
    expect(started.ok).toBe(true);
    let job: { state: string; result: { monteCarlo: { workers: number } } | null } | undefined;
    await vi.waitFor(
      async () => {
        const polled = (await call('scenarios.job', { jobId: started.value.jobId })) as { value: typeof job };
        job = polled.value;
        expect(job?.state).not.toBe('running');
      },
      { timeout: 60_000, interval: 100 },
    );
    expect(job?.state).toBe('done');
    expect(job?.result?.monteCarlo.workers).toBeGreaterThan(0);
  }, 90_000);

  it('serves the renderer through the app protocol with the CSP, and nothing outside it', async () => {
    const appPath = join(temp.dir, 'app');
    mkdirSync(join(appPath, 'renderer', 'dist'), { recursive: true });
    writeFileSync(join(appPath, 'renderer', 'dist', 'index.html'), '<!doctype html><title>ok</title>');
    writeFileSync(join(appPath, 'package.json'), '{"secret": true}');
    const fake = await launch({ userData: join(temp.dir, 'data'), appPath });
    const handler = fake.protocolHandlers.get('app');
    const page = await handler?.({ url: 'app://coopfolio/index.html', method: 'GET' });
    expect(page?.status).toBe(200);
    expect(page?.headers.get('content-security-policy')).toContain("default-src 'none'");
    const escape = await handler?.({ url: 'app://coopfolio/..%2f..%2fpackage.json', method: 'GET' });
    expect(escape?.status).toBe(404);
  });

  it('denies permissions, blocks network requests and hardens every web contents', async () => {
    const fake = await launch({ userData: temp.dir });
    const callback = vi.fn();
    fake.record.permissionRequestHandler?.({}, 'media', callback, {});
    expect(callback).toHaveBeenCalledWith(false);
    expect(fake.record.permissionCheckHandler?.({}, 'geolocation', '', {})).toBe(false);
    expect(fake.record.blockedUrlPatterns).toContain('https://*/*');

    const contents = { on: vi.fn(), setWindowOpenHandler: vi.fn() };
    fake.emitApp('web-contents-created', {}, contents);
    expect(contents.setWindowOpenHandler).toHaveBeenCalledOnce();
    expect(contents.on.mock.calls.map((call) => call[0])).toContain('will-navigate');
  });

  it('builds the Dutch menu', async () => {
    const fake = await launch({ userData: temp.dir });
    const menu = fake.record.menus.at(-1) as { label?: string }[];
    expect(menu.map((item) => item.label)).toEqual(['Bestand', 'Bewerken', 'Beeld', 'Help']);
  });

  it('reopens the last used workspace on the next run without asking', async () => {
    const first = await launch({ userData: temp.dir });
    first.emitApp('will-quit');
    const second = await launch({ userData: temp.dir });
    expect(second.record.messageBoxes).toEqual([]);
    const info = await second.ipcHandlers.get('coopfolio:workspace.info')?.(
      { senderFrame: second.record.windows[0]?.webContents.mainFrame ?? null },
      {},
      'nl',
    );
    expect(info).toMatchObject({ ok: true, value: { fileName: 'demo.coopfolio' } });
  });

  it('offers the demo when the last file is broken, and leaves that file untouched', async () => {
    const broken = join(temp.dir, 'broken.coopfolio');
    writeFileSync(broken, 'this is not a database, but it is somebody’s file');
    writeFileSync(join(temp.dir, 'recent-workspaces.json'), JSON.stringify({ version: 1, files: [broken] }));
    const fake = await launch({ userData: temp.dir, messageBoxResponse: 0 });
    expect(fake.record.messageBoxes).toHaveLength(1);
    expect(fake.record.messageBoxes[0]?.detail).toContain(expectedStorageMessage(broken));
    expect(fake.record.windows).toHaveLength(1);
    expect(readFileSync(broken, 'utf8')).toBe('this is not a database, but it is somebody’s file');
  });

  it('offers the latest backup of a damaged last file and, when chosen, restores and opens it', async () => {
    const plan = join(temp.dir, 'plan.coopfolio');
    const store = createWorkspaceStore(plan, loadDemoWorkspace());
    await writeRotatingBackup(store);
    store.close();
    writeFileSync(plan, 'damaged by a bad sync');
    writeFileSync(join(temp.dir, 'recent-workspaces.json'), JSON.stringify({ version: 1, files: [plan] }));
    // The buttons are Open demo, Restore backup, Open team workspace, Quit: the second is the restore.
    const fake = await launch({ userData: temp.dir, messageBoxResponse: 1 });
    const box = fake.record.messageBoxes[0] as { buttons?: string[]; defaultId?: number; detail?: string };
    expect(box.buttons).toEqual([
      'Demo openen',
      'Reservekopie terugzetten',
      'Teamwerkruimte openen…',
      'Afsluiten',
    ]);
    expect(box.defaultId).toBe(0);
    expect(box.detail).toContain('plan-');
    expect(fake.record.windows).toHaveLength(1);
    const info = await fake.ipcHandlers.get('coopfolio:workspace.info')?.(
      { senderFrame: fake.record.windows[0]?.webContents.mainFrame ?? null },
      {},
      'nl',
    );
    expect(info).toMatchObject({ ok: true, value: { fileName: 'plan.coopfolio' } });
    const keptAside = readdirSync(temp.dir).filter((name) => name.startsWith('plan.refused-'));
    expect(keptAside).toHaveLength(1);
    expect(readFileSync(join(temp.dir, keptAside[0] ?? ''), 'utf8')).toBe('damaged by a bad sync');
  });

  it('backs up the opened workspace automatically and keeps the backup policy as a preference', async () => {
    const fake = await launch({ userData: temp.dir });
    const frame = { senderFrame: fake.record.windows[0]?.webContents.mainFrame ?? null };
    const call = (name: string, input: unknown) =>
      fake.ipcHandlers.get(`coopfolio:${name}`)?.(frame, input, 'en');
    await vi.waitFor(async () => {
      const listed = await call('backups.list', {});
      expect(listed).toMatchObject({
        ok: true,
        value: { configurable: true, backups: [{ kind: 'rotating' }] },
      });
    });
    const set = await call('backups.setPolicy', { policy: { keep: 3, automatic: false } });
    expect(set).toMatchObject({ ok: true, value: { keep: 3, automatic: false } });
    const stored = JSON.parse(readFileSync(join(temp.dir, 'preferences.json'), 'utf8')) as unknown;
    expect(stored).toMatchObject({ version: 1, backups: { keep: 3, automatic: false } });
  });

  it('has "Teamwerkruimte openen…" in the File menu', async () => {
    const fake = await launch({ userData: temp.dir });
    expect(fileMenu(fake).map((item) => item.label)).toContain('Teamwerkruimte openen…');
  });

  it('reopens the last team workspace in its own partition, without the bridge, fenced to its origin', async () => {
    const team = 'https://coopfolio.gemeente.nl';
    writeRecent([{ kind: 'team', origin: team }]);
    const fake = await launch({ userData: temp.dir });
    await vi.waitFor(() => expect(fake.record.windows[0]?.shown).toBe(true));
    const window = fake.record.windows[0];
    expect(window?.loadedUrl).toBe(`${team}/`);
    const preferences = window?.options.webPreferences ?? {};
    expect(preferences).toMatchObject({
      partition: teamPartition(team),
      contextIsolation: true,
      sandbox: true,
      nodeIntegration: false,
    });
    expect(preferences).not.toHaveProperty('preload');
    // The session lets requests go to that server only, and denies permissions.
    const state = fake.record.partitions.get(teamPartition(team));
    const cancelled = (url: string) => {
      let answer: boolean | undefined;
      state?.beforeRequest?.({ url }, (response) => (answer = response.cancel));
      return answer;
    };
    expect(cancelled(`${team}/api/plans.list`)).toBe(false);
    expect(cancelled('https://tracker.example/pixel.gif')).toBe(true);
    expect(cancelled('http://coopfolio.gemeente.nl/')).toBe(true);
    const granted = vi.fn();
    state?.permissionRequestHandler?.({}, 'notifications', granted, {});
    expect(granted).toHaveBeenCalledWith(false);
    // Web contents in that session may navigate within the server only.
    const guard = hardenedNavigation(fake, fake.sessionFor(teamPartition(team)));
    expect(guard(`${team}/#/plans`)).toBe(false);
    expect(guard('app://coopfolio/index.html')).toBe(true);
    expect(guard('https://evil.example/')).toBe(true);
    // Local windows stay on the app origin.
    expect(hardenedNavigation(fake, {})(`${team}/`)).toBe(true);
    // No local file is open meanwhile, and the file-only menu items are off.
    expect(fileMenu(fake).find((item) => item.label === 'Opslaan als…')?.enabled).toBe(false);
  });

  it('opens the last file instead, and says why, when the team server cannot be reached', async () => {
    const team = 'http://127.0.0.1:9';
    writeRecent([{ kind: 'team', origin: team }]);
    const fake = await launch({
      userData: temp.dir,
      load: async (url) => {
        if (url.startsWith(team))
          throw Object.assign(new Error('ERR_CONNECTION_REFUSED'), { code: 'ERR_CONNECTION_REFUSED' });
      },
    });
    await vi.waitFor(() => expect(fake.record.windows).toHaveLength(2));
    expect(fake.record.windows[0]?.destroyed).toBe(true);
    expect(fake.record.windows[1]?.loadedUrl).toBe('app://coopfolio/index.html');
    expect(fake.record.messageBoxes[0]?.message).toBe('De teamwerkruimte kon niet worden geopend.');
    expect(fake.record.messageBoxes[0]?.detail).toContain(`De teamserver op ${team} is niet bereikbaar`);
    expect(fake.record.quit).toBe(0);
    // The address stays on the list (the server may be back tomorrow), beside the demo now opened.
    const recent = JSON.parse(readFileSync(join(temp.dir, 'recent-workspaces.json'), 'utf8')) as {
      entries: { kind: string }[];
    };
    expect(recent.entries.map((entry) => entry.kind)).toEqual(['file', 'team']);
  });

  it('switches from a file to a team workspace and back from the recent list, one window at a time', async () => {
    const team = 'https://coopfolio.gemeente.nl';
    const fake = await launch({ userData: temp.dir });
    writeRecent([
      { kind: 'file', path: join(temp.dir, 'demo.coopfolio') },
      { kind: 'team', origin: team },
    ]);
    fake.emitApp('will-quit');
    const again = await launch({ userData: temp.dir });
    clickRecent(again, `Team: coopfolio.gemeente.nl — ${team}`);
    await vi.waitFor(() => expect(again.record.windows[1]?.shown).toBe(true));
    expect(again.record.windows[0]?.destroyed).toBe(true);
    const info = await again.ipcHandlers.get('coopfolio:workspace.info')?.(
      { senderFrame: again.record.windows[0]?.webContents.mainFrame ?? null },
      {},
      'nl',
    );
    // The local file is closed while the team workspace is shown.
    expect(info).toMatchObject({ ok: false });
    clickRecent(again, `demo.coopfolio — ${join(temp.dir, 'demo.coopfolio')}`);
    await vi.waitFor(() => expect(again.record.windows).toHaveLength(3));
    expect(again.record.windows[1]?.destroyed).toBe(true);
    expect(again.record.windows[2]?.loadedUrl).toBe('app://coopfolio/index.html');
    expect(fileMenu(again).find((item) => item.label === 'Opslaan als…')?.enabled).not.toBe(false);
  });

  it('removing a team address takes it off the list and clears its sign-in', async () => {
    const team = 'https://coopfolio.gemeente.nl';
    writeRecent([
      { kind: 'file', path: join(temp.dir, 'demo.coopfolio') },
      { kind: 'team', origin: team },
    ]);
    const fake = await launch({ userData: temp.dir });
    const recent = submenuOf(fileMenu(fake).find((item) => item.label === 'Recente workspaces'));
    const forget = submenuOf(recent.find((item) => item.label === 'Teamwerkruimte uit de lijst verwijderen'));
    forget[0]?.click?.();
    await vi.waitFor(() =>
      expect(fake.record.partitions.get(teamPartition(team))?.cleared).toEqual(['storage', 'cache']),
    );
    expect(readFileSync(join(temp.dir, 'recent-workspaces.json'), 'utf8')).not.toContain(team);
  });

  it('offers a team workspace when the last file fails at start, and opens the address typed', async () => {
    const broken = join(temp.dir, 'broken.coopfolio');
    writeFileSync(broken, 'garbage');
    writeRecent([{ kind: 'file', path: broken }]);
    const fake = await launch({ userData: temp.dir, messageBoxResponse: 1 });
    const box = fake.record.messageBoxes[0] as { buttons?: string[] };
    expect(box.buttons).toEqual(['Demo openen', 'Teamwerkruimte openen…', 'Afsluiten']);
    // The prompt window is up; type an address refused, then a good one, as its page would post them.
    const prompt = fake.record.partitions.get('coopfolio-team-prompt');
    await vi.waitFor(() => expect(prompt?.protocolHandler).not.toBeNull());
    const post = async (body: string) => {
      const answer = await prompt?.protocolHandler?.({
        url: 'app://coopfolio/team-address/submit',
        method: 'POST',
        text: async () => body,
      });
      return (await answer?.json()) as { ok: boolean; message?: string };
    };
    expect(await post('http://coopfolio.gemeente.nl')).toMatchObject({ ok: false });
    expect(await post('https://coopfolio.gemeente.nl')).toEqual({ ok: true });
    await vi.waitFor(() => expect(fake.record.windows.at(-1)?.shown).toBe(true));
    expect(fake.record.windows.at(-1)?.loadedUrl).toBe('https://coopfolio.gemeente.nl/');
    expect(fake.record.windows[0]?.destroyed).toBe(true);
    expect(fake.record.windows.some((window) => window.loadedUrl === 'app://coopfolio/index.html')).toBe(
      false,
    );
    expect(readFileSync(broken, 'utf8')).toBe('garbage');
  });

  it('clearing the list also clears the sign-in of every team address on it', async () => {
    const teams = ['https://a.gemeente.nl', 'https://b.gemeente.nl'];
    writeRecent(teams.map((origin) => ({ kind: 'team', origin })));
    const fake = await launch({
      userData: temp.dir,
      load: async (url) => {
        if (url.startsWith('https://'))
          throw Object.assign(new Error('down'), { code: 'ERR_CONNECTION_REFUSED' });
      },
    });
    await vi.waitFor(() => expect(fake.record.windows.at(-1)?.loadedUrl).toBe('app://coopfolio/index.html'));
    const recent = submenuOf(fileMenu(fake).find((item) => item.label === 'Recente workspaces'));
    recent.find((item) => item.label === 'Lijst wissen')?.click?.();
    await vi.waitFor(() => {
      for (const origin of teams) {
        expect(fake.record.partitions.get(teamPartition(origin))?.cleared).toEqual(['storage', 'cache']);
      }
    });
    expect(readFileSync(join(temp.dir, 'recent-workspaces.json'), 'utf8')).not.toContain('gemeente.nl');
  });

  it('quits without a window when the user chooses Quit after a failed start', async () => {
    const broken = join(temp.dir, 'broken.coopfolio');
    writeFileSync(broken, 'garbage');
    writeFileSync(join(temp.dir, 'recent-workspaces.json'), JSON.stringify({ version: 1, files: [broken] }));
    // Open demo, Open team workspace, Quit.
    const fake = await launch({ userData: temp.dir, messageBoxResponse: 2 });
    expect(fake.record.quit).toBe(1);
    expect(fake.record.windows).toHaveLength(0);
  });
});
