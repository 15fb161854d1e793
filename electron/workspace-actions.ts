/**
 * File menu flows: new, open, open recent, save as, export and import JSON. Each
 * reports errors in a dialog (storage errors through `storageErrorMessage`), tells
 * the renderer when another workspace is open, and never overwrites or deletes a
 * workspace the user did not explicitly pick in a save dialog.
 */
import { basename, dirname, join, resolve } from 'node:path';
import type { Services } from '../src/api/context';
import type { Workspace } from '../src/model/workspace';
import type { Lang } from '../src/model/messages';
import { MAX_WORKSPACE_BYTES } from '../src/model/parse';
import type { BackupRecovery } from './backup-recovery';
import type { Dialogs } from './dialogs';
import type { InvokeFn } from './ipc';
import { shellMessage } from './messages';
import type { RecentList } from './recent';

export interface ActionSession extends Services {
  readonly path: string | null;
  open(path: string): void;
  create(path: string, workspace: Workspace): void;
  saveAs(path: string): Promise<void>;
}

export interface ActionFiles {
  exists(path: string): boolean;
  size(path: string): Promise<number>;
  readText(path: string): Promise<string>;
  writeText(path: string, text: string): Promise<void>;
}

export interface ActionDeps<W> {
  dialogs: Dialogs<W>;
  window(): W;
  session: ActionSession;
  invoke: InvokeFn;
  recent: Pick<RecentList, 'add' | 'remove'>;
  files: ActionFiles;
  lang(): Lang;
  describeError(error: unknown, lang: Lang): string;
  emptyWorkspace(lang: Lang): Workspace;
  /** Backups of a damaged file, offered when it fails to open. */
  recovery: BackupRecovery;
  /** Why `path` is a risky place for a workspace (network drive, sync folder), or null. */
  locationWarning(path: string, lang: Lang): string | null;
  /** Tells the renderer to reload everything (`WORKSPACE_CHANGED_CHANNEL`). */
  notifyWorkspaceChanged(): void;
  /** The recent list changed: rebuild the menu. */
  onRecentChanged(): void;
}

export type ActionOutcome = 'done' | 'cancelled' | 'failed';

/** Import errors can list hundreds of issues; a dialog shows the first ones. */
export function firstLines(text: string, max = 25): string {
  const lines = text.split('\n');
  return lines.length <= max ? text : [...lines.slice(0, max), `… (+${lines.length - max})`].join('\n');
}

function isExportValue(value: unknown): value is { text: string; fileName: string } {
  if (value === null || typeof value !== 'object') return false;
  const record = value as Record<string, unknown>;
  return typeof record['text'] === 'string' && typeof record['fileName'] === 'string';
}

function samePath(a: string | null, b: string): boolean {
  return a !== null && resolve(a) === resolve(b);
}

export function createWorkspaceActions<W>(deps: ActionDeps<W>) {
  const { dialogs, session } = deps;
  const defaultDir = (): string => (session.path === null ? '' : dirname(session.path));

  const switchedTo = (path: string): void => {
    deps.recent.add(path);
    deps.onRecentChanged();
    deps.notifyWorkspaceChanged();
  };

  /** The user chose to put the latest backup in place of a damaged file; then it opens. */
  const restoreAndOpen = async (path: string): Promise<ActionOutcome> => {
    try {
      deps.recovery.restore(path);
      session.open(path);
    } catch (error) {
      await dialogs.showError(deps.window(), 'restoreFailed', deps.describeError(error, deps.lang()));
      return 'failed';
    }
    switchedTo(path);
    return 'done';
  };

  /** On a network drive or in a sync folder the user decides, Cancel being the default. */
  const acceptLocation = async (path: string): Promise<boolean> => {
    const lang = deps.lang();
    const warning = deps.locationWarning(path, lang);
    if (warning === null) return true;
    return dialogs.confirm(deps.window(), shellMessage(lang, 'locationQuestion'), warning, 'continueAnyway');
  };

  const openPath = async (path: string): Promise<ActionOutcome> => {
    if (samePath(session.path, path)) return 'done';
    if (!(await acceptLocation(path))) return 'cancelled';
    try {
      session.open(path);
    } catch (error) {
      if (!deps.files.exists(path)) {
        deps.recent.remove(path);
        deps.onRecentChanged();
      }
      const reason = deps.describeError(error, deps.lang());
      const offer = deps.recovery.offer(path, error);
      if (offer !== null) {
        // Cancel is the default: the damaged file stays as it is until the user chooses.
        const restore = await dialogs.askRestore(deps.window(), path, reason, offer);
        return restore ? restoreAndOpen(path) : 'cancelled';
      }
      await dialogs.showError(deps.window(), 'openFailed', reason);
      return 'failed';
    }
    switchedTo(path);
    return 'done';
  };

  /** A save dialog target that is new, or that the user confirmed replacing in the dialog itself. */
  const askTarget = async (
    kind: 'workspace' | 'json',
    title: 'newTitle' | 'saveAsTitle' | 'exportTitle',
    name: string,
  ) => {
    const window = deps.window();
    const chosen = await dialogs.askSavePath(window, kind, title, join(defaultDir(), name));
    if (chosen === null) return null;
    // The dialog only confirmed replacing the name as typed, not with our extension added.
    if (chosen.appended && deps.files.exists(chosen.path)) {
      await dialogs.showError(
        window,
        'saveAsFailed',
        shellMessage(deps.lang(), 'fileExists', { file: basename(chosen.path) }),
      );
      return null;
    }
    return chosen.path;
  };

  return {
    openPath,

    async open(): Promise<ActionOutcome> {
      const path = await dialogs.askOpenPath(deps.window(), 'workspace', 'openTitle');
      return path === null ? 'cancelled' : openPath(path);
    },

    async newWorkspace(): Promise<ActionOutcome> {
      const window = deps.window();
      const lang = deps.lang();
      const chosen = await dialogs.askSavePath(
        window,
        'workspace',
        'newTitle',
        join(defaultDir(), 'workspace.coopfolio'),
      );
      if (chosen === null) return 'cancelled';
      // Creating over an existing file would wipe a workspace: refused even if the dialog asked.
      if (deps.files.exists(chosen.path)) {
        await dialogs.showError(
          window,
          'createFailed',
          shellMessage(lang, 'fileExists', { file: basename(chosen.path) }),
        );
        return 'failed';
      }
      if (!(await acceptLocation(chosen.path))) return 'cancelled';
      try {
        session.create(chosen.path, deps.emptyWorkspace(lang));
      } catch (error) {
        await dialogs.showError(window, 'createFailed', deps.describeError(error, lang));
        return 'failed';
      }
      switchedTo(chosen.path);
      return 'done';
    },

    async saveAs(): Promise<ActionOutcome> {
      const window = deps.window();
      const lang = deps.lang();
      const current = session.path;
      if (current === null) return 'cancelled';
      const target = await askTarget('workspace', 'saveAsTitle', basename(current));
      if (target === null) return 'cancelled';
      if (samePath(current, target)) {
        await dialogs.showInfo(window, shellMessage(lang, 'sameFile'));
        return 'cancelled';
      }
      if (!(await acceptLocation(target))) return 'cancelled';
      try {
        await session.saveAs(target);
      } catch (error) {
        await dialogs.showError(window, 'saveAsFailed', deps.describeError(error, lang));
        return 'failed';
      }
      switchedTo(target);
      return 'done';
    },

    async exportJson(): Promise<ActionOutcome> {
      const window = deps.window();
      const lang = deps.lang();
      const result = await deps.invoke(session, 'workspace.exportJson', {}, { lang });
      if (!result.ok) {
        await dialogs.showError(window, 'exportFailed', result.error.message);
        return 'failed';
      }
      if (!isExportValue(result.value)) {
        await dialogs.showError(
          window,
          'exportFailed',
          shellMessage(lang, 'unexpected', { detail: 'export' }),
        );
        return 'failed';
      }
      const { text, fileName } = result.value;
      const target = await askTarget('json', 'exportTitle', fileName);
      if (target === null) return 'cancelled';
      try {
        await deps.files.writeText(target, text);
      } catch (error) {
        await dialogs.showError(window, 'exportFailed', deps.describeError(error, lang));
        return 'failed';
      }
      return 'done';
    },

    async importJson(): Promise<ActionOutcome> {
      const window = deps.window();
      const lang = deps.lang();
      const path = await dialogs.askOpenPath(window, 'json', 'importTitle');
      if (path === null) return 'cancelled';
      let text: string;
      try {
        // Checked before reading: a 2 GB file must not be pulled into memory.
        if ((await deps.files.size(path)) > MAX_WORKSPACE_BYTES) {
          await dialogs.showError(
            window,
            'importFailed',
            shellMessage(lang, 'fileTooLarge', { max: '50 MB' }),
          );
          return 'failed';
        }
        const question = shellMessage(lang, 'importConfirm');
        const detail = shellMessage(lang, 'importConfirmDetail', { file: basename(session.path ?? '') });
        if (!(await dialogs.confirm(window, question, detail, 'importButton'))) return 'cancelled';
        text = await deps.files.readText(path);
      } catch (error) {
        await dialogs.showError(window, 'importFailed', deps.describeError(error, lang));
        return 'failed';
      }
      const result = await deps.invoke(session, 'workspace.importJson', { text }, { lang });
      if (!result.ok) {
        await dialogs.showError(window, 'importFailed', firstLines(result.error.message));
        return 'failed';
      }
      deps.notifyWorkspaceChanged();
      return 'done';
    },
  };
}
