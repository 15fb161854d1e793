import type { ValidationIssue } from '../model/issues';

export type ApiErrorCode =
  | 'invalid-input'
  | 'unknown-operation'
  | 'not-found'
  | 'exists'
  | 'conflict'
  | 'in-use'
  | 'newer-version'
  | 'not-a-workspace'
  | 'corrupt'
  | 'locked'
  | 'read-only'
  | 'disk-full'
  | 'io'
  | 'internal';

export interface ApiError {
  code: ApiErrorCode;
  /** Plain words in the caller's language. */
  message: string;
  /** For invalid input: every problem with its JSON path. */
  issues?: ValidationIssue[];
}

/** What every operation returns across every host (IPC, HTTP, CLI). */
export type Result<T> = { ok: true; value: T } | { ok: false; error: ApiError };
