import { openWorkspaceDatabase, type OpenOptions } from './connection';
import { SqliteWorkspaceStore } from './store';
import type { WorkspaceStore } from './types';

export type { OpenOptions } from './connection';

/**
 * Opens an existing workspace file. Throws `WorkspaceFileError`: not-found,
 * not-a-workspace, corrupt, newer-version (file left untouched), locked,
 * read-only or io.
 */
export function openWorkspaceStore(path: string, options: OpenOptions = {}): WorkspaceStore {
  const { db } = openWorkspaceDatabase(path, options);
  return new SqliteWorkspaceStore(path, db);
}
