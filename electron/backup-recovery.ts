/**
 * Offering a backup for a workspace that failed to open. Only a damaged file gets the
 * offer (`restoreMayHelp`); the user must choose it (the dialogs default to Cancel or
 * the demo), and restoring deletes nothing: the refused file is kept aside.
 */
import { statSync } from 'node:fs';
import { basename } from 'node:path';
import { latestUsableBackup, restoreLatestBackup, restoreMayHelp } from '../src/storage';

export interface BackupOffer {
  /** The backup's file name, as the dialog shows it. */
  readonly fileName: string;
  readonly savedAt: Date;
}

export interface BackupRecovery {
  /** The newest usable backup of `path` when restoring it may cure `error`; otherwise null. */
  offer(path: string, error: unknown): BackupOffer | null;
  /** Puts that backup in place (`restoreLatestBackup`); throws a storage error when it cannot. */
  restore(path: string): void;
}

export const storageBackupRecovery: BackupRecovery = {
  offer(path, error) {
    if (!restoreMayHelp(error)) return null;
    const backup = latestUsableBackup(path);
    if (backup === null) return null;
    return { fileName: basename(backup), savedAt: statSync(backup).mtime };
  },
  restore(path) {
    restoreLatestBackup(path);
  },
};
