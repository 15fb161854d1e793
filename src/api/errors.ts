import { AuthError } from '../accounts/errors';
import { SolverError } from '../finance/blend/highs-model';
import { translate } from '../i18n';
import type { Lang } from '../i18n';
import { CancelledError, MonteCarloTooLargeError } from '../impact/errors';
import { ScenarioNotFoundError } from '../impact/scenario';
import { describeIssue, type ValidationIssue } from '../model/issues';
import { ReportInputError } from '../reports/model';
import { storageErrorMessage } from '../storage/messages';
import { WorkspaceFileError } from '../storage/types';
import { apiMessage, type ApiMessageKey } from './messages';
import type { ApiError } from '../contract/result';

/**
 * Thrown by a handler when input passed the schema but breaks a rule only the handler can
 * see. `code` is `in-use` when the rule is that something still refers to the entity (a
 * cooperative with plans): the issues then name what, in words.
 */
export class InvalidInputError extends Error {
  constructor(
    readonly issues: ValidationIssue[],
    readonly code: 'invalid-input' | 'in-use' = 'invalid-input',
  ) {
    super(issues.map((i) => `${i.pathText}: ${i.message}`).join('; '));
    this.name = 'InvalidInputError';
  }
}

/**
 * Thrown by a handler when this host cannot do what was asked (restore a backup, keep
 * preferences), or there is nothing to do it to; the message is already in the caller's words.
 */
export class NotAvailableError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'NotAvailableError';
  }
}

function detailOf(error: unknown): string {
  return error instanceof Error ? error.message : String(error);
}

/**
 * HiGHS itself failed: its wrapper throws errors carrying the native status -1 and the
 * operation (HighsError and its kinds), and an abort inside the WebAssembly module is a
 * `WebAssembly.RuntimeError` (HiGHS is the only WebAssembly Coopfolio runs).
 */
function isHighsFailure(error: unknown): error is Error {
  // The TypeScript libs here declare WebAssembly only as a namespace; the runtime has the class.
  const wasm = (globalThis as { WebAssembly?: { RuntimeError?: abstract new () => Error } }).WebAssembly;
  if (wasm?.RuntimeError !== undefined && error instanceof wasm.RuntimeError) return true;
  if (!(error instanceof Error)) return false;
  const { status, operation } = error as { status?: unknown; operation?: unknown };
  return status === -1 && typeof operation === 'string';
}

function numbers(lang: Lang): Intl.NumberFormat {
  return new Intl.NumberFormat(lang === 'nl' ? 'nl-NL' : 'en-GB');
}

/** Why the team server did not let a caller in, in words (the time to wait in the caller's clock format). */
function authMessage(error: AuthError, lang: Lang): string {
  switch (error.reason) {
    case 'no-session':
      return translate(lang, 'errors:auth.noSession');
    case 'wrong-credentials':
      return translate(lang, 'errors:auth.wrongCredentials');
    case 'disabled':
      return translate(lang, 'errors:auth.disabled', { user: error.params.user ?? '' });
    case 'too-many-attempts': {
      const time = new Intl.DateTimeFormat(lang === 'nl' ? 'nl-NL' : 'en-GB', {
        hour: '2-digit',
        minute: '2-digit',
      }).format(error.params.retryAt ?? new Date());
      return translate(lang, 'errors:auth.tooManyAttempts', { time });
    }
  }
}

/**
 * The code and words of every failure Coopfolio expects, or null for anything else (a bug).
 * One table for every class that can reach a host (see docs/errors.md); `toApiError` and
 * the jobs' failure descriptions both read it.
 */
export function knownApiError(error: unknown, lang: Lang): ApiError | null {
  if (error instanceof InvalidInputError) {
    return { code: error.code, message: error.issues.map(describeIssue).join('\n'), issues: error.issues };
  }
  if (error instanceof WorkspaceFileError) {
    return { code: error.code, message: storageErrorMessage(error, lang) };
  }
  if (error instanceof SolverError || isHighsFailure(error)) {
    return { code: 'solver-failed', message: apiMessage(lang, 'solverFailed', { detail: detailOf(error) }) };
  }
  if (error instanceof MonteCarloTooLargeError) {
    const number = numbers(lang);
    return {
      code: 'too-large',
      message: apiMessage(lang, 'runTooLarge', {
        cells: number.format(error.cells),
        limit: number.format(error.limit),
      }),
    };
  }
  if (error instanceof CancelledError) {
    const number = numbers(lang);
    return {
      code: 'cancelled',
      message: apiMessage(lang, 'cancelled', {
        done: number.format(error.done),
        total: number.format(error.total),
      }),
    };
  }
  if (error instanceof NotAvailableError) return { code: 'not-available', message: error.message };
  if (error instanceof AuthError) return { code: 'unauthenticated', message: authMessage(error, lang) };
  if (error instanceof ScenarioNotFoundError) {
    return { code: 'not-found', message: apiMessage(lang, 'scenarioNotFound', { id: error.scenarioId }) };
  }
  if (error instanceof ReportInputError) {
    return { code: 'invalid-input', message: apiMessage(lang, 'reportInput', { detail: detailOf(error) }) };
  }
  return null;
}

/**
 * Maps any failure to the contract's error shape: expected failures keep their code and
 * words; anything else is `internal`, worded with `internalKey` (the call's, a run's or
 * a report's "something went wrong") and the error's own detail.
 */
export function toApiErrorIn(
  error: unknown,
  lang: Lang,
  internalKey: Extract<ApiMessageKey, 'internal' | 'runFailed' | 'blendFailed' | 'reportFailed'> = 'internal',
): ApiError {
  return (
    knownApiError(error, lang) ?? {
      code: 'internal',
      message: apiMessage(lang, internalKey, { detail: detailOf(error) }),
    }
  );
}

/** Maps any failure of an operation to the contract's error shape (`invoke` answers with it). */
export function toApiError(error: unknown, context: { lang: Lang }): ApiError {
  return toApiErrorIn(error, context.lang);
}
