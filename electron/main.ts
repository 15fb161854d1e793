/**
 * The desktop shell's entry: lifecycle and wiring only. Guards, IPC, menus, dialogs
 * and file choices live in their own tested modules.
 */
import { existsSync, mkdirSync } from 'node:fs';
import { readFile, stat } from 'node:fs/promises';
import { join } from 'node:path';
import { app, dialog, ipcMain, Menu, session, shell, type BrowserWindow } from 'electron';
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
import { storageBackupRecovery } from './backup-recovery';
import { Dialogs, type DialogApi } from './dialogs';
import { claimSingleInstance, createExternalLinkOpener, focusWindow, isTrustedSender } from './guards';
import { hardenWebContents } from './harden';
import { registerOperationHandlers } from './ipc';
import { buildMenuTemplate } from './menu';
import { langFromLocale, shellMessage } from './messages';
import { emptyWorkspace } from './new-workspace';
import { createRecentList } from './recent';
import { createMainWindow, lockDownSession, registerAppScheme, serveRenderer } from './window';
import { createWorkspaceActions } from './workspace-actions';
import { openStartupWorkspace, workspaceArgument } from './workspace-location';
import { electronPdfRenderer } from './report-pdf';
import { createPreferencesFile } from '../src/prefs/preferences';

type MaybeWindow = BrowserWindow | null;

let mainWindow: MaybeWindow = null;
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
const openLink = createExternalLinkOpener({
  confirm: (url) => dialogs.confirmExternalLink(mainWindow, url),
  openExternal: (url) => shell.openExternal(url),
});

registerAppScheme();

if (claimSingleInstance(app, onSecondInstance)) {
  app.on('web-contents-created', (_event, contents) =>
    hardenWebContents(contents, (url) => void openLink(url)),
  );
  // macOS delivers double-clicked files as an event, also before the app is ready.
  app.on('open-file', (event, path) => {
    event.preventDefault();
    if (!app.isReady()) requestedAtLaunch = path;
    else void actions().openPath(path).then(showWindowIfClosed);
  });
  app.on('window-all-closed', () => {
    if (process.platform !== 'darwin') app.quit();
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
    notifyWorkspaceChanged: () => mainWindow?.webContents.send(WORKSPACE_CHANGED_CHANNEL),
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
    actions: {
      newWorkspace: () => void flows.newWorkspace(),
      open: () => void flows.open(),
      openRecent: (path) => void flows.openPath(path),
      clearRecent: () => {
        recentList().clear();
        rebuildMenu();
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
  if (mainWindow === null && workspaceSession.path !== null) showWindow();
}

function showWindow(): void {
  const window = createMainWindow(join(__dirname, 'preload.cjs'));
  window.on('closed', () => {
    mainWindow = null;
  });
  mainWindow = window;
}

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
  const opened = await openStartupWorkspace(
    {
      session: workspaceSession,
      userDataDir: app.getPath('userData'),
      exists: existsSync,
      loadDemo: loadDemoWorkspace,
      lastUsed: () => recent.list()[0] ?? null,
      remember: (path) => recent.add(path),
      describeError: (error) => describeError(error, lang),
      askRecovery: (path, reason, backup) => dialogs.askRecovery(null, path, reason, backup),
      recovery: storageBackupRecovery,
      showRestoreFailed: (reason) => dialogs.showError(null, 'restoreFailed', reason),
    },
    requestedAtLaunch,
  );
  if (opened === null) {
    app.quit();
    return;
  }
  rebuildMenu();
  showWindow();
}

function fail(error: unknown): void {
  dialog.showErrorBox(shellMessage(lang, 'noWorkspace'), describeError(error, lang));
  app.quit();
}
