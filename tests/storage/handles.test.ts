import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { createWorkspaceStore } from '../../src/storage';
import { openDatabase } from '../../src/storage/driver';
import { readWorkspace, writeWorkspace } from '../../src/storage/rows/workspace';
import type { ReadDb, WriteDb } from '../../src/storage/sql';
import { sha256, tempFolders, workspaceWith } from './builders';

const folders = tempFolders();
afterEach(() => folders.cleanup());

/**
 * Code handed a read-only handle. Every line below is a write the compiler refuses
 * (`npm run typecheck` fails if one of them compiles, as `@ts-expect-error` then errs).
 */
function attemptWrites(db: ReadDb, writable: WriteDb): void {
  // @ts-expect-error a statement prepared on a ReadDb has no run()
  db.prepare('DELETE FROM cooperatives').run();
  // @ts-expect-error a ReadDb has no exec()
  db.exec('DELETE FROM cooperatives');
  // @ts-expect-error nor transactions
  db.transaction(() => undefined);
  // @ts-expect-error nor pragmas (a pragma can write)
  db.pragma('user_version = 0');
  // @ts-expect-error and it cannot be passed where a write handle is needed
  writeWorkspace(db, readWorkspace(writable));
}

describe('read-only and read-write database handles', () => {
  it('a read-only connection is a ReadDb: reading works, and each write the types refuse fails', () => {
    const file = join(folders.make(), 'handles.coopfolio');
    const workspace = workspaceWith(['a', 'b'], ['s']);
    createWorkspaceStore(file, workspace).close();
    const before = sha256(file);
    const readOnly = openDatabase(file, { readonly: true, fileMustExist: true });
    try {
      const handle: ReadDb = readOnly;
      expect(readWorkspace(handle)).toStrictEqual(workspace);
      // At run time too: the first refused line throws on a read-only connection.
      expect(() => attemptWrites(handle, readOnly)).toThrow(/readonly/);
    } finally {
      readOnly.close();
    }
    expect(sha256(file)).toBe(before);
  });
});
