import { mkdirSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { moveIntoPlace, tempPathBeside } from '../fs/atomic-write';
import { fileTimestamp, removeQuietly, stem } from './files';
import { MIGRATIONS, type Migration } from './migrations';
import { pragmaNumber, type Db } from './sql';
import { WorkspaceFileError } from './types';

function lastVersion(migrations: readonly Migration[]): number {
  const last = migrations[migrations.length - 1];
  if (last === undefined) throw new Error('No migrations defined');
  return last.version;
}

/** The schema this build writes: the last migration's version. */
export const CURRENT_SCHEMA_VERSION = lastVersion(MIGRATIONS);

/** The first version a workspace file can have; below it a file holds no Coopfolio schema. */
export const OLDEST_SCHEMA_VERSION = MIGRATIONS[0]?.version ?? 0;

/** Throws when the list is not strictly increasing in steps of 10 (caught by a test, not by users). */
export function checkMigrationOrder(migrations: readonly Migration[]): void {
  migrations.forEach((migration, i) => {
    const previous = migrations[i - 1]?.version ?? 0;
    if (migration.version <= previous || migration.version % 10 !== 0) {
      throw new Error(`Migration ${migration.name} has version ${migration.version} after ${previous}`);
    }
  });
}

export function schemaVersion(db: Db): number {
  return pragmaNumber(db, 'user_version');
}

function setSchemaVersion(db: Db, version: number): void {
  // PRAGMA values cannot be bound; the number comes from our own migration list.
  if (!Number.isSafeInteger(version) || version < 0) throw new RangeError(`Bad schema version ${version}`);
  db.pragma(`user_version = ${version}`);
}

/**
 * Applies every migration above the file's version, each together with its
 * `user_version` in one transaction: a crash leaves the file at a whole version.
 * Returns the versions applied.
 */
export function migrate(db: Db, migrations: readonly Migration[] = MIGRATIONS): number[] {
  checkMigrationOrder(migrations);
  const from = schemaVersion(db);
  const applied: number[] = [];
  for (const migration of migrations) {
    if (migration.version <= from) continue;
    if (migration.rebuildsReferencedTables === true) withoutForeignKeys(db, () => apply(db, migration));
    else apply(db, migration);
    applied.push(migration.version);
  }
  return applied;
}

function apply(db: Db, migration: Migration): void {
  db.transaction(() => {
    migration.up(db);
    // With enforcement off nothing else would notice a rebuild that lost a parent row.
    if (migration.rebuildsReferencedTables === true) checkForeignKeys(db);
    setSchemaVersion(db, migration.version);
  }).immediate();
}

/**
 * SQLite's procedure for "other kinds of table schema changes": `PRAGMA foreign_keys`
 * is a no-op inside a transaction, so it is switched off before the migration's
 * transaction begins and restored after it ends, whether it committed or not.
 */
function withoutForeignKeys(db: Db, action: () => void): void {
  // Inside a caller's transaction the pragma would silently stay on, and the rebuild's
  // DROP TABLE would then cascade into the tables that reference the rebuilt one.
  if (db.inTransaction) throw new Error('A table-rebuilding migration cannot run inside a transaction');
  const wasOn = pragmaNumber(db, 'foreign_keys') === 1;
  db.pragma('foreign_keys = OFF');
  try {
    if (pragmaNumber(db, 'foreign_keys') !== 0) throw new Error('Could not switch foreign keys off');
    action();
  } finally {
    if (wasOn) db.pragma('foreign_keys = ON');
  }
}

interface ForeignKeyViolation {
  table: string;
  rowid: number | null;
  parent: string;
  fkid: number;
}

/** Throws (rolling the migration back) when any row points at a parent that is not there. */
function checkForeignKeys(db: Db): void {
  const [violation] = db.prepare<[], ForeignKeyViolation>('PRAGMA foreign_key_check').all();
  if (violation !== undefined) {
    throw new WorkspaceFileError(
      'corrupt',
      { reason: 'foreign-key', table: violation.table, parent: violation.parent },
      `Row ${String(violation.rowid)} of ${violation.table} points at a missing ${violation.parent} row`,
    );
  }
}

/** `<folder>/backups`, beside the workspace, unless the caller chose a folder. */
export function defaultBackupDir(file: string): string {
  return join(dirname(file), 'backups');
}

/**
 * Copies the file before migrating it to `toVersion`, as
 * `<name>-before-v<toVersion>-<timestamp>.coopfolio`. Uses `VACUUM INTO`, SQLite's
 * other consistent-copy mechanism beside the online backup API: opening a store is
 * synchronous and `db.backup()` is not. Returns the backup's path.
 */
export function backupBeforeMigration(db: Db, file: string, toVersion: number, backupDir: string): string {
  mkdirSync(backupDir, { recursive: true });
  const target = join(backupDir, `${stem(file)}-before-v${toVersion}-${fileTimestamp()}.coopfolio`);
  const temp = tempPathBeside(target);
  try {
    db.prepare<[string]>('VACUUM INTO ?').run(temp);
    moveIntoPlace(temp, target);
  } catch (error) {
    removeQuietly(temp);
    throw error;
  }
  return target;
}
