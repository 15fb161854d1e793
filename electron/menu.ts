/** The native menu as a pure template, so its structure is tested without Electron. */
import { basename } from 'node:path';
import type { MenuItemConstructorOptions } from 'electron';
import type { Lang } from '../src/model/messages';
import { shellMessage } from './messages';

export interface MenuActions {
  newWorkspace(): void;
  open(): void;
  openRecent(path: string): void;
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
  recent: readonly string[];
  actions: MenuActions;
}

function recentSubmenu(options: MenuOptions): MenuItemConstructorOptions[] {
  const t = (key: Parameters<typeof shellMessage>[1]) => shellMessage(options.lang, key);
  if (options.recent.length === 0) return [{ label: t('recentEmpty'), enabled: false }];
  return [
    ...options.recent.map((path): MenuItemConstructorOptions => ({
      // The full path is the label's tail: two files may share a name.
      label: `${basename(path)} — ${path}`,
      click: () => options.actions.openRecent(path),
    })),
    { type: 'separator' },
    { label: t('clearRecent'), click: () => options.actions.clearRecent() },
  ];
}

export function buildMenuTemplate(options: MenuOptions): MenuItemConstructorOptions[] {
  const { actions, isMac } = options;
  const t = (key: Parameters<typeof shellMessage>[1]) => shellMessage(options.lang, key);
  const file: MenuItemConstructorOptions = {
    label: t('file'),
    submenu: [
      { label: t('newWorkspace'), accelerator: 'CmdOrCtrl+N', click: () => actions.newWorkspace() },
      { label: t('open'), accelerator: 'CmdOrCtrl+O', click: () => actions.open() },
      { label: t('recent'), submenu: recentSubmenu(options) },
      { label: t('saveAs'), accelerator: 'CmdOrCtrl+Shift+S', click: () => actions.saveAs() },
      { type: 'separator' },
      { label: t('exportJson'), click: () => actions.exportJson() },
      { label: t('importJson'), click: () => actions.importJson() },
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
