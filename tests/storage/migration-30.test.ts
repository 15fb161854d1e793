import Database from 'better-sqlite3';
import { copyFileSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { DEFAULT_EU_RATES, DEFAULT_SGEI_CEILING_EUROS } from '../../src/model/eu-rates';
import { createWorkspaceStore, CURRENT_SCHEMA_VERSION, openWorkspaceStore } from '../../src/storage';
import { migrate } from '../../src/storage/migrate';
import { MIGRATIONS, type Migration } from '../../src/storage/migrations';
import { at, parsed, sha256, tempFolders } from './builders';
import { richWorkspaceJson } from './rich-workspace';

/*
 * Schema 30 rebuilds funding_streams (its kind CHECK gains 'guarantee'), which four
 * other tables reference. These tests start from a file at schema 20, made the way a
 * 20 build made it: the committed v10 fixture brought to 20 by the released 0020.
 */

const FIXTURES = join(import.meta.dirname, '..', 'fixtures', 'storage');
const folders = tempFolders();
afterEach(() => folders.cleanup());

const AT_20 = MIGRATIONS.filter((m) => m.version <= 20);
/** What opening a schema-20 file applies: 30 and every later step. */
const AFTER_20 = MIGRATIONS.filter((m) => m.version > 20).map((m) => m.version);

/** Tables that reference funding_streams, with an order that makes their dumps comparable. */
const STREAM_CHILDREN = {
  locked_amounts: 'plan_id, position',
  scenario_stream_factors: 'scenario_id, position',
  stream_budget_years: 'stream_id, year',
  stream_eligibility: 'stream_id, list, position',
} as const;

function v20File(): string {
  const file = join(folders.make(), 'v20.coopfolio');
  copyFileSync(join(FIXTURES, 'v10.coopfolio'), file);
  const db = new Database(file);
  db.pragma('foreign_keys = ON');
  expect(migrate(db, AT_20)).toEqual([20]);
  // A second stream used everywhere, so the rebuild has more than one of each to keep.
  db.exec(`
    INSERT INTO funding_streams VALUES ('eigen', 2, 'Eigen', NULL, 'members', 'equity', 0, 0, NULL, NULL,
      'unlimited', NULL, NULL, NULL, NULL, NULL, 1, 1, NULL, NULL, NULL);
    INSERT INTO stream_eligibility VALUES ('eigen', 'stages', 0, 'idea');
    INSERT INTO locked_amounts VALUES ('dak-op', 1, 'eigen', 'uren', 2026, 100);
    INSERT INTO scenario_stream_factors VALUES ('basis', 1, 'lening', 0);
  `);
  db.close();
  return file;
}

function dump(db: Database.Database, table: string, order: string): unknown[] {
  // Table and order come from the constant above, never from input.
  return db.prepare(`SELECT * FROM ${table} ORDER BY ${order}`).all();
}

function dumpAll(db: Database.Database): Record<string, unknown[]> {
  const tables = db
    .prepare("SELECT name FROM sqlite_schema WHERE type = 'table' ORDER BY name")
    .pluck()
    .all()
    .map(String);
  return Object.fromEntries(tables.map((table) => [table, dump(db, table, 'rowid')]));
}

function schemaOf(db: Database.Database): string[] {
  return db
    .prepare(
      "SELECT type || ' ' || name || ': ' || sql FROM sqlite_schema WHERE sql IS NOT NULL ORDER BY name",
    )
    .pluck()
    .all()
    .map(String);
}

describe('migration 30', () => {
  it('keeps every row of a schema-20 file, with children still pointing at their streams', () => {
    const file = v20File();
    const old = new Database(file, { readonly: true });
    const before = dumpAll(old);
    const streamsBefore = old.prepare('SELECT * FROM funding_streams ORDER BY id').all();
    old.close();

    openWorkspaceStore(file).close();

    const db = new Database(file);
    db.pragma('foreign_keys = ON');
    expect(db.pragma('user_version', { simple: true })).toBe(CURRENT_SCHEMA_VERSION);
    expect(db.pragma('foreign_key_check')).toEqual([]);
    expect(db.pragma('integrity_check', { simple: true })).toBe('ok');
    const after = dumpAll(db);
    for (const [table, rows] of Object.entries(before)) {
      // Changed on purpose by 30 and later migrations (50 renames impact_lines.annual and adds
      // indicator columns; tests/storage/migration-50.test.ts checks those rows; 80 and 90 add
      // cost-line columns, 100 a scenario column, each checked by its own test).
      const changed = [
        'settings',
        'cooperatives',
        'prior_state_aid',
        'funding_streams',
        'meta',
        'cost_lines',
        'scenarios',
      ];
      if ([...changed, 'impact_lines', 'indicators'].includes(table)) continue;
      expect(after[table], table).toEqual(rows);
    }
    for (const [table, order] of Object.entries(STREAM_CHILDREN)) {
      expect(dump(db, table, order).length, table).toBeGreaterThan(0);
    }
    // The old columns unchanged, the new ones at their defaults.
    const streamsAfter = db.prepare('SELECT * FROM funding_streams ORDER BY id').all();
    expect(streamsAfter).toEqual(
      streamsBefore.map((row) => ({
        ...(row as object),
        loan_guarantee_required: null,
        guarantee_share: null,
        guarantee_term_years: null,
        guarantee_call_rate: null,
        revolving: 0,
        revolving_interest: 0,
        sgei: 0,
        terms_date: null,
        source: null,
        // Schema 40 (a later step of the same open).
        decision_weeks: null,
        application_deadline: null,
        // Schema 70: every stream of an older file is ready, as the blend used it.
        draft: 0,
        // Schema 90: no budget nature stated (the model derives it from the stream's years).
        budget_nature: null,
      })),
    );
    expect(db.prepare('SELECT count(*) FROM guarantee_backs').pluck().get()).toBe(0);

    // The children's foreign keys name the rebuilt table: deletes are still refused.
    for (const id of ['innovatie', 'lening', 'eigen']) {
      expect(() => db.prepare('DELETE FROM funding_streams WHERE id = ?').run(id), id).toThrow(/FOREIGN KEY/);
    }
    db.close();
  });

  it('reads the migrated file with the model defaults, as a version-1 JSON file without the fields', () => {
    const file = v20File();
    const store = openWorkspaceStore(file);
    const workspace = store.load();
    const fromJson = parsed(JSON.parse(readFileSync(join(FIXTURES, 'v10.json'), 'utf8')));
    expect(workspace.settings).toStrictEqual(fromJson.settings);
    expect(workspace.cooperatives).toStrictEqual(fromJson.cooperatives);
    expect(workspace.fundingStreams.slice(0, 2)).toStrictEqual(fromJson.fundingStreams);
    expect(workspace.plans.map((p) => p.locked.map((l) => l.streamId))).toEqual([['innovatie', 'eigen']]);
    expect(workspace.scenarios.map((s) => s.streamFactors)).toEqual([{ innovatie: 0.8, lening: 0 }]);
    expect(workspace.settings.deMinimis).toMatchObject({
      sgeiCeiling: DEFAULT_SGEI_CEILING_EUROS * 100,
      referenceRate: DEFAULT_EU_RATES.referenceRate,
      discountRate: DEFAULT_EU_RATES.discountRate,
      ratesDate: DEFAULT_EU_RATES.date,
      ratesSource: DEFAULT_EU_RATES.source,
    });
    expect(workspace.cooperatives.flatMap((c) => [c.sgei, ...c.priorStateAid.map((a) => a.sgei)])).toEqual([
      false,
      false,
      false,
    ]);
    store.close();
    expect(readdirSync(join(file, '..', 'backups'))).toEqual([
      expect.stringMatching(new RegExp(`^v20-before-v${CURRENT_SCHEMA_VERSION}-.*\\.coopfolio$`)),
    ]);
  });

  it('builds the same schema as a new file', () => {
    const file = v20File();
    openWorkspaceStore(file).close();
    const fresh = join(folders.make(), 'fresh.coopfolio');
    createWorkspaceStore(fresh, parsed(richWorkspaceJson())).close();
    const [migrated, created] = [
      new Database(file, { readonly: true }),
      new Database(fresh, { readonly: true }),
    ];
    expect(schemaOf(migrated)).toEqual(schemaOf(created));
    migrated.close();
    created.close();
  });

  it('switches foreign keys off only around the rebuild, and back to what they were', () => {
    for (const setting of ['ON', 'OFF']) {
      const db = new Database(v20File());
      db.pragma(`foreign_keys = ${setting}`);
      expect(migrate(db)).toEqual(AFTER_20);
      expect(db.pragma('foreign_keys', { simple: true })).toBe(setting === 'ON' ? 1 : 0);
      expect(db.prepare('SELECT count(*) FROM locked_amounts').pluck().get()).toBe(2);
      db.close();
    }
  });

  it('refuses to rebuild inside a caller transaction, where foreign keys cannot be switched off', () => {
    const db = new Database(v20File());
    db.pragma('foreign_keys = ON');
    db.exec('BEGIN');
    expect(() => migrate(db)).toThrow(/inside a transaction/);
    db.exec('ROLLBACK');
    expect(db.pragma('user_version', { simple: true })).toBe(20);
    db.close();
  });

  it('rolls a failed or lossy rebuild back whole, leaving the file at 20 with its children', () => {
    // Migration 30 itself, wherever later migrations put it in the list.
    const last = at(
      MIGRATIONS.filter((m) => m.version === 30),
      0,
    );
    const failing: Migration = {
      ...last,
      up(db) {
        last.up(db);
        db.exec('SELECT * FROM no_such_table');
      },
    };
    // A rebuild that drops a parent row: with foreign keys off only the final check sees it.
    const lossy: Migration = {
      ...last,
      up(db) {
        last.up(db);
        db.exec("DELETE FROM funding_streams WHERE id = 'eigen'");
      },
    };
    for (const [migration, error] of [
      [failing, /no_such_table/],
      [lossy, /points at a missing funding_streams row/],
    ] as const) {
      const file = v20File();
      const hash = sha256(file);
      const db = new Database(file);
      db.pragma('foreign_keys = ON');
      expect(() => migrate(db, [...AT_20, migration])).toThrow(error);
      expect(db.pragma('user_version', { simple: true })).toBe(20);
      expect(db.pragma('foreign_keys', { simple: true })).toBe(1);
      expect(
        db.prepare("SELECT count(*) FROM sqlite_schema WHERE name = 'guarantee_backs'").pluck().get(),
      ).toBe(0);
      db.close();
      expect(sha256(file)).toBe(hash);
    }
  });

  it('leaves a newer file than 30 refused and untouched', () => {
    const file = v20File();
    const db = new Database(file);
    db.pragma(`user_version = ${CURRENT_SCHEMA_VERSION + 10}`);
    db.close();
    const hash = sha256(file);
    expect(() => openWorkspaceStore(file)).toThrow(
      expect.objectContaining({
        code: 'newer-version',
        params: expect.objectContaining({ supported: CURRENT_SCHEMA_VERSION }),
      }),
    );
    expect(sha256(file)).toBe(hash);
  });
});
