import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { createPreferencesFile, parsePreferences, PREFERENCES_FILE_NAME } from '../../src/prefs/preferences';
import { DEFAULT_BACKUP_POLICY } from '../../src/storage/backup-policy';
import { WorkspaceFileError } from '../../src/storage';
import { makeTempDir } from '../helpers/temp-dir';

let temp: ReturnType<typeof makeTempDir>;
afterEach(() => temp?.cleanup());

describe('preferences', () => {
  it('are the defaults when the file is missing, damaged or holds nonsense', () => {
    expect(parsePreferences(null)).toEqual({ backups: DEFAULT_BACKUP_POLICY });
    expect(parsePreferences('{not json')).toEqual({ backups: DEFAULT_BACKUP_POLICY });
    expect(parsePreferences('[1,2]')).toEqual({ backups: DEFAULT_BACKUP_POLICY });
    expect(parsePreferences('{"backups":{"keep":0,"automatic":"yes"}}')).toEqual({
      backups: DEFAULT_BACKUP_POLICY,
    });
    expect(parsePreferences('{"backups":{"keep":2.5}}').backups.keep).toBe(DEFAULT_BACKUP_POLICY.keep);
    expect(parsePreferences('{"backups":{"keep":101}}').backups.keep).toBe(DEFAULT_BACKUP_POLICY.keep);
    // A valid field survives beside an invalid one.
    expect(parsePreferences('{"backups":{"keep":4,"automatic":1}}')).toEqual({
      backups: { keep: 4, automatic: true },
    });
  });

  it('store the backup policy, creating the folder, and read it back', () => {
    temp = makeTempDir();
    const dir = join(temp.dir, 'not-yet', 'there');
    const preferences = createPreferencesFile(dir);
    expect(preferences.read().backups).toEqual(DEFAULT_BACKUP_POLICY);
    preferences.setBackupPolicy({ keep: 25, automatic: false });
    expect(createPreferencesFile(dir).read().backups).toEqual({ keep: 25, automatic: false });
    expect(JSON.parse(readFileSync(join(dir, PREFERENCES_FILE_NAME), 'utf8'))).toEqual({
      version: 1,
      backups: { keep: 25, automatic: false },
    });
  });

  it('refuse with a storage message naming the file when the folder cannot be written, keeping the old file', () => {
    temp = makeTempDir();
    const dir = join(temp.dir, 'prefs');
    mkdirSync(dir);
    const file = join(dir, PREFERENCES_FILE_NAME);
    writeFileSync(file, '{"version":1,"backups":{"keep":7,"automatic":true}}\n');
    // A file where the folder should be makes every write fail, also for root.
    const blocked = createPreferencesFile(join(file, 'inside-a-file'));
    expect(() => blocked.setBackupPolicy({ keep: 3, automatic: true })).toThrow(WorkspaceFileError);
    try {
      blocked.setBackupPolicy({ keep: 3, automatic: true });
    } catch (error) {
      expect((error as WorkspaceFileError).params['file']).toContain(PREFERENCES_FILE_NAME);
    }
    expect(createPreferencesFile(dir).read().backups.keep).toBe(7);
  });
});
