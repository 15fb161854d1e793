import Database from 'better-sqlite3';
import { copyFileSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import {
  createWorkspaceStore,
  CURRENT_SCHEMA_VERSION,
  openWorkspaceStore,
  storageErrorMessage,
  WorkspaceFileError,
} from '../../src/storage';
import { checkMigrationOrder, migrate } from '../../src/storage/migrate';
import { MIGRATIONS } from '../../src/storage/migrations';
import { initial } from '../../src/storage/migrations/0010-initial';
import { at, parsed, sha256, tempFolders } from './builders';
import { richWorkspaceJson } from './rich-workspace';

const FIXTURES = join(import.meta.dirname, '..', 'fixtures', 'storage');
const folders = tempFolders();
afterEach(() => folders.cleanup());

function schemaOf(db: Database.Database): string[] {
  return db
    .prepare(
      "SELECT type || ' ' || name || ': ' || sql FROM sqlite_schema WHERE sql IS NOT NULL ORDER BY name",
    )
    .pluck()
    .all()
    .map(String);
}

function copyOfFixture(): string {
  const file = join(folders.make(), 'v10.coopfolio');
  copyFileSync(join(FIXTURES, 'v10.coopfolio'), file);
  return file;
}

describe('migrations', () => {
  it('are numbered in increasing steps of 10 and end at the current version', () => {
    expect(() => checkMigrationOrder(MIGRATIONS)).not.toThrow();
    expect(MIGRATIONS.map((m) => m.version)).toEqual([10, 20, 30, 40, 50, 60, 70, 80, 90, 100, 110]);
    expect(CURRENT_SCHEMA_VERSION).toBe(110);
    expect(() => checkMigrationOrder([at(MIGRATIONS, 1), at(MIGRATIONS, 0)])).toThrow();
    expect(() => checkMigrationOrder([{ ...initial, version: 15 }])).toThrow();
  });

  it('replay the whole chain on an empty file and build the schema a new workspace has', () => {
    const db = new Database(join(folders.make(), 'empty.sqlite'));
    expect(migrate(db)).toEqual([10, 20, 30, 40, 50, 60, 70, 80, 90, 100, 110]);
    expect(db.pragma('user_version', { simple: true })).toBe(110);
    expect(db.pragma('application_id', { simple: true })).toBe(0x436f6f70);
    expect(migrate(db)).toEqual([]);
    const file = join(folders.make(), 'fresh.coopfolio');
    createWorkspaceStore(file, parsed(richWorkspaceJson())).close();
    const fresh = new Database(file, { readonly: true });
    expect(schemaOf(db)).toEqual(schemaOf(fresh));
    const tables = db
      .prepare("SELECT name FROM sqlite_schema WHERE type = 'table' ORDER BY name")
      .pluck()
      .all();
    expect(tables).toEqual([
      'audit_events',
      'coaching_hours',
      'cooperative_stages',
      'cooperatives',
      'cost_amounts',
      'cost_lines',
      'funding_streams',
      'guarantee_backs',
      'impact_lines',
      'indicators',
      'locked_amounts',
      'meta',
      'plan_awards',
      'plan_revenues',
      'plans',
      'prior_state_aid',
      'procurement',
      'procurement_contracts',
      'procurement_volumes',
      'record_versions',
      'scenario_desiloing_silos',
      'scenario_indicator_overrides',
      'scenario_plans',
      'scenario_stream_factors',
      'scenarios',
      'settings',
      'stream_budget_years',
      'stream_eligibility',
    ]);
    // Every table is STRICT.
    for (const sql of schemaOf(db).filter((line) => line.startsWith('table '))) {
      expect(sql.trimEnd().endsWith('STRICT')).toBe(true);
    }
    fresh.close();
    db.close();
  });

  it('roll a failing migration back whole, leaving the file at the previous version', () => {
    const db = new Database(join(folders.make(), 'half.sqlite'));
    const broken = {
      version: 20,
      name: 'broken',
      up(target: Database.Database) {
        target.exec('CREATE TABLE half_done (x INTEGER) STRICT');
        target.exec('SELECT * FROM no_such_table');
      },
    };
    expect(() => migrate(db, [initial, broken])).toThrow(/no_such_table/);
    expect(db.pragma('user_version', { simple: true })).toBe(10);
    expect(db.prepare("SELECT count(*) FROM sqlite_schema WHERE name = 'half_done'").pluck().get()).toBe(0);
    db.close();
  });

  it('bring the v10 fixture to the current version with every row kept and a backup beside it', () => {
    const file = copyOfFixture();
    const store = openWorkspaceStore(file);
    expect(store.load()).toStrictEqual(parsed(JSON.parse(readFileSync(join(FIXTURES, 'v10.json'), 'utf8'))));
    expect(store.meta()).toMatchObject({
      schemaVersion: CURRENT_SCHEMA_VERSION,
      createdAt: '2026-01-15T10:00:00.000Z',
    });
    store.close();

    const backups = readdirSync(join(file, '..', 'backups'));
    expect(backups).toHaveLength(1);
    expect(backups[0]).toMatch(/^v10-before-v110-\d{4}-\d\d-\d\dT[\d-]+Z\.coopfolio$/);
    const backup = new Database(join(file, '..', 'backups', at(backups, 0)), { readonly: true });
    expect(backup.pragma('user_version', { simple: true })).toBe(10);
    expect(backup.prepare('SELECT count(*) FROM cost_amounts').pluck().get()).toBe(3);
    backup.close();
  });

  it('write the pre-migration backup where the caller asks, and only once', () => {
    const file = copyOfFixture();
    const backupDir = join(folders.make(), 'elsewhere');
    openWorkspaceStore(file, { backupDir }).close();
    openWorkspaceStore(file, { backupDir }).close();
    expect(readdirSync(backupDir)).toHaveLength(1);
    expect(readdirSync(join(file, '..'))).toEqual(['v10.coopfolio']);
  });

  it('refuse a file from a newer version without changing a byte', () => {
    const file = join(folders.make(), 'future.coopfolio');
    createWorkspaceStore(file, parsed(richWorkspaceJson())).close();
    const db = new Database(file);
    db.pragma('user_version = 9999');
    db.close();
    const before = sha256(file);
    const names = readdirSync(join(file, '..'));

    let error: unknown;
    try {
      openWorkspaceStore(file);
    } catch (caught) {
      error = caught;
    }
    expect(error).toBeInstanceOf(WorkspaceFileError);
    const refusal = error as WorkspaceFileError;
    expect(refusal.code).toBe('newer-version');
    expect(refusal.params).toMatchObject({ found: 9999, supported: 110 });
    expect(sha256(file)).toBe(before);
    expect(readdirSync(join(file, '..'))).toEqual(names);
    expect(storageErrorMessage(refusal, 'en')).toBe(
      `This workspace ("${file}") was made by a newer version of Coopfolio (schema 9999); this version knows up to 110. Update Coopfolio; the file was not changed.`,
    );
  });

  it('refuse a newer file that another program has open, still without writing to it', () => {
    const file = join(folders.make(), 'future-open.coopfolio');
    createWorkspaceStore(file, parsed(richWorkspaceJson())).close();
    const other = new Database(file);
    other.pragma('user_version = 9999');
    other.pragma('wal_checkpoint(TRUNCATE)');
    const before = sha256(file);
    expect(() => openWorkspaceStore(file)).toThrow(expect.objectContaining({ code: 'newer-version' }));
    expect(sha256(file)).toBe(before);
    other.close();
  });
});
