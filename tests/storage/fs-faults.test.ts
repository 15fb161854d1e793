import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { createWorkspaceStore, openWorkspaceStore, WorkspaceFileError } from '../../src/storage';
import {
  cooperativeJson,
  minimalWorkspace,
  minimalWorkspaceJson,
  parsed,
  sha256,
  tempFolders,
} from './builders';
import { remountReadOnly, useTmpfsMounts } from './faults';

// These need a real small or read-only file system: root mounts a tmpfs. As
// root, chmod does not make a file read-only, so there is no cheaper way.
const folders = tempFolders();
const mounted = useTmpfsMounts(folders);

describe('file-system faults', () => {
  it('refuses a workspace on a read-only disk with read-only, unchanged', (context) => {
    const dir = mounted('4m');
    if (dir === undefined) return context.skip('cannot mount a tmpfs here (needs root on Linux)');
    const file = join(dir, 'ro.coopfolio');
    createWorkspaceStore(file, minimalWorkspace()).close();
    remountReadOnly(dir);
    const before = sha256(file);
    let error: unknown;
    try {
      openWorkspaceStore(file);
    } catch (caught) {
      error = caught;
    }
    expect(error).toBeInstanceOf(WorkspaceFileError);
    expect((error as WorkspaceFileError).code).toBe('read-only');
    expect(sha256(file)).toBe(before);
  });

  it('reports disk-full when a save does not fit, keeping what was saved before', (context) => {
    const dir = mounted('1m');
    if (dir === undefined) return context.skip('cannot mount a tmpfs here (needs root on Linux)');
    const file = join(dir, 'full.coopfolio');
    const store = createWorkspaceStore(file, minimalWorkspace());
    const huge = parsed({
      ...minimalWorkspaceJson(),
      cooperatives: Array.from({ length: 3000 }, (_, i) =>
        cooperativeJson(`coop-${i}`, {
          name: `Coöperatie ${i} `.padEnd(200, 'x'),
          district: 'd'.repeat(1500),
        }),
      ),
    });
    expect(() => store.replace(huge)).toThrow(expect.objectContaining({ code: 'disk-full' }));
    expect(store.load()).toStrictEqual(minimalWorkspace());
    store.close();
  });
});
