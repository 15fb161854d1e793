/**
 * Native dialogs over a small interface (Electron's `dialog` fits it), so flows can
 * be tested with a scripted fake. Every question defaults to the safe answer.
 */
import { extname } from 'node:path';
import type {
  FileFilter,
  MessageBoxOptions,
  MessageBoxReturnValue,
  OpenDialogOptions,
  OpenDialogReturnValue,
  SaveDialogOptions,
  SaveDialogReturnValue,
} from 'electron';
import { localeOf, type Lang } from '../src/i18n/lang';
import type { BackupOffer } from './backup-recovery';
import { shellMessage, type ShellMessageKey } from './messages';
import type { RecoveryChoice } from './workspace-location';

/** The backup's name and its time in the user's language ("28-11-2026 09:15"). */
function offerParams(backup: BackupOffer, lang: Lang): { backup: string; time: string } {
  const time = backup.savedAt.toLocaleString(localeOf(lang), {
    dateStyle: 'short',
    timeStyle: 'short',
  });
  return { backup: backup.fileName, time };
}

export interface DialogApi<W> {
  showOpenDialog(window: W, options: OpenDialogOptions): Promise<OpenDialogReturnValue>;
  showSaveDialog(window: W, options: SaveDialogOptions): Promise<SaveDialogReturnValue>;
  showMessageBox(window: W, options: MessageBoxOptions): Promise<MessageBoxReturnValue>;
}

export type FileKind = 'workspace' | 'json';

const EXTENSIONS: Record<FileKind, string> = { workspace: 'coopfolio', json: 'json' };

export function fileFilters(kind: FileKind, lang: Lang): FileFilter[] {
  const name = shellMessage(lang, kind === 'workspace' ? 'workspaceFilter' : 'jsonFilter');
  return [{ name, extensions: [EXTENSIONS[kind]] }];
}

/** Some Linux save dialogs return the typed name as is; the extension is added here. */
export function withExtension(path: string, kind: FileKind): { path: string; appended: boolean } {
  const extension = `.${EXTENSIONS[kind]}`;
  if (extname(path).toLowerCase() === extension) return { path, appended: false };
  return { path: `${path}${extension}`, appended: true };
}

export class Dialogs<W> {
  constructor(
    private readonly dialog: DialogApi<W>,
    private readonly lang: () => Lang,
  ) {}

  async askOpenPath(window: W, kind: FileKind, title: ShellMessageKey): Promise<string | null> {
    const lang = this.lang();
    const result = await this.dialog.showOpenDialog(window, {
      title: shellMessage(lang, title),
      filters: fileFilters(kind, lang),
      properties: ['openFile'],
    });
    return result.canceled ? null : (result.filePaths[0] ?? null);
  }

  async askSavePath(
    window: W,
    kind: FileKind,
    title: ShellMessageKey,
    defaultPath: string,
  ): Promise<{ path: string; appended: boolean } | null> {
    const lang = this.lang();
    const result = await this.dialog.showSaveDialog(window, {
      title: shellMessage(lang, title),
      defaultPath,
      filters: fileFilters(kind, lang),
      properties: ['showOverwriteConfirmation', 'createDirectory'],
    });
    if (result.canceled || result.filePath === undefined || result.filePath === '') return null;
    return withExtension(result.filePath, kind);
  }

  async showError(window: W, title: ShellMessageKey, detail: string): Promise<void> {
    await this.dialog.showMessageBox(window, {
      type: 'error',
      message: shellMessage(this.lang(), title),
      detail,
      buttons: ['OK'],
    });
  }

  async showInfo(window: W, message: string, detail = ''): Promise<void> {
    await this.dialog.showMessageBox(window, { type: 'info', message, detail, buttons: ['OK'] });
  }

  /** Cancel is the first button, the default, and what Escape picks. */
  async confirm(window: W, message: string, detail: string, action: ShellMessageKey): Promise<boolean> {
    const lang = this.lang();
    const result = await this.dialog.showMessageBox(window, {
      type: 'warning',
      message,
      detail,
      buttons: [shellMessage(lang, 'cancel'), shellMessage(lang, action)],
      defaultId: 0,
      cancelId: 0,
      noLink: true,
    });
    return result.response === 1;
  }

  /** Shows the exact address before `shell.openExternal`, so a disguised link is visible. */
  confirmExternalLink(window: W, url: string): Promise<boolean> {
    return this.confirm(window, shellMessage(this.lang(), 'externalLinkQuestion'), url, 'openLink');
  }

  /**
   * After a failed start: open the demo (default, also on Escape), restore the latest
   * backup when there is one for a damaged file, open a team workspace when offered,
   * or quit. Never deletes.
   */
  async askRecovery(
    window: W,
    path: string,
    reason: string,
    backup: BackupOffer | null = null,
    offerTeam = false,
  ): Promise<RecoveryChoice> {
    const lang = this.lang();
    const choices: RecoveryChoice[] = [
      'demo',
      ...(backup === null ? [] : (['restore'] as const)),
      ...(offerTeam ? (['team'] as const) : []),
      'quit',
    ];
    const label = { demo: 'openDemo', restore: 'restoreButton', team: 'openTeam', quit: 'quit' } as const;
    const detail =
      backup === null
        ? shellMessage(lang, 'startupFailedDetail', { file: path, reason })
        : shellMessage(lang, 'startupRestoreDetail', { file: path, reason, ...offerParams(backup, lang) });
    const result = await this.dialog.showMessageBox(window, {
      type: 'error',
      message: shellMessage(lang, 'startupFailed'),
      detail,
      buttons: choices.map((choice) => shellMessage(lang, label[choice])),
      defaultId: 0,
      cancelId: 0,
      noLink: true,
    });
    return choices[result.response] ?? 'demo';
  }

  /** A damaged file with a usable backup: Cancel (default, also on Escape) or restore it. */
  askRestore(window: W, path: string, reason: string, backup: BackupOffer): Promise<boolean> {
    const lang = this.lang();
    const detail = shellMessage(lang, 'restoreDetail', { file: path, reason, ...offerParams(backup, lang) });
    return this.confirm(window, shellMessage(lang, 'restoreQuestion'), detail, 'restoreButton');
  }
}
