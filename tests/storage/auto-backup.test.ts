import { readdirSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { createAutoBackup } from '../../src/storage/auto-backup';
import type { BackupPolicy } from '../../src/storage/backup-policy';
import { createWorkspaceStore, listBackups, openWorkspaceStore, WorkspaceFileError } from '../../src/storage';
import type { WorkspaceStore } from '../../src/storage/types';
import { minimalWorkspace, tempFolders } from './builders';

const folders = tempFolders();
const stores: WorkspaceStore[] = [];
afterEach(() => {
  for (const store of stores.splice(0)) store.close();
  folders.cleanup();
});

function newFile(): string {
  const file = join(folders.make(), 'plan.coopfolio');
  createWorkspaceStore(file, minimalWorkspace()).close();
  return file;
}

function open(file: string): WorkspaceStore {
  const store = openWorkspaceStore(file);
  stores.push(store);
  return store;
}

function edit(store: WorkspaceStore, municipality: string): void {
  store.updateSettings({ ...store.load().settings, municipality });
}

function auto(policy: Partial<BackupPolicy> = {}, intervalMs = 60_000) {
  const errors: unknown[] = [];
  const backup = createAutoBackup({
    policy: () => ({ keep: 10, automatic: true, ...policy }),
    intervalMs,
    onError: (error) => errors.push(error),
  });
  return { backup, errors };
}

describe('automatic backups', () => {
  it('back up a file on open when its edits are in no backup, and not again without edits', async () => {
    const file = newFile();
    const { backup } = auto();
    backup.attach(open(file));
    await backup.check();
    expect(listBackups(file)).toHaveLength(1);
    await expect(backup.check()).resolves.toBeNull();
    backup.detach();

    // Reopened without edits: the existing backup already holds everything.
    backup.attach(stores[0] as WorkspaceStore);
    await expect(backup.check()).resolves.toBeNull();
    expect(listBackups(file)).toHaveLength(1);
    backup.detach();
  });

  it('back up again after an edit, and a backup holds that edit', async () => {
    const file = newFile();
    const store = open(file);
    const { backup } = auto();
    backup.attach(store);
    await backup.check();
    edit(store, 'Zaanstad');
    const made = await backup.check();
    expect(made).not.toBeNull();
    const copy = openWorkspaceStore(made as string);
    expect(copy.load().settings.municipality).toBe('Zaanstad');
    copy.close();
    await expect(backup.check()).resolves.toBeNull();
    backup.detach();
  });

  it('reopening a file edited after its newest backup backs it up', async () => {
    const file = newFile();
    const { backup } = auto();
    const store = open(file);
    backup.attach(store);
    await backup.check();
    backup.detach();
    // Edited by a session without automatic backups (for example the command line).
    await new Promise((resolve) => setTimeout(resolve, 5));
    edit(store, 'Haarlem');
    backup.attach(store);
    await expect(backup.check()).resolves.not.toBeNull();
    expect(listBackups(file)).toHaveLength(2);
    backup.detach();
  });

  it('make none while the policy says not automatic', async () => {
    const file = newFile();
    const { backup } = auto({ automatic: false });
    backup.attach(open(file));
    await expect(backup.check()).resolves.toBeNull();
    expect(listBackups(file)).toHaveLength(0);
    backup.detach();
  });

  it('keep only the policy’s number of rotating backups', async () => {
    const file = newFile();
    const store = open(file);
    const { backup } = auto({ keep: 2 });
    backup.attach(store);
    await backup.check();
    for (const name of ['A', 'B', 'C']) {
      edit(store, name);
      await backup.check();
    }
    expect(listBackups(file)).toHaveLength(2);
    backup.detach();
  });

  it('run on the interval while edits are made', async () => {
    const file = newFile();
    const store = open(file);
    const { backup } = auto({}, 25);
    backup.attach(store);
    await vi.waitFor(() => expect(listBackups(file)).toHaveLength(1));
    edit(store, 'Utrecht');
    await vi.waitFor(() => expect(listBackups(file)).toHaveLength(2));
    backup.detach();
  });

  it('report a failed backup without throwing, and clear the failure once one succeeds', async () => {
    const file = newFile();
    const dir = join(file, '..', 'backups');
    // A file where the backups folder belongs: the folder cannot be made.
    writeFileSync(dir, 'not a folder');
    const { backup, errors } = auto();
    const store = open(file);
    backup.attach(store);
    await expect(backup.check()).resolves.toBeNull();
    // Reading the folder at attach and writing the backup both fail: each is reported.
    expect(errors.length).toBeGreaterThanOrEqual(1);
    expect(backup.lastError()).toBeInstanceOf(WorkspaceFileError);
    // No stray temporary copy is left beside the workspace.
    expect(readdirSync(join(file, '..')).filter((name) => name.endsWith('.tmp'))).toEqual([]);

    rmSync(dir);
    await expect(backup.check()).resolves.not.toBeNull();
    expect(backup.lastError()).toBeNull();
    backup.detach();
  });

  it('let a backup under way go when detached, reporting nothing', async () => {
    const file = newFile();
    const store = open(file);
    const { backup, errors } = auto();
    backup.attach(store);
    const running = backup.check();
    backup.detach();
    store.close();
    await expect(running).resolves.toBeNull();
    expect(errors).toEqual([]);
    expect(backup.lastError()).toBeNull();
  });
});
