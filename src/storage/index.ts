/** The storage layer's public surface: the only way the rest of Coopfolio touches a workspace file. */
export { createWorkspaceStore, type CreateOptions } from './create';
export { storageErrorMessage, type StorageLang } from './messages';
export { CURRENT_SCHEMA_VERSION, defaultBackupDir } from './migrate';
export {
  DEFAULT_BACKUP_POLICY,
  MAX_BACKUPS_KEPT,
  MIN_BACKUPS_KEPT,
  normalizeBackupPolicy,
  type BackupPolicy,
} from './backup-policy';
export { openWorkspaceStore, type OpenOptions } from './open';
export * from './types';
export {
  backupKindOf,
  DEFAULT_BACKUPS_KEPT,
  latestUsableBackup,
  listBackups,
  pruneBackups,
  restoreBackup,
  restoreLatestBackup,
  restoreMayHelp,
  writeRotatingBackup,
  type BackupFile,
  type BackupOptions,
  type Restored,
  type RestoreOptions,
} from './backups';
