import Database from 'better-sqlite3';
import { describe, expect, it } from 'vitest';
import { storageErrorMessage, WorkspaceFileError, type WorkspaceFileErrorCode } from '../../src/storage';
import { toStorageError } from '../../src/storage/errors';

const FILE = '/data/begroting.coopfolio';

function mapped(error: unknown): WorkspaceFileError {
  const result = toStorageError(error, FILE);
  if (!(result instanceof WorkspaceFileError)) throw new Error('not mapped');
  return result;
}

function errno(code: string): Error {
  return Object.assign(new Error(code), { code });
}

describe('mapping SQLite and file-system failures', () => {
  it.each([
    ['SQLITE_FULL', 'disk-full'],
    ['SQLITE_READONLY', 'read-only'],
    ['SQLITE_READONLY_DBMOVED', 'read-only'],
    ['SQLITE_BUSY', 'locked'],
    ['SQLITE_BUSY_SNAPSHOT', 'locked'],
    ['SQLITE_CORRUPT', 'corrupt'],
    ['SQLITE_CORRUPT_INDEX', 'corrupt'],
    ['SQLITE_NOTADB', 'not-a-workspace'],
    ['SQLITE_CONSTRAINT_PRIMARYKEY', 'exists'],
    ['SQLITE_CONSTRAINT_CHECK', 'constraint'],
    ['SQLITE_CONSTRAINT_FOREIGNKEY', 'constraint'],
    ['SQLITE_IOERR_WRITE', 'io'],
    ['SQLITE_CANTOPEN', 'io'],
  ] as const)('maps %s to %s, naming the file', (sqlite, code) => {
    const error = mapped(new Database.SqliteError('boom', sqlite));
    expect(error.code).toBe(code);
    expect(error.params).toMatchObject({ file: FILE, sqliteCode: sqlite });
  });

  it.each([
    ['ENOENT', 'not-found'],
    ['EEXIST', 'exists'],
    ['EACCES', 'read-only'],
    ['EROFS', 'read-only'],
    ['ENOSPC', 'disk-full'],
    ['EBUSY', 'locked'],
    ['EIO', 'io'],
  ] as const)('maps errno %s to %s', (code, expected) => {
    expect(mapped(errno(code)).code).toBe(expected);
  });

  it('passes programming errors through untouched', () => {
    const bug = new TypeError('undefined is not a function');
    expect(toStorageError(bug, FILE)).toBe(bug);
  });

  it('adds the file to a storage error raised without one', () => {
    const error = mapped(new WorkspaceFileError('corrupt', { column: 'kind' }));
    expect(error.params).toEqual({ file: FILE, column: 'kind' });
  });
});

const CODES: WorkspaceFileErrorCode[] = [
  'not-found',
  'exists',
  'conflict',
  'constraint',
  'in-use',
  'newer-version',
  'not-a-workspace',
  'corrupt',
  'locked',
  'read-only',
  'disk-full',
  'io',
];

describe('storage error messages', () => {
  it.each(CODES)('say in Dutch and English what happened to which file (%s)', (code) => {
    const error = new WorkspaceFileError(code, { file: FILE, found: 30, supported: 20 });
    const nl = storageErrorMessage(error, 'nl');
    const en = storageErrorMessage(error, 'en');
    for (const message of [nl, en]) {
      expect(message).toContain(FILE);
      expect(message).not.toMatch(/undefined|\{|\}/);
      expect(message.trim().endsWith('.')).toBe(true);
    }
    expect(nl).not.toBe(en);
  });

  it('name the entity, id and users for a refused delete', () => {
    const error = new WorkspaceFileError('in-use', {
      file: FILE,
      entity: 'fundingStream',
      id: 'warmtefonds',
      plans: 'zon, wind',
      scenarios: 'krap',
    });
    expect(storageErrorMessage(error, 'en')).toBe(
      `The funding stream "warmtefonds" is still used by plans zon, wind and scenarios krap in "${FILE}". Remove it there first; nothing was deleted.`,
    );
    expect(storageErrorMessage(error, 'nl')).toBe(
      `De financieringsbron "warmtefonds" wordt nog gebruikt door plannen zon, wind en scenario's krap in "${FILE}". Haal het daar eerst weg; er is niets verwijderd.`,
    );
  });

  it('name who changed a record and when for a stale write, in Amsterdam time', () => {
    const stale = (params: Record<string, string | number>) =>
      new WorkspaceFileError('conflict', { file: FILE, expected: 2, actual: 3, ...params });
    const plan = stale({
      entity: 'plan',
      id: 'zon',
      changedBy: 'fatima',
      changedAt: '2026-12-08T09:05:00.000Z',
    });
    expect(storageErrorMessage(plan, 'en')).toBe(
      `The plan "zon" in "${FILE}" was changed in the meantime by fatima (8 December 2026 at 10:05). Your change was not saved; look at the new values and save your change again if it is still needed.`,
    );
    expect(storageErrorMessage(plan, 'nl')).toBe(
      `Het plan "zon" in "${FILE}" is intussen gewijzigd door fatima (8 december 2026 om 10:05). Uw wijziging is niet opgeslagen; bekijk de nieuwe waarden en sla uw wijziging zo nodig opnieuw op.`,
    );
    const settings = stale({
      entity: 'settings',
      id: 'workspace',
      changedBy: 'joost',
      changedAt: '2026-07-01T12:00:00.000Z',
    });
    expect(storageErrorMessage(settings, 'nl')).toContain('De instellingen in');
    expect(storageErrorMessage(settings, 'nl')).toContain('door joost (1 juli 2026 om 14:00)');
    const never = stale({ entity: 'procurement', id: 'workspace', changedBy: '', changedAt: '' });
    expect(storageErrorMessage(never, 'en')).toMatch(
      /^The procurement figures in ".*" were removed in the meantime/,
    );
  });

  it('tell the user the file was not changed when it is from a newer version', () => {
    const error = new WorkspaceFileError('newer-version', { file: FILE, found: 30, supported: 20 });
    expect(storageErrorMessage(error, 'nl')).toBe(
      `Deze werkruimte ("${FILE}") is gemaakt met een nieuwere versie van Coopfolio (schema 30); deze versie kent tot en met schema 20. Werk Coopfolio bij; het bestand is niet gewijzigd.`,
    );
  });

  it('point to the missing folder when a destination folder does not exist', () => {
    const error = new WorkspaceFileError('not-found', { file: FILE, folder: '/data' });
    expect(storageErrorMessage(error, 'en')).toContain('The folder "/data" does not exist');
  });
});
