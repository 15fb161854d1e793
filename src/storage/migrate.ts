import { mkdirSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileTimestamp, moveIntoPlace, removeQuietly, stem, tempPathBeside } from './files';
import { MIGRATIONS, type Migration } from './migrations';
import { pragmaNumber, type Db } from './sql';

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
    db.transaction(() => {
      migration.up(db);
      setSchemaVersion(db, migration.version);
    }).immediate();
    applied.push(migration.version);
  }
  return applied;
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
