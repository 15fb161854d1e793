import { createContext, useContext } from 'react';
import type { ApiError, Result } from '../../../src/contract/result';
import type { Command, Edit } from '../domain/commands';
import type { WorkspaceData } from './loadWorkspace';

export type LoadState =
  { status: 'loading' } | { status: 'failed'; error: ApiError } | { status: 'ready'; data: WorkspaceData };

export interface Notice {
  id: number;
  kind: 'success' | 'error';
  text: string;
}

export interface HistoryState {
  undoLabel: Command['label'] | null;
  redoLabel: Command['label'] | null;
  /** An undo or redo is on its way to the host; further ones wait. */
  busy: boolean;
}

export interface WorkspaceContextValue {
  load: LoadState;
  /** A refresh after a successful load failed; the last good data stays on screen. */
  refreshError: ApiError | null;
  reload(): Promise<void>;
  /**
   * Runs an edit, records how to undo it and refreshes everything. When someone else
   * wrote the record since, the conflict dialog asks first; an answer with the code
   * `conflict` means the user chose to reload: the data shows the other person's values
   * and nothing of the edit was stored.
   */
  perform(edit: Edit): Promise<Result<Command>>;
  history: HistoryState;
  undo(): Promise<void>;
  redo(): Promise<void>;
  clearHistory(): void;
  notice: Notice | null;
  announce(kind: Notice['kind'], text: string): void;
}

export const WorkspaceContext = createContext<WorkspaceContextValue | null>(null);

export function useWorkspace(): WorkspaceContextValue {
  const value = useContext(WorkspaceContext);
  if (value === null) throw new Error('useWorkspace needs a WorkspaceProvider above it.');
  return value;
}

/** The loaded data; screens render only once the workspace is ready. */
export function useWorkspaceData(): WorkspaceData {
  const { load } = useWorkspace();
  if (load.status !== 'ready') throw new Error('Workspace data requested before it was loaded.');
  return load.data;
}
