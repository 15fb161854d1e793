/** The storage layer's public surface: the only way the rest of Coopfolio touches a workspace file. */
export { createWorkspaceStore, type CreateOptions } from './create';
export { storageErrorMessage, type StorageLang } from './messages';
export { CURRENT_SCHEMA_VERSION } from './migrate';
export { openWorkspaceStore, type OpenOptions } from './open';
export * from './types';
export {
  DEFAULT_BACKUPS_KEPT,
  latestUsableBackup,
  listBackups,
  pruneBackups,
  restoreLatestBackup,
  writeRotatingBackup,
  type BackupFile,
  type BackupOptions,
  type Restored,
} from './backups';
