import { afterEach } from 'vitest';
import { join } from 'node:path';
import { createWorkspaceStore, WorkspaceFileError, type WorkspaceStore } from '../../src/storage';
import type { Workspace } from '../../src/model';
import { tempFolders } from './builders';

/**
 * Stores created in temporary folders for one test file, closed and removed after each
 * test. Call once at the top of a test file.
 */
export function useStores(fileName: string) {
  const folders = tempFolders();
  const open: WorkspaceStore[] = [];
  afterEach(() => {
    for (const store of open.splice(0)) store.close();
    folders.cleanup();
  });
  return {
    folders,
    storeWith(workspace: Workspace): WorkspaceStore {
      const store = createWorkspaceStore(join(folders.make(), fileName), workspace);
      open.push(store);
      return store;
    },
  };
}

/** The storage error an action throws (any other outcome fails the test). */
export function storageFailure(action: () => unknown): WorkspaceFileError {
  try {
    action();
  } catch (error) {
    if (error instanceof WorkspaceFileError) return error;
    throw error;
  }
  throw new Error('expected a WorkspaceFileError');
}
