import Database from 'better-sqlite3';
import { spawnSync } from 'node:child_process';
import { existsSync, readdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { createWorkspaceStore, openWorkspaceStore, WorkspaceFileError } from '../../src/storage';
import type { Workspace } from '../../src/model';
import { minimalWorkspace, parsed, sha256, tempFolders, workspaceWith } from './builders';
import { richWorkspaceJson } from './rich-workspace';

const folders = tempFolders();
afterEach(() => folders.cleanup());

function createError(file: string, workspace: Workspace, overwrite = false): WorkspaceFileError {
  try {
    createWorkspaceStore(file, workspace, { overwrite }).close();
  } catch (error) {
    if (error instanceof WorkspaceFileError) return error;
    throw error;
  }
  throw new Error('create succeeded');
}

/** A parsed workspace that breaks a table CHECK the model types cannot express. */
function invalidWorkspace(): Workspace {
  const workspace = workspaceWith(['a', 'b']);
  return { ...workspace, cooperatives: workspace.cooperatives.map((c) => ({ ...c, members: -5 })) };
}

describe('creating a workspace file', () => {
  it('writes a new file that holds the workspace, stamped as created and saved', () => {
    const file = join(folders.make(), 'new.coopfolio');
    const store = createWorkspaceStore(file, parsed(richWorkspaceJson()));
    expect(store.path).toBe(file);
    // Creating the file is its first save.
    expect(store.meta().lastSavedAt).toBe(store.meta().createdAt);
    expect(Date.parse(store.meta().createdAt)).not.toBeNaN();
    store.close();
    expect(readdirSync(join(file, '..'))).toEqual(['new.coopfolio']);
  });

  it('refuses an existing file with exists and leaves it untouched', () => {
    const file = join(folders.make(), 'taken.coopfolio');
    writeFileSync(file, 'my thesis, not a workspace');
    const before = sha256(file);
    expect(createError(file, minimalWorkspace()).code).toBe('exists');
    expect(sha256(file)).toBe(before);
  });

  it('replaces an existing file when asked to overwrite', () => {
    const file = join(folders.make(), 'replace.coopfolio');
    createWorkspaceStore(file, parsed(richWorkspaceJson())).close();
    const store = createWorkspaceStore(file, minimalWorkspace(), { overwrite: true });
    expect(store.load()).toStrictEqual(minimalWorkspace());
    store.close();
  });

  it('leaves no file at all when the data breaks a CHECK rule', () => {
    const folder = folders.make();
    const error = createError(join(folder, 'bad.coopfolio'), invalidWorkspace());
    expect(error.code).toBe('constraint');
    expect(readdirSync(folder)).toEqual([]);
  });

  it('keeps the existing file intact when an overwrite fails half way', () => {
    const file = join(folders.make(), 'keep.coopfolio');
    createWorkspaceStore(file, parsed(richWorkspaceJson())).close();
    const before = sha256(file);
    expect(createError(file, invalidWorkspace(), true).code).toBe('constraint');
    expect(sha256(file)).toBe(before);
    expect(readdirSync(join(file, '..'))).toEqual(['keep.coopfolio']);
    const store = openWorkspaceStore(file);
    expect(store.load()).toStrictEqual(parsed(richWorkspaceJson()));
    store.close();
  });

  it('reports a missing destination folder as not-found and creates nothing', () => {
    const parent = folders.make();
    const error = createError(join(parent, 'no-such-folder', 'ws.coopfolio'), minimalWorkspace());
    expect(error.code).toBe('not-found');
    expect(error.params['folder']).toBe(join(parent, 'no-such-folder'));
    expect(readdirSync(parent)).toEqual([]);
  });

  it('refuses to overwrite a workspace that is open, with locked', () => {
    const file = join(folders.make(), 'open.coopfolio');
    const store = createWorkspaceStore(file, parsed(richWorkspaceJson()));
    store.updateSettings({ ...store.load().settings, municipality: 'Open' });
    expect(createError(file, minimalWorkspace(), true).code).toBe('locked');
    expect(store.load().settings.municipality).toBe('Open');
    store.close();
  });

  it('does not let the -wal of a crashed old file leak into its replacement', () => {
    const file = join(folders.make(), 'crashed.coopfolio');
    createWorkspaceStore(file, parsed(richWorkspaceJson())).close();
    // A process that commits in WAL mode and dies before it can checkpoint.
    const script = `
      const db = new (require('better-sqlite3'))(process.argv[1]);
      db.pragma('wal_autocheckpoint = 0');
      db.exec("UPDATE settings SET municipality = 'Crashed'");
      process.kill(process.pid, 'SIGKILL');
    `;
    spawnSync(process.execPath, ['-e', script, file], { cwd: process.cwd() });
    expect(existsSync(`${file}-wal`)).toBe(true);

    const store = createWorkspaceStore(file, minimalWorkspace(), { overwrite: true });
    expect(store.load()).toStrictEqual(minimalWorkspace());
    store.close();
    expect(readdirSync(join(file, '..'))).toEqual(['crashed.coopfolio']);
  });

  it('builds the file in rollback mode so the renamed file needs nothing beside it', () => {
    const file = join(folders.make(), 'self-contained.coopfolio');
    createWorkspaceStore(file, minimalWorkspace()).close();
    const db = new Database(file, { readonly: true });
    expect(db.prepare('SELECT count(*) FROM settings').pluck().get()).toBe(1);
    db.close();
  });
});
