import type { Workspace } from '../model/workspace';
import { createWorkspaceStore, openWorkspaceStore } from '../storage';
import type { WorkspaceStore } from '../storage/types';
import type { Services } from './context';

/** The workspace file a host has open; desktop Open and Save As switch it. */
export interface WorkspaceSession extends Services {
  readonly path: string | null;
  open(path: string): void;
  create(path: string, workspace: Workspace, options?: { overwrite?: boolean }): void;
  /** Copies the open workspace to `path` through SQLite's backup and continues there. */
  saveAs(path: string): Promise<void>;
  close(): void;
}

export function createSession(): WorkspaceSession {
  let current: WorkspaceStore | null = null;

  const replaceCurrent = (next: WorkspaceStore) => {
    current?.close();
    current = next;
  };

  return {
    get path() {
      return current?.path ?? null;
    },
    store() {
      if (current === null) throw new Error('No workspace is open.');
      return current;
    },
    open(path) {
      // Open first: a refused file must leave the current workspace open.
      replaceCurrent(openWorkspaceStore(path));
    },
    create(path, workspace, options) {
      replaceCurrent(createWorkspaceStore(path, workspace, options ?? {}));
    },
    async saveAs(path) {
      if (current === null) throw new Error('No workspace is open.');
      await current.backup(path);
      replaceCurrent(openWorkspaceStore(path));
    },
    close() {
      current?.close();
      current = null;
    },
  };
}
