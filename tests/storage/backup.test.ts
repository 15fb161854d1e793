import { readdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { createWorkspaceStore, openWorkspaceStore } from '../../src/storage';
import { minimalWorkspace, parsed, tempFolders } from './builders';
import { richWorkspaceJson } from './rich-workspace';

const folders = tempFolders();
afterEach(() => folders.cleanup());

describe('backup', () => {
  it('writes a copy that opens as a workspace and loads the same data', async () => {
    const store = createWorkspaceStore(join(folders.make(), 'live.coopfolio'), parsed(richWorkspaceJson()));
    store.updateSettings({ ...store.load().settings, municipality: 'Na de wijziging' });
    const destinationFolder = folders.make();
    const copy = join(destinationFolder, 'copy.coopfolio');
    await store.backup(copy);
    expect(readdirSync(destinationFolder)).toEqual(['copy.coopfolio']);
    const reopened = openWorkspaceStore(copy);
    expect(reopened.load()).toStrictEqual(store.load());
    reopened.close();
    store.close();
  });

  it('replaces an older file at the destination', async () => {
    const store = createWorkspaceStore(join(folders.make(), 'live.coopfolio'), minimalWorkspace());
    const copy = join(folders.make(), 'copy.coopfolio');
    writeFileSync(copy, 'old backup');
    await store.backup(copy);
    const reopened = openWorkspaceStore(copy);
    expect(reopened.load()).toStrictEqual(minimalWorkspace());
    reopened.close();
    store.close();
  });

  it('reports a missing destination folder as not-found', async () => {
    const store = createWorkspaceStore(join(folders.make(), 'live.coopfolio'), minimalWorkspace());
    await expect(store.backup(join(folders.make(), 'gone', 'copy.coopfolio'))).rejects.toMatchObject({
      code: 'not-found',
    });
    store.close();
  });

  it('refuses to write the backup over the workspace itself', async () => {
    const store = createWorkspaceStore(join(folders.make(), 'live.coopfolio'), minimalWorkspace());
    await expect(store.backup(store.path)).rejects.toMatchObject({ code: 'exists' });
    expect(store.load()).toStrictEqual(minimalWorkspace());
    store.close();
  });
});
