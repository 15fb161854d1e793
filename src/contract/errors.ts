/**
 * Every error code the contract answers with, on every host (IPC, HTTP, CLI --json), and
 * the message keys (i18next, src/i18n/locales/{nl,en}/errors.json) that say it in words.
 * docs/errors.md explains each code; tests/contract/errors.test.ts checks that every code
 * is documented there and that every message exists in Dutch and English.
 *
 * Which thrown class becomes which code is decided in one place, `toApiError`
 * (src/api/errors.ts). Storage failures keep the code the storage layer gave them:
 * the compile-time check below fails when storage grows a code the contract lacks.
 */
import type { WorkspaceFileErrorCode } from '../storage/types';

export const ERROR_CODES = {
  /** Input failed the operation's schema or a rule only the handler can see. */
  'invalid-input': ['errors:invalidInput', 'errors:reportInput'],
  /** Something still refers to the entity to delete (issues or storage words name what). */
  'in-use': ['errors:file.inUse'],
  'not-found': [
    'errors:file.notFound.file',
    'errors:file.notFound.entity',
    'errors:file.notFound.folder',
    'errors:file.notFound.noBackup',
    'errors:scenarioNotFound',
    'errors:file.database.badAddress',
    'errors:file.database.missing',
  ],
  exists: ['errors:file.exists.file', 'errors:file.exists.entity', 'errors:file.exists.sameFile'],
  /** A stale write: the record changed since the caller read it (HTTP 409 on the team server). */
  conflict: ['errors:file.conflict.record', 'errors:file.conflict.section', 'errors:file.conflict.removed'],
  /** The change breaks a rule of the SQLite file (a CHECK, foreign key or NOT NULL constraint). */
  constraint: ['errors:file.constraint'],
  'newer-version': ['errors:file.newerVersion', 'errors:file.database.newerVersion'],
  'not-a-workspace': [
    'errors:file.notAWorkspace.other',
    'errors:file.notAWorkspace.empty',
    'errors:file.database.empty',
    'errors:file.database.foreign',
  ],
  corrupt: ['errors:file.corrupt'],
  locked: ['errors:file.locked', 'errors:file.database.busy'],
  'read-only': ['errors:file.readOnly', 'errors:file.database.signIn', 'errors:file.database.denied'],
  'disk-full': ['errors:file.diskFull', 'errors:file.database.full'],
  io: ['errors:file.io', 'errors:file.database.unreachable'],
  /** HiGHS failed, stopped without an optimum, or called a blend infeasible that must not be. */
  'solver-failed': ['errors:solverFailed'],
  /** A scenario run would need more draws x indicators x years than it keeps in memory. */
  'too-large': ['errors:runTooLarge'],
  /** Long work stopped by its caller. */
  cancelled: ['errors:cancelled'],
  /** This host cannot do it (restore a backup, keep preferences), or there is nothing to do it to. */
  'not-available': [
    'errors:cannotRestoreHere',
    'errors:nothingToRestore',
    'errors:backupsNotConfigurable',
    'errors:backupsNeedFile',
    'errors:noAccounts',
  ],
  /** The team server: no valid session (none, expired, revoked), or a sign-in was refused. */
  unauthenticated: [
    'errors:auth.noSession',
    'errors:auth.wrongCredentials',
    'errors:auth.disabled',
    'errors:auth.tooManyAttempts',
  ],
  /** The team server: the signed-in user's role may not call this operation (src/contract/roles.ts). */
  forbidden: ['errors:forbidden'],
  'unknown-operation': ['errors:unknownOperation'],
  /** Anything else: a bug, described with its detail; nothing is half-saved. */
  internal: ['errors:internal', 'errors:runFailed', 'errors:reportFailed'],
} as const satisfies Record<string, readonly `errors:${string}`[]>;

export type ApiErrorCode = keyof typeof ERROR_CODES;

export const API_ERROR_CODES = Object.keys(ERROR_CODES) as ApiErrorCode[];

export function isApiErrorCode(value: unknown): value is ApiErrorCode {
  return typeof value === 'string' && Object.hasOwn(ERROR_CODES, value);
}

/** Every storage code is a contract code (a type error here names the missing one). */
export type StorageCodesAreApiCodes = WorkspaceFileErrorCode extends ApiErrorCode ? true : never;
const storageCodesCovered: StorageCodesAreApiCodes = true;
void storageCodesCovered;

/**
 * The HTTP status the browser host answers a contract call with. A call that reached
 * `invoke` always gets 200 with `{ ok: false, error }` in the body, whatever the code:
 * the status describes the transport, not the outcome. Requests refused before `invoke`
 * (wrong method, token, content type, size, encoding or JSON) are listed in
 * `HTTP_REFUSALS`; they all carry the code `invalid-input`.
 */
export const CONTRACT_HTTP_STATUS = 200;

/**
 * The team server (`coopfolio serve`) answers these outcomes with their own status, the
 * body still the same `Result`: no session 401, a role that may not 403, a stale write
 * 409. Every other outcome keeps `CONTRACT_HTTP_STATUS`.
 */
export const TEAM_HTTP_STATUS = {
  unauthenticated: 401,
  forbidden: 403,
  conflict: 409,
} as const satisfies Partial<Record<ApiErrorCode, number>>;

export function teamHttpStatus(code: ApiErrorCode | null): number {
  return code !== null && Object.hasOwn(TEAM_HTTP_STATUS, code)
    ? TEAM_HTTP_STATUS[code as keyof typeof TEAM_HTTP_STATUS]
    : CONTRACT_HTTP_STATUS;
}

export const HTTP_REFUSALS = {
  postOnly: 405,
  badToken: 401,
  jsonOnly: 415,
  tooLarge: 413,
  notUtf8: 400,
  notJson: 400,
} as const;

export type HttpRefusal = keyof typeof HTTP_REFUSALS;
