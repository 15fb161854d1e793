import { existsSync, readdirSync, readFileSync, utimesSync, writeFileSync } from 'node:fs';
import { basename, join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import {
  createWorkspaceStore,
  DEFAULT_BACKUPS_KEPT,
  latestUsableBackup,
  listBackups,
  openWorkspaceStore,
  restoreLatestBackup,
  WorkspaceFileError,
  writeRotatingBackup,
} from '../../src/storage';
import { minimalWorkspace, parsed, sha256, tempFolders } from './builders';
import { richWorkspaceJson } from './rich-workspace';

const folders = tempFolders();
afterEach(() => folders.cleanup());

/** Gives backups distinct, increasing times without waiting for the clock. */
function age(path: string, secondsAgo: number): void {
  const when = new Date(Date.now() - secondsAgo * 1000);
  utimesSync(path, when, when);
}

describe('rotating backups', () => {
  it('keep only the newest N, oldest removed first', async () => {
    const file = join(folders.make(), 'plan.coopfolio');
    const store = createWorkspaceStore(file, minimalWorkspace());
    const made: string[] = [];
    for (let i = 0; i < 5; i++) {
      const path = await writeRotatingBackup(store, { keep: 3 });
      made.push(path);
      // Later backups are newer: age the earlier ones still there.
      made.forEach((earlier, j) => {
        if (existsSync(earlier)) age(earlier, (made.length - j) * 60);
      });
    }
    store.close();
    const kept = readdirSync(join(file, '..', 'backups')).sort();
    expect(kept).toHaveLength(3);
    expect(kept).toEqual(
      made
        .slice(2)
        .map((path) => basename(path))
        .sort(),
    );
  });

  it('keep 10 by default and never prune backups made before a migration or a replace', async () => {
    const file = join(folders.make(), 'plan.coopfolio');
    const dir = join(file, '..', 'backups');
    const store = createWorkspaceStore(file, minimalWorkspace());
    await writeRotatingBackup(store);
    const precious = [
      'plan-before-v20-2020-01-01T00-00-00-000Z.coopfolio',
      'plan-replaced-2020-01-01T00-00-00-000Z.coopfolio',
    ];
    for (const name of precious) {
      await store.backup(join(dir, name));
      age(join(dir, name), 10_000);
    }
    for (let i = 0; i < DEFAULT_BACKUPS_KEPT + 2; i++) await writeRotatingBackup(store);
    store.close();
    const names = readdirSync(dir);
    expect(names).toEqual(expect.arrayContaining(precious));
    expect(names).toHaveLength(DEFAULT_BACKUPS_KEPT + precious.length);
  });

  it('write each backup as a workspace holding the data at that moment', async () => {
    const file = join(folders.make(), 'plan.coopfolio');
    const store = createWorkspaceStore(file, parsed(richWorkspaceJson()));
    const backup = await writeRotatingBackup(store, { dir: folders.make() });
    store.updateSettings({ ...store.load().settings, municipality: 'Later' });
    const copy = openWorkspaceStore(backup);
    expect(copy.load()).toStrictEqual(parsed(richWorkspaceJson()));
    copy.close();
    store.close();
  });
});

describe('restoring the latest backup', () => {
  it('puts the newest sound backup in place and keeps the damaged file aside, unchanged', async () => {
    const file = join(folders.make(), 'plan.coopfolio');
    const store = createWorkspaceStore(file, parsed(richWorkspaceJson()));
    const older = await writeRotatingBackup(store);
    age(older, 120);
    store.updateSettings({ ...store.load().settings, municipality: 'Nieuwste' });
    const newest = await writeRotatingBackup(store);
    store.close();
    const whole = readFileSync(file);
    writeFileSync(file, whole.subarray(0, Math.floor(whole.length / 2)));
    const damaged = sha256(file);
    expect(() => openWorkspaceStore(file)).toThrow(expect.objectContaining({ code: 'corrupt' }));

    const restored = restoreLatestBackup(file);
    expect(restored.from).toBe(newest);
    expect(restored.keptAs).not.toBeNull();
    expect(sha256(restored.keptAs ?? '')).toBe(damaged);
    const reopened = openWorkspaceStore(file);
    expect(reopened.load().settings.municipality).toBe('Nieuwste');
    reopened.close();
    expect(existsSync(newest)).toBe(true);
  });

  it('skips a damaged newest backup and takes the one before it', async () => {
    const file = join(folders.make(), 'plan.coopfolio');
    const store = createWorkspaceStore(file, minimalWorkspace());
    const good = await writeRotatingBackup(store);
    age(good, 120);
    const bad = await writeRotatingBackup(store);
    store.close();
    writeFileSync(bad, 'not a database');
    writeFileSync(file, '');
    expect(latestUsableBackup(file)).toBe(good);
    expect(restoreLatestBackup(file).from).toBe(good);
    const reopened = openWorkspaceStore(file);
    expect(reopened.load()).toStrictEqual(minimalWorkspace());
    reopened.close();
  });

  it('refuses with not-found and touches nothing when there is no usable backup', () => {
    const file = join(folders.make(), 'plan.coopfolio');
    writeFileSync(file, 'garbage');
    const before = sha256(file);
    let error: unknown;
    try {
      restoreLatestBackup(file);
    } catch (caught) {
      error = caught;
    }
    expect(error).toBeInstanceOf(WorkspaceFileError);
    expect(error).toMatchObject({ code: 'not-found', params: { file, reason: 'no-backup' } });
    expect(sha256(file)).toBe(before);
    expect(readdirSync(join(file, '..'))).toEqual(['plan.coopfolio']);
  });

  it('lists backups newest first', async () => {
    const file = join(folders.make(), 'plan.coopfolio');
    const store = createWorkspaceStore(file, minimalWorkspace());
    const first = await writeRotatingBackup(store);
    age(first, 300);
    const second = await writeRotatingBackup(store);
    store.close();
    expect(listBackups(file).map((entry) => entry.path)).toEqual([second, first]);
  });

  it('never takes the backups of another workspace whose name starts the same', async () => {
    const folder = folders.make();
    const file = join(folder, 'plan.coopfolio');
    const other = createWorkspaceStore(join(folder, 'plan-2027.coopfolio'), minimalWorkspace());
    await writeRotatingBackup(other);
    other.close();
    writeFileSync(file, '');
    expect(listBackups(file)).toEqual([]);
    expect(() => restoreLatestBackup(file)).toThrow(expect.objectContaining({ code: 'not-found' }));
    expect(readFileSync(file)).toHaveLength(0);
  });
});
