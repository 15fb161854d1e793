/** The native menu as a pure template, so its structure is tested without Electron. */
import { basename } from 'node:path';
import type { MenuItemConstructorOptions } from 'electron';
import type { Lang } from '../src/model/messages';
import { shellMessage } from './messages';
import type { RecentEntry } from './recent';
import { teamHostLabel } from './team-address';

export interface MenuActions {
  newWorkspace(): void;
  open(): void;
  openRecent(path: string): void;
  openTeam(): void;
  openRecentTeam(origin: string): void;
  /** Takes the address off the list and forgets its sign-in on this computer. */
  forgetTeam(origin: string): void;
  clearRecent(): void;
  saveAs(): void;
  exportJson(): void;
  importJson(): void;
  about(): void;
}

export interface MenuOptions {
  lang: Lang;
  /** Reload and developer tools are for development builds only. */
  isDevelopment: boolean;
  isMac: boolean;
  recent: readonly RecentEntry[];
  /** A team workspace is shown: the menu items that act on a local file are off. */
  teamShown: boolean;
  actions: MenuActions;
}

type Translate = (key: Parameters<typeof shellMessage>[1], params?: Record<string, string>) => string;

function recentItem(entry: RecentEntry, options: MenuOptions, t: Translate): MenuItemConstructorOptions {
  if (entry.kind === 'team') {
    return {
      // Marked as a team workspace so it is never mistaken for a file of the same name.
      label: t('recentTeam', { host: teamHostLabel(entry.origin), address: entry.origin }),
      click: () => options.actions.openRecentTeam(entry.origin),
    };
  }
  // The full path is the label's tail: two files may share a name.
  return {
    label: `${basename(entry.path)} — ${entry.path}`,
    click: () => options.actions.openRecent(entry.path),
  };
}

function forgetTeamItems(options: MenuOptions, t: Translate): MenuItemConstructorOptions[] {
  const teams = options.recent.flatMap((entry) => (entry.kind === 'team' ? [entry.origin] : []));
  if (teams.length === 0) return [];
  const submenu = teams.map((origin): MenuItemConstructorOptions => ({
    label: t('forgetTeamItem', { address: origin }),
    click: () => options.actions.forgetTeam(origin),
  }));
  return [{ label: t('forgetTeam'), submenu }];
}

function recentSubmenu(options: MenuOptions): MenuItemConstructorOptions[] {
  const t: Translate = (key, params) => shellMessage(options.lang, key, params);
  if (options.recent.length === 0) return [{ label: t('recentEmpty'), enabled: false }];
  return [
    ...options.recent.map((entry) => recentItem(entry, options, t)),
    { type: 'separator' },
    ...forgetTeamItems(options, t),
    { label: t('clearRecent'), click: () => options.actions.clearRecent() },
  ];
}

export function buildMenuTemplate(options: MenuOptions): MenuItemConstructorOptions[] {
  const { actions, isMac } = options;
  const t = (key: Parameters<typeof shellMessage>[1]) => shellMessage(options.lang, key);
  // Save as, export and import act on the open local file; a team workspace has none here.
  const onLocalFile = !options.teamShown;
  const file: MenuItemConstructorOptions = {
    label: t('file'),
    submenu: [
      { label: t('newWorkspace'), accelerator: 'CmdOrCtrl+N', click: () => actions.newWorkspace() },
      { label: t('open'), accelerator: 'CmdOrCtrl+O', click: () => actions.open() },
      { label: t('openTeam'), click: () => actions.openTeam() },
      { label: t('recent'), submenu: recentSubmenu(options) },
      {
        label: t('saveAs'),
        accelerator: 'CmdOrCtrl+Shift+S',
        enabled: onLocalFile,
        click: () => actions.saveAs(),
      },
      { type: 'separator' },
      { label: t('exportJson'), enabled: onLocalFile, click: () => actions.exportJson() },
      { label: t('importJson'), enabled: onLocalFile, click: () => actions.importJson() },
      // macOS keeps Quit in the application menu.
      ...(isMac ? [] : [{ type: 'separator' } as const, { label: t('quit'), role: 'quit' } as const]),
    ],
  };
  const edit: MenuItemConstructorOptions = {
    label: t('edit'),
    submenu: [
      { role: 'undo' },
      { role: 'redo' },
      { type: 'separator' },
      { role: 'cut' },
      { role: 'copy' },
      { role: 'paste' },
      { role: 'selectAll' },
    ],
  };
  const view: MenuItemConstructorOptions = {
    label: t('view'),
    submenu: [
      ...(options.isDevelopment
        ? [{ role: 'reload' } as const, { role: 'toggleDevTools' } as const, { type: 'separator' } as const]
        : []),
      { role: 'resetZoom' },
      { role: 'zoomIn' },
      { role: 'zoomOut' },
      { type: 'separator' },
      { role: 'togglefullscreen' },
    ],
  };
  const help: MenuItemConstructorOptions = {
    label: t('help'),
    role: 'help',
    submenu: [{ label: t('about'), click: () => actions.about() }],
  };
  const appMenu: MenuItemConstructorOptions[] = isMac ? [{ role: 'appMenu' }] : [];
  return [...appMenu, file, edit, view, help];
}
