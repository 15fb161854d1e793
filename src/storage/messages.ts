import { translate, type Lang } from '../i18n';
import type { WorkspaceFileError, WorkspaceFileErrorCode } from './types';

export type StorageLang = Lang;

type Params = WorkspaceFileError['params'];

/** The entities a storage message can name; any other falls back to "item" / "onderdeel". */
const ENTITIES = new Set([
  'cooperative',
  'fundingStream',
  'plan',
  'scenario',
  'indicator',
  'settings',
  'procurement',
]);

/** The records without an id of their own (`SINGLE_RECORD_ID`): their messages name no id. */
const SINGLE_RECORDS = new Set(['settings', 'procurement']);

/** What still refers to an entity that cannot be deleted, in the order the sentence lists them. */
const USED_BY = ['plans', 'scenarios', 'guarantees', 'contracts'] as const;

function text(params: Params, key: string): string {
  const value = params[key];
  return value === undefined ? '' : String(value);
}

function entityKey(params: Params): string {
  const entity = text(params, 'entity');
  return ENTITIES.has(entity) ? entity : 'unknown';
}

function usedBy(lang: Lang, params: Params): string {
  const parts = USED_BY.filter((kind) => text(params, kind) !== '').map((kind) =>
    translate(lang, `storage:usedBy.${kind}`, { ids: text(params, kind) }),
  );
  return parts.join(translate(lang, 'storage:usedBy.and'));
}

/**
 * A team database (src/storage/postgres) fails in its own words: it is reached over the
 * network and signed in to, where a file is opened. Its address (without password) stands
 * where a file's path would. Failures about one record (an id) read as for a file.
 */
function databaseMessageKey(code: WorkspaceFileErrorCode, p: Params, hasId: boolean): string | undefined {
  if (p['reason'] === 'bad-address') return 'database.badAddress';
  if (!/^postgres(ql)?:\/\//.test(text(p, 'file')) || hasId) return undefined;
  switch (code) {
    case 'io':
      return 'database.unreachable';
    case 'read-only':
      // SQLSTATE class 28: invalid authorisation (a wrong password, an unknown role).
      return text(p, 'sqlState').startsWith('28') ? 'database.signIn' : 'database.denied';
    case 'not-found':
      return 'database.missing';
    case 'newer-version':
      return 'database.newerVersion';
    case 'not-a-workspace':
      return p['reason'] === 'empty' ? 'database.empty' : 'database.foreign';
    case 'locked':
      return 'database.busy';
    case 'disk-full':
      return 'database.full';
    default:
      return undefined;
  }
}

/**
 * The message key (namespace `errors`, under `file.`) for a storage failure: some codes
 * have variants, chosen by the facts the failure carries (an id, a folder, a reason).
 */
export function storageMessageKey(code: WorkspaceFileErrorCode, p: Params): string {
  const hasId = text(p, 'id') !== '';
  const database = databaseMessageKey(code, p, hasId);
  if (database !== undefined) return database;
  switch (code) {
    case 'not-found':
      if (p['reason'] === 'no-backup') return 'notFound.noBackup';
      if (hasId) return 'notFound.entity';
      return p['folder'] !== undefined ? 'notFound.folder' : 'notFound.file';
    case 'exists':
      if (hasId) return 'exists.entity';
      return p['reason'] === 'same-file' ? 'exists.sameFile' : 'exists.file';
    case 'not-a-workspace':
      return p['reason'] === 'empty' ? 'notAWorkspace.empty' : 'notAWorkspace.other';
    case 'in-use':
      return 'inUse';
    case 'newer-version':
      return 'newerVersion';
    case 'read-only':
      return 'readOnly';
    case 'disk-full':
      return 'diskFull';
    case 'conflict':
      // A single record that never existed has no one who last changed it.
      if (text(p, 'changedBy') === '') return 'conflict.removed';
      return SINGLE_RECORDS.has(text(p, 'entity')) ? 'conflict.section' : 'conflict.record';
    case 'constraint':
    case 'corrupt':
    case 'locked':
    case 'io':
      return code;
    default: {
      const unreachable: never = code;
      return String(unreachable);
    }
  }
}

/**
 * When a record changed, as the incubator's clock (Amsterdam) shows it in the user's
 * language: both hosts (desktop, team server) then name the same moment the same way.
 */
function when(lang: Lang, iso: string): string {
  const date = new Date(iso);
  if (iso === '' || Number.isNaN(date.getTime())) return iso;
  return new Intl.DateTimeFormat(lang === 'nl' ? 'nl-NL' : 'en-GB', {
    dateStyle: 'long',
    timeStyle: 'short',
    timeZone: 'Europe/Amsterdam',
  }).format(date);
}

/** A plain sentence for the user: what happened to which file, and what to do next. */
export function storageErrorMessage(error: WorkspaceFileError, lang: StorageLang): string {
  const p = error.params;
  const entity = entityKey(p);
  return translate(lang, `errors:file.${storageMessageKey(error.code, p)}`, {
    file: text(p, 'file'),
    id: text(p, 'id'),
    folder: text(p, 'folder'),
    backups: text(p, 'backups'),
    found: text(p, 'found'),
    supported: text(p, 'supported'),
    entity: translate(lang, `storage:entity.${entity}`),
    subject: translate(lang, `storage:entityDefinite.${entity}`),
    usedBy: error.code === 'in-use' ? usedBy(lang, p) : '',
    changedBy: text(p, 'changedBy'),
    changedAt: when(lang, text(p, 'changedAt')),
  });
}
