import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import type { Workspace } from '../../src/model';
import {
  createWorkspaceStore,
  openWorkspaceStore,
  storageErrorMessage,
  type WorkspaceFileError,
  type WorkspaceStore,
} from '../../src/storage';
import { openWorkspaceDatabase } from '../../src/storage/connection';
import { SqliteWorkspaceStore } from '../../src/storage/store';
import {
  cooperativeJson,
  minimalWorkspace,
  minimalWorkspaceJson,
  parsed,
  sha256,
  tempFolders,
} from './builders';
import { holdWriteLock, remountReadOnly, useTmpfsMounts } from './faults';
import { storageFailure } from './store-harness';

// fs-faults.test.ts and open.test.ts check the error codes; these add what the
// issue asks of every fault: a message naming the file and the problem, and the
// workspace file byte-identical afterwards.
const folders = tempFolders();
const mounted = useTmpfsMounts(folders);

/** About 5 MB of cooperatives: more than the small disks and files below can hold. */
function hugeWorkspace(): Workspace {
  return parsed({
    ...minimalWorkspaceJson(),
    cooperatives: Array.from({ length: 3000 }, (_, i) =>
      cooperativeJson(`coop-${i}`, { name: `Coöperatie ${i} `.padEnd(200, 'x'), district: 'd'.repeat(1500) }),
    ),
  });
}

function expectClearMessage(
  error: WorkspaceFileError,
  file: string,
  words: { en: RegExp; nl: RegExp },
): void {
  expect(error.params['file']).toBe(file);
  expect(storageErrorMessage(error, 'en')).toContain(`"${file}"`);
  expect(storageErrorMessage(error, 'en')).toMatch(words.en);
  expect(storageErrorMessage(error, 'nl')).toMatch(words.nl);
}

const DISK_FULL = { en: /is full/, nl: /is vol/ };

/** A failed save must leave the saved file exactly as it was, before and after closing. */
function expectSaveRefusedUnchanged(store: WorkspaceStore, file: string): void {
  const before = sha256(file);
  const error = storageFailure(() => store.replace(hugeWorkspace()));
  expect(error.code).toBe('disk-full');
  expectClearMessage(error, file, DISK_FULL);
  expect(sha256(file)).toBe(before);
  expect(store.load()).toStrictEqual(minimalWorkspace());
  store.close();
  expect(sha256(file)).toBe(before);
  const reopened = openWorkspaceStore(file);
  expect(reopened.load()).toStrictEqual(minimalWorkspace());
  reopened.close();
}

describe('faults: clear message, file unchanged', () => {
  it('a save larger than a size-limited file reports disk-full and leaves the file byte-identical', () => {
    // SQLite's page limit fails a write with SQLITE_FULL like a full disk does, with no mount needed.
    const file = join(folders.make(), 'limited.coopfolio');
    createWorkspaceStore(file, minimalWorkspace()).close();
    const { db } = openWorkspaceDatabase(file);
    db.pragma(`max_page_count = ${Number(db.pragma('page_count', { simple: true })) + 8}`);
    expectSaveRefusedUnchanged(new SqliteWorkspaceStore(file, db), file);
  });

  it('a save on a full disk reports disk-full and leaves the file byte-identical', (context) => {
    const dir = mounted('1m');
    if (dir === undefined) return context.skip('cannot mount a tmpfs here (needs root on Linux)');
    const file = join(dir, 'full.coopfolio');
    createWorkspaceStore(file, minimalWorkspace()).close();
    expectSaveRefusedUnchanged(openWorkspaceStore(file), file);
  });

  it('a file on a read-only disk is refused with a message naming it', (context) => {
    const dir = mounted('4m');
    if (dir === undefined) return context.skip('cannot mount a tmpfs here (needs root on Linux)');
    const file = join(dir, 'ro.coopfolio');
    createWorkspaceStore(file, minimalWorkspace()).close();
    remountReadOnly(dir);
    const before = sha256(file);
    const error = storageFailure(() => openWorkspaceStore(file));
    expect(error.code).toBe('read-only');
    expectClearMessage(error, file, { en: /cannot write/, nl: /alleen-lezen/ });
    expect(sha256(file)).toBe(before);
  });

  it('a file another process holds locked is refused with a message naming it, byte-identical', async () => {
    const file = join(folders.make(), 'held.coopfolio');
    createWorkspaceStore(
      file,
      parsed({ ...minimalWorkspaceJson(), cooperatives: [cooperativeJson('a')] }),
    ).close();
    const before = sha256(file);
    const holder = await holdWriteLock(file);
    try {
      const error = storageFailure(() => openWorkspaceStore(file));
      expect(error.code).toBe('locked');
      expectClearMessage(error, file, { en: /in use by another program/, nl: /in gebruik/ });
      expect(sha256(file)).toBe(before);
    } finally {
      await holder.release();
    }
    expect(sha256(file)).toBe(before);
  });
});
