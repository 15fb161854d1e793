/**
 * The app's preferences on this computer (`preferences.json` in the user data folder),
 * shared by the desktop app and the browser host. Read leniently: a missing or damaged
 * file means the defaults, never a failed start. Written atomically, so a crash leaves
 * the old preferences or the new ones.
 */
import { mkdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { writeFileAtomic } from '../fs/atomic-write';
import { normalizeBackupPolicy, type BackupPolicy } from '../storage/backup-policy';
import { toStorageError } from '../storage/errors';

export const PREFERENCES_FILE_NAME = 'preferences.json';

export interface Preferences {
  readonly backups: BackupPolicy;
}

export interface PreferencesFile {
  read(): Preferences;
  /** Stores the new backup policy; throws a `WorkspaceFileError` (the file unchanged) when it cannot. */
  setBackupPolicy(policy: BackupPolicy): Preferences;
}

export function parsePreferences(text: string | null): Preferences {
  let data: unknown = null;
  if (text !== null) {
    try {
      data = JSON.parse(text);
    } catch {
      data = null;
    }
  }
  const record = data !== null && typeof data === 'object' ? (data as Record<string, unknown>) : {};
  return { backups: normalizeBackupPolicy(record['backups']) };
}

export function serializePreferences(preferences: Preferences): string {
  return `${JSON.stringify({ version: 1, ...preferences }, null, 2)}\n`;
}

export function createPreferencesFile(userDataDir: string): PreferencesFile {
  const file = join(userDataDir, PREFERENCES_FILE_NAME);
  const read = (): Preferences => {
    try {
      return parsePreferences(readFileSync(file, 'utf8'));
    } catch {
      return parsePreferences(null);
    }
  };
  return {
    read,
    setBackupPolicy(policy) {
      const next: Preferences = { ...read(), backups: normalizeBackupPolicy(policy) };
      try {
        mkdirSync(userDataDir, { recursive: true });
        writeFileAtomic(file, serializePreferences(next));
      } catch (error) {
        // A read-only or full disk gets the storage layer's plain message, naming the file.
        throw toStorageError(error, file);
      }
      return next;
    },
  };
}
