import type { ValidationIssue } from '../model/issues';
import type { WorkspaceFileErrorCode } from '../storage/types';

/** Storage failures keep their code across every host; the contract adds its own. */
export type ApiErrorCode = WorkspaceFileErrorCode | 'invalid-input' | 'unknown-operation' | 'internal';

export interface ApiError {
  code: ApiErrorCode;
  /** Plain words in the caller's language. */
  message: string;
  /** For invalid input: every problem with its JSON path. */
  issues?: ValidationIssue[];
}

/** What every operation returns across every host (IPC, HTTP, CLI). */
export type Result<T> = { ok: true; value: T } | { ok: false; error: ApiError };
