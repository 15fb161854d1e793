import Database from 'better-sqlite3';
import { copyFileSync, existsSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import {
  createWorkspaceStore,
  openWorkspaceStore,
  storageErrorMessage,
  WorkspaceFileError,
} from '../../src/storage';
import { openWorkspaceDatabase } from '../../src/storage/connection';
import { minimalWorkspace, parsed, sha256, tempFolders } from './builders';
import { crashWhileWriting, holdWriteLock } from './faults';
import { richWorkspaceJson } from './rich-workspace';

const folders = tempFolders();
afterEach(() => folders.cleanup());

function openError(file: string): WorkspaceFileError {
  try {
    openWorkspaceStore(file).close();
  } catch (error) {
    if (error instanceof WorkspaceFileError) return error;
    throw error;
  }
  throw new Error(`${file} opened`);
}

/** A closed workspace file with real content, in its own folder. */
function workspaceFile(): string {
  const file = join(folders.make(), 'real.coopfolio');
  createWorkspaceStore(file, parsed(richWorkspaceJson())).close();
  return file;
}

/** Refused with `code`, and the file and its folder are exactly as before. */
function expectRefusedUntouched(file: string, code: WorkspaceFileError['code']): WorkspaceFileError {
  const folder = join(file, '..');
  const before = { hash: sha256(file), names: readdirSync(folder).sort() };
  const error = openError(file);
  expect(error.code).toBe(code);
  expect(error.params['file']).toBe(file);
  expect(sha256(file)).toBe(before.hash);
  expect(readdirSync(folder).sort()).toEqual(before.names);
  return error;
}

describe('opening a workspace file', () => {
  it('reports not-found for a path with no file', () => {
    expect(openError(join(folders.make(), 'missing.coopfolio')).code).toBe('not-found');
  });

  it('refuses a file of garbage bytes as not-a-workspace and leaves it byte-identical', () => {
    const file = join(folders.make(), 'garbage.coopfolio');
    writeFileSync(file, Buffer.from('PK\u0003\u0004 this is a zip file, honest '.repeat(200)));
    expectRefusedUntouched(file, 'not-a-workspace');
  });

  it('refuses a zero-byte file as not-a-workspace, pointing at the backups', () => {
    const file = join(folders.make(), 'empty.coopfolio');
    writeFileSync(file, '');
    const error = expectRefusedUntouched(file, 'not-a-workspace');
    expect(error.params['reason']).toBe('empty');
    expect(storageErrorMessage(error, 'en')).toContain('backups');
  });

  it('refuses a workspace file cut in half as corrupt and leaves it byte-identical', () => {
    const whole = readFileSync(workspaceFile());
    const file = join(folders.make(), 'truncated.coopfolio');
    writeFileSync(file, whole.subarray(0, Math.floor(whole.length / 2)));
    expectRefusedUntouched(file, 'corrupt');
  });

  it("refuses someone else's SQLite database as not-a-workspace and leaves it byte-identical", () => {
    const file = join(folders.make(), 'shop.sqlite');
    const db = new Database(file);
    db.exec(
      "CREATE TABLE customers (id INTEGER PRIMARY KEY, name TEXT); INSERT INTO customers VALUES (1, 'Ann')",
    );
    db.close();
    expectRefusedUntouched(file, 'not-a-workspace');
  });

  it('refuses a SQLite file with our id but no Coopfolio schema as corrupt', () => {
    const file = join(folders.make(), 'hollow.coopfolio');
    const db = new Database(file);
    db.pragma(`application_id = ${0x436f6f70}`);
    db.exec('CREATE TABLE t (x INTEGER)');
    db.close();
    expectRefusedUntouched(file, 'corrupt');
  });

  it('refuses a workspace with an impossible row as corrupt (foreign_key_check)', () => {
    const file = workspaceFile();
    const db = new Database(file);
    // better-sqlite3 turns foreign keys on by default; another tool might not.
    db.pragma('foreign_keys = OFF');
    db.exec("UPDATE plans SET cooperative_id = 'gone'");
    db.close();
    expectRefusedUntouched(file, 'corrupt');
  });

  it('opens a sound file in WAL mode with synchronous FULL and foreign keys on, every time', () => {
    const file = workspaceFile();
    for (let round = 0; round < 2; round++) {
      const { db } = openWorkspaceDatabase(file);
      expect(db.pragma('journal_mode', { simple: true })).toBe('wal');
      // 2 = FULL; better-sqlite3 would reopen a WAL file at NORMAL (1).
      expect(db.pragma('synchronous', { simple: true })).toBe(2);
      expect(db.pragma('foreign_keys', { simple: true })).toBe(1);
      expect(db.pragma('busy_timeout', { simple: true })).toBe(2000);
      db.close();
    }
    // The WAL mode is recorded in the file header (bytes 18-19 = 2).
    const header = readFileSync(file).subarray(18, 20);
    expect([...header]).toEqual([2, 2]);
  });

  it('reports locked while another process holds the write lock, and opens once it lets go', async () => {
    const file = workspaceFile();
    const holder = await holdWriteLock(file);
    try {
      const error = openError(file);
      expect(error.code).toBe('locked');
      expect(storageErrorMessage(error, 'nl')).toContain('in gebruik');
    } finally {
      await holder.release();
    }
    const store = openWorkspaceStore(file);
    expect(store.load().plans).toHaveLength(2);
    store.close();
  });

  it('reports locked to a writer when another process holds the lock mid-session', async () => {
    const file = join(folders.make(), 'busy.coopfolio');
    const store = createWorkspaceStore(file, minimalWorkspace());
    const holder = await holdWriteLock(file);
    try {
      const settings = { ...store.load().settings, municipality: 'Later' };
      expect(() => store.updateSettings(settings)).toThrow(expect.objectContaining({ code: 'locked' }));
    } finally {
      await holder.release();
    }
    expect(store.load().settings.municipality).toBe('');
    store.close();
  });

  it('leaves no -wal or -shm file beside a closed workspace', () => {
    const file = workspaceFile();
    const store = openWorkspaceStore(file);
    store.close();
    expect(existsSync(`${file}-wal`)).toBe(false);
    expect(existsSync(`${file}-shm`)).toBe(false);
  });

  it('rolls back a write that a crash interrupted, keeping the last committed state', () => {
    const file = join(folders.make(), 'v10.coopfolio');
    copyFileSync(join(import.meta.dirname, '..', 'fixtures', 'storage', 'v10.coopfolio'), file);
    crashWhileWriting(file, "BEGIN; UPDATE settings SET municipality = 'Half'; DELETE FROM scenario_plans;");
    expect(existsSync(`${file}-journal`)).toBe(true);
    const store = openWorkspaceStore(file);
    expect(store.load().settings.municipality).toBe('Gemeente Fixtuur');
    expect(store.load().scenarios[0]?.plans).toEqual(['dak-op']);
    store.close();
  });

  it('keeps a commit that was still only in the WAL when the writer crashed', () => {
    const file = workspaceFile();
    crashWhileWriting(file, "UPDATE settings SET municipality = 'Committed'");
    expect(existsSync(`${file}-wal`)).toBe(true);
    const store = openWorkspaceStore(file);
    expect(store.load().settings.municipality).toBe('Committed');
    store.close();
  });
});
