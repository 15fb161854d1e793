import { statSync } from 'node:fs';
import { basename } from 'node:path';
import type { Lang } from '../model/messages';
import {
  backupKindOf,
  DEFAULT_BACKUP_POLICY,
  defaultBackupDir,
  latestUsableBackup,
  listBackups,
  storageErrorMessage,
  WorkspaceFileError,
  writeRotatingBackup,
  type BackupFile,
} from '../storage';
import type { WorkspaceStore } from '../storage/types';
import type { BackupEntry } from '../contract/backup-operations';
import type { HostBackups, Services } from './context';
import { NotAvailableError } from './errors';
import type { HandlerGroup } from './handler-types';
import { apiMessage } from './messages';

function entryOf(workspacePath: string, file: BackupFile): BackupEntry {
  const fileName = basename(file.path);
  return {
    fileName,
    savedAt: new Date(file.mtimeMs).toISOString(),
    bytes: statSync(file.path).size,
    kind: backupKindOf(fileName, workspacePath) ?? 'rotating',
  };
}

function describe(error: unknown, lang: Lang): string | null {
  if (error === null || error === undefined) return null;
  if (error instanceof WorkspaceFileError) return storageErrorMessage(error, lang);
  return error instanceof Error ? error.message : String(error);
}

/** The open workspace file: backups are a file's (a team database is backed up with pg_dump, docs/team.md). */
function fileOf(services: Services, lang: Lang): WorkspaceStore {
  const file = services.file?.();
  if (file === undefined) throw new NotAvailableError(apiMessage(lang, 'backupsNeedFile'));
  return file;
}

function hostBackups(services: Services): HostBackups | null {
  return services.backups?.() ?? null;
}

export const backupHandlers: HandlerGroup<
  | 'backups.list'
  | 'backups.create'
  | 'backups.setPolicy'
  | 'backups.restore'
  | 'backups.offer'
  | 'backups.restoreLatest'
> = {
  'backups.list': (services, _input, context) => {
    const path = fileOf(services, context.lang).path;
    const host = hostBackups(services);
    return {
      folder: defaultBackupDir(path),
      policy: host?.policy() ?? DEFAULT_BACKUP_POLICY,
      configurable: host !== null,
      automaticError: describe(host?.lastError(), context.lang),
      backups: listBackups(path).map((file) => entryOf(path, file)),
    };
  },

  'backups.create': async (services, _input, context) => {
    const store = fileOf(services, context.lang);
    const keep = (hostBackups(services)?.policy() ?? DEFAULT_BACKUP_POLICY).keep;
    const before = listBackups(store.path).map((file) => file.path);
    const created = await writeRotatingBackup(store, { keep });
    const after = new Set(listBackups(store.path).map((file) => file.path));
    const made = { path: created, mtimeMs: statSync(created).mtimeMs };
    return {
      backup: entryOf(store.path, made),
      removed: before.filter((path) => !after.has(path)).length,
    };
  },

  'backups.offer': (services, _input, context) => {
    const refused = services.refusedFile?.() ?? null;
    if (refused === null) return null;
    const backup = latestUsableBackup(refused.path);
    return {
      path: refused.path,
      fileName: basename(refused.path),
      code: refused.error.code,
      reason: storageErrorMessage(refused.error, context.lang),
      backup:
        backup === null
          ? null
          : { fileName: basename(backup), savedAt: new Date(statSync(backup).mtimeMs).toISOString() },
    };
  },

  'backups.restore': (services, input, context) => {
    if (services.restoreBackup === undefined)
      throw new NotAvailableError(apiMessage(context.lang, 'cannotRestoreHere'));
    const restored = services.restoreBackup(input.fileName);
    return {
      restoredFrom: basename(restored.from),
      keptAs: restored.keptAs === null ? null : basename(restored.keptAs),
    };
  },

  'backups.restoreLatest': (services, _input, context) => {
    if (services.restoreRefusedFile === undefined || (services.refusedFile?.() ?? null) === null) {
      throw new NotAvailableError(apiMessage(context.lang, 'nothingToRestore'));
    }
    const restored = services.restoreRefusedFile();
    return {
      restoredFrom: basename(restored.from),
      keptAs: restored.keptAs === null ? null : basename(restored.keptAs),
    };
  },

  'backups.setPolicy': (services, input, context) => {
    const host = hostBackups(services);
    if (host === null) throw new NotAvailableError(apiMessage(context.lang, 'backupsNotConfigurable'));
    return host.setPolicy(input.policy);
  },
};
