import type { ValidationIssue } from '../model/issues';
import type { ApiErrorCode } from './errors';

/** Every code, with its words and when it happens, is listed in src/contract/errors.ts and docs/errors.md. */
export type { ApiErrorCode };

export interface ApiError {
  code: ApiErrorCode;
  /** Plain words in the caller's language. */
  message: string;
  /** For invalid input: every problem with its JSON path. */
  issues?: ValidationIssue[];
}

/** What every operation returns across every host (IPC, HTTP, CLI). */
export type Result<T> = { ok: true; value: T } | { ok: false; error: ApiError };
