/**
 * The desktop shell's entry: lifecycle and wiring only. Guards, IPC, menus, dialogs
 * and file choices live in their own tested modules.
 */
import { existsSync, mkdirSync } from 'node:fs';
import { readFile, stat } from 'node:fs/promises';
import { join } from 'node:path';
import { app, dialog, ipcMain, Menu, session, shell, type BrowserWindow, type Session } from 'electron';
import { createSession, invoke } from '../src/api';
import { WORKSPACE_CHANGED_CHANNEL } from '../src/contract/bridge';
import { loadDemoWorkspace } from '../src/data';
import type { Lang } from '../src/model/messages';
import { storageErrorMessage, WorkspaceFileError } from '../src/storage';
import {
  assessWorkspaceLocation,
  locationRiskMessage,
  nodeLocationProbe,
} from '../src/storage/location-risk';
import { writeFileAtomic } from '../src/fs/atomic-write';
import { isAppUrl } from './app-origin';
import { storageBackupRecovery } from './backup-recovery';
import { Dialogs, type DialogApi } from './dialogs';
import { claimSingleInstance, createExternalLinkOpener, focusWindow, isTrustedSender } from './guards';
import { hardenWebContents } from './harden';
import { registerOperationHandlers } from './ipc';
import { buildMenuTemplate } from './menu';
import { langFromLocale, shellMessage } from './messages';
import { emptyWorkspace } from './new-workspace';
import { createRecentList } from './recent';
import { createExternalSignInNotice, createTeamActions } from './team-actions';
import { teamPartition } from './team-address';
import { isFencedUrl, type TeamFence } from './team-fence';
import {
  askTeamAddress,
  askTeamProvider,
  createMainWindow,
  createTeamWindow,
  lockDownSession,
  registerAppScheme,
  serveRenderer,
  teamSession,
} from './window';
import { createWorkspaceActions } from './workspace-actions';
import { openStartupWorkspace, TEAM_WORKSPACE, workspaceArgument } from './workspace-location';
import { electronPdfRenderer } from './report-pdf';
import { createPreferencesFile } from '../src/prefs/preferences';

type MaybeWindow = BrowserWindow | null;

let mainWindow: MaybeWindow = null;
/** The team server the main window shows (kept while a macOS window is closed), or null for a local file. */
let shownTeam: string | null = null;
/** Each team server's session and its fence (server and provider origins): the navigation guard of every web contents in it. */
const teamFences = new WeakMap<Session, TeamFence>();
/** Until the first window shows, a discarded window (a team server that failed at start) must not quit the app. */
let started = false;
let lang: Lang = 'nl';
let requestedAtLaunch: string | null = workspaceArgument(process.argv.slice(1), process.cwd());

function describeError(error: unknown, errorLang: Lang): string {
  if (error instanceof WorkspaceFileError) return storageErrorMessage(error, errorLang);
  const detail = error instanceof Error ? error.message : String(error);
  return shellMessage(errorLang, 'unexpected', { detail });
}

// Electron's dialogs take a parent window or none; the flows pass whichever exists.
const dialogApi: DialogApi<MaybeWindow> = {
  showOpenDialog: (w, options) => (w ? dialog.showOpenDialog(w, options) : dialog.showOpenDialog(options)),
  showSaveDialog: (w, options) => (w ? dialog.showSaveDialog(w, options) : dialog.showSaveDialog(options)),
  showMessageBox: (w, options) => (w ? dialog.showMessageBox(w, options) : dialog.showMessageBox(options)),
};
const dialogs = new Dialogs(dialogApi, () => lang);
// Report PDFs render in a hidden window with JavaScript off and the network blocked (report-pdf.ts).
// Preferences live beside the recent list; the path is only known once Electron runs.
const preferences = () => createPreferencesFile(app.getPath('userData'));
const workspaceSession = createSession({
  pdfRenderer: () => electronPdfRenderer(),
  // Only folders of finished exports reach this (reports.openFolder looks them up by job).
  openFolder: (path) => shell.openPath(path),
  // Automatic backups; a failure shows in the Backups panel (backups.list) and the log.
  backups: {
    policy: () => preferences().read().backups,
    setPolicy: (policy) => preferences().setBackupPolicy(policy).backups,
    onError: (error) => console.warn(`Automatic backup failed: ${describeError(error, 'en')}`),
  },
});
// The one call of shell.openExternal: only ever reached after the user confirmed (guards.ts, team-actions.ts).
const openExternal = (url: string) => shell.openExternal(url);
const openLink = createExternalLinkOpener({
  confirm: (url) => dialogs.confirmExternalLink(mainWindow, url),
  openExternal,
});
const explainExternalSignIn = createExternalSignInNotice({
  confirm: (message, detail) => dialogs.confirm(mainWindow, message, detail, 'openLink'),
  openExternal,
  lang: () => lang,
});

registerAppScheme();

if (claimSingleInstance(app, onSecondInstance)) {
  app.on('web-contents-created', (_event, contents) =>
    // Looked up at each navigation: a team window may only show its own server's pages.
    hardenWebContents(
      contents,
      (url) => void openLink(url),
      (url) => {
        const fence = teamFences.get(contents.session);
        return fence === undefined ? isAppUrl(url) : isFencedUrl(url, fence);
      },
      (url) => {
        const fence = teamFences.get(contents.session);
        if (fence !== undefined) void explainExternalSignIn(fence.server, url);
      },
    ),
  );
  // No 'certificate-error' handler and no certificate verify proc: Chromium refuses a
  // bad certificate and the load fails (team-actions.ts says so, naming the address).
  // The electronegativity gate flags either if one is ever added.
  // macOS delivers double-clicked files as an event, also before the app is ready.
  app.on('open-file', (event, path) => {
    event.preventDefault();
    if (!app.isReady()) requestedAtLaunch = path;
    else void actions().openPath(path).then(showWindowIfClosed);
  });
  app.on('window-all-closed', () => {
    if (process.platform !== 'darwin' && started) app.quit();
  });
  app.on('activate', showWindowIfClosed);
  app.on('will-quit', () => workspaceSession.close());
  app.whenReady().then(start).catch(fail);
}

function onSecondInstance(argv: readonly string[], workingDirectory: string): void {
  focusWindow(mainWindow);
  const file = workspaceArgument(argv.slice(1), workingDirectory);
  if (file !== null) void actions().openPath(file);
}

function recentList() {
  return createRecentList(app.getPath('userData'));
}

function actions() {
  return createWorkspaceActions<MaybeWindow>({
    dialogs,
    window: () => mainWindow,
    session: workspaceSession,
    invoke,
    recent: recentList(),
    files: {
      exists: existsSync,
      size: async (path) => (await stat(path)).size,
      readText: (path) => readFile(path, 'utf8'),
      writeText: async (path, text) => writeFileAtomic(path, text),
    },
    lang: () => lang,
    describeError,
    emptyWorkspace,
    recovery: storageBackupRecovery,
    locationWarning: (path, warningLang) => {
      const risk = assessWorkspaceLocation(path, nodeLocationProbe);
      return risk === null ? null : locationRiskMessage(risk, warningLang, path);
    },
    // From a team workspace, a file that opened brings the local window back in its place.
    notifyWorkspaceChanged: () => {
      if (shownTeam !== null) showWindow();
      else mainWindow?.webContents.send(WORKSPACE_CHANGED_CHANNEL);
    },
    onRecentChanged: rebuildMenu,
  });
}

function rebuildMenu(): void {
  const flows = actions();
  const template = buildMenuTemplate({
    lang,
    isDevelopment: !app.isPackaged,
    isMac: process.platform === 'darwin',
    recent: recentList().list(),
    teamShown: shownTeam !== null,
    actions: {
      newWorkspace: () => void flows.newWorkspace(),
      open: () => void flows.open(),
      openRecent: (path) => void flows.openPath(path),
      openTeam: () => void teamFlows.askAndOpen(),
      openRecentTeam: (origin) => void teamFlows.openTeam(origin),
      forgetTeam: (origin) => void teamFlows.forget(origin),
      clearRecent: () => {
        // Forgetting the addresses forgets their sign-ins on this computer too.
        const teams = recentList()
          .list()
          .flatMap((entry) => (entry.kind === 'team' ? [entry.origin] : []));
        recentList().clear();
        rebuildMenu();
        for (const origin of teams) void forgetSignIn(origin);
      },
      saveAs: () => void flows.saveAs(),
      exportJson: () => void flows.exportJson(),
      importJson: () => void flows.importJson(),
      about: () =>
        void dialogs.showInfo(
          mainWindow,
          'Coopfolio',
          shellMessage(lang, 'aboutDetail', { version: app.getVersion() }),
        ),
    },
  });
  Menu.setApplicationMenu(Menu.buildFromTemplate(template));
}

/** macOS keeps running without windows; a dock click or a double-clicked file brings one back. */
function showWindowIfClosed(): void {
  if (mainWindow !== null) return;
  if (shownTeam !== null) void teamFlows.openTeam(shownTeam);
  else if (workspaceSession.path !== null) showWindow();
}

/** Makes `window` the main window (a local file's when `origin` is null) and closes the one it replaces. */
function putInPlace(window: BrowserWindow, origin: string | null): void {
  const previous = mainWindow;
  window.on('closed', () => {
    if (mainWindow === window) mainWindow = null;
  });
  mainWindow = window;
  shownTeam = origin;
  started = true;
  if (previous !== null && !previous.isDestroyed()) previous.close();
  rebuildMenu();
}

function showWindow(): void {
  putInPlace(createMainWindow(join(__dirname, 'preload.cjs')), null);
}

/** Deletes a team server's cookies and cached pages on this computer (its session partition). */
async function forgetSignIn(origin: string): Promise<void> {
  const forgotten = session.fromPartition(teamPartition(origin));
  await forgotten.clearStorageData();
  await forgotten.clearCache();
}

/** One instance: it remembers a load in progress, so a double click does not open a server twice. */
const teamFlows = createTeamActions<BrowserWindow>({
  askAddress: (attempt) => askTeamAddress(mainWindow, lang, attempt),
  askProvider: askTeamProvider,
  openWindow: (fence) => {
    teamFences.set(teamSession(fence), fence);
    return createTeamWindow(fence.server);
  },
  showInPlace: (window, origin) => {
    // One workspace at a time: the local file is closed (its runs cancelled) while a team one is shown.
    workspaceSession.close();
    putInPlace(window, origin);
    window.show();
  },
  discard: (window) => {
    if (!window.isDestroyed()) window.destroy();
  },
  shownOrigin: () => (mainWindow === null ? null : shownTeam),
  focus: () => void focusWindow(mainWindow),
  forgetSignIn,
  showError: (detail) => dialogs.showError(mainWindow, 'teamOpenFailed', detail),
  recent: {
    addTeam: (origin) => recentList().addTeam(origin),
    removeTeam: (origin) => recentList().removeTeam(origin),
  },
  onRecentChanged: rebuildMenu,
  lang: () => lang,
});

async function start(): Promise<void> {
  lang = langFromLocale(app.getLocale());
  lockDownSession(session.defaultSession);
  serveRenderer(join(app.getAppPath(), 'renderer', 'dist'));
  registerOperationHandlers({
    ipcMain,
    services: workspaceSession,
    invoke,
    isTrustedSender: (event) => isTrustedSender(event.senderFrame, mainWindow?.webContents.mainFrame ?? null),
    onLang: (callLang) => {
      // The menu follows the language the UI speaks.
      if (callLang === lang) return;
      lang = callLang;
      rebuildMenu();
    },
    onRefused: (channel, url) => console.warn(`Refused IPC on ${channel} from ${url ?? 'an unknown frame'}`),
  });
  // The demo is copied here on first run; Electron usually made it already.
  mkdirSync(app.getPath('userData'), { recursive: true });
  const recent = recentList();
  // The last workspace was a team one: reopen it; when its server cannot be reached, the last file.
  const last = recent.list()[0];
  if (requestedAtLaunch === null && last?.kind === 'team') {
    rebuildMenu();
    if ((await teamFlows.openTeam(last.origin)) === 'done') return;
  }
  const opened = await openStartupWorkspace(
    {
      session: workspaceSession,
      userDataDir: app.getPath('userData'),
      exists: existsSync,
      loadDemo: loadDemoWorkspace,
      lastUsed: () => recent.files()[0] ?? null,
      remember: (path) => recent.add(path),
      describeError: (error) => describeError(error, lang),
      askRecovery: (path, reason, backup) => dialogs.askRecovery(null, path, reason, backup, true),
      openTeam: async () => (await teamFlows.askAndOpen()) === 'done',
      recovery: storageBackupRecovery,
      showRestoreFailed: (reason) => dialogs.showError(null, 'restoreFailed', reason),
    },
    requestedAtLaunch,
  );
  if (opened === null) {
    app.quit();
    return;
  }
  if (opened !== TEAM_WORKSPACE) showWindow();
}

function fail(error: unknown): void {
  dialog.showErrorBox(shellMessage(lang, 'noWorkspace'), describeError(error, lang));
  app.quit();
}
