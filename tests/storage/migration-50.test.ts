import Database from 'better-sqlite3';
import { copyFileSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { createWorkspaceStore, openWorkspaceStore } from '../../src/storage';
import { migrate } from '../../src/storage/migrate';
import { MIGRATIONS } from '../../src/storage/migrations';
import { parsed, tempFolders } from './builders';
import { richWorkspaceJson } from './rich-workspace';

/*
 * Schema 50 renames impact_lines.annual to output (a version-1 line's figure, unchanged:
 * no indicator has a city total yet, so the projection divides by 1) and adds the new
 * indicator and line columns. These tests start from the committed v10 fixture brought to
 * 40, as a build before 50 left it.
 */

const FIXTURES = join(import.meta.dirname, '..', 'fixtures', 'storage');
const folders = tempFolders();
afterEach(() => folders.cleanup());

const BEFORE_50 = MIGRATIONS.filter((m) => m.version < 50);

function v40File(): string {
  const file = join(folders.make(), 'v40.coopfolio');
  copyFileSync(join(FIXTURES, 'v10.coopfolio'), file);
  const db = new Database(file);
  db.pragma('foreign_keys = ON');
  migrate(db, BEFORE_50);
  db.close();
  return file;
}

function rows(file: string, sql: string): Record<string, unknown>[] {
  const db = new Database(file, { readonly: true });
  try {
    return db.prepare(sql).all() as Record<string, unknown>[];
  } finally {
    db.close();
  }
}

describe('migration 50', () => {
  it('keeps every impact line’s figure as its output and gives indicators no city total', () => {
    const file = v40File();
    const lines = rows(file, 'SELECT * FROM impact_lines ORDER BY plan_id, position');
    const indicators = rows(file, 'SELECT * FROM indicators ORDER BY position');
    expect(lines.length).toBeGreaterThan(0);

    openWorkspaceStore(file).close();

    const after = rows(file, 'SELECT * FROM impact_lines ORDER BY plan_id, position');
    expect(after).toEqual(
      lines.map(({ annual, ...rest }) => ({ ...rest, output: annual, output_unit: null })),
    );
    expect(rows(file, 'SELECT * FROM indicators ORDER BY position')).toEqual(
      indicators.map((row) => ({
        ...row,
        baseline_source: '',
        baseline_date: null,
        threshold_source: '',
        denominator_unit: null,
        denominator_source: null,
        denominator_year: null,
        denominator_value: null,
      })),
    );
  });

  it('reads the migrated file as its version-1 JSON reads after the upgrade on import', () => {
    const store = openWorkspaceStore(v40File());
    const fromJson = parsed(JSON.parse(readFileSync(join(FIXTURES, 'v10.json'), 'utf8')));
    const workspace = store.load();
    expect(workspace.indicators).toStrictEqual(fromJson.indicators);
    expect(workspace.plans.map((p) => p.impacts)).toStrictEqual(fromJson.plans.map((p) => p.impacts));
    store.close();
  });

  it('renames the column inside its CHECK too, and checks the new columns as the model does', () => {
    const file = v40File();
    openWorkspaceStore(file).close();
    const db = new Database(file);
    const [table] = db
      .prepare("SELECT sql FROM sqlite_schema WHERE name = 'impact_lines'")
      .pluck()
      .all() as string[];
    expect(table).toMatch(/output REAL NOT NULL CHECK \(output BETWEEN/);
    expect(table).not.toMatch(/annual/);
    const indicator = db.prepare('SELECT id FROM indicators ORDER BY position LIMIT 1').pluck().get();
    const set = (assignments: string) => () =>
      db.prepare(`UPDATE indicators SET ${assignments} WHERE id = ?`).run(indicator);
    // All four parts of a city total, or none.
    expect(
      set("denominator_value = 5, denominator_unit = 'x', denominator_source = '', denominator_year = 2024"),
    ).not.toThrow();
    expect(set('denominator_unit = NULL')).toThrow(/CHECK/);
    expect(set("denominator_unit = 'x', denominator_value = 0")).toThrow(/CHECK/);
    expect(set("baseline_date = '2025-02-30'")).toThrow(/CHECK/);
    expect(set("baseline_date = '2025-02-28'")).not.toThrow();
    expect(() => db.prepare("UPDATE impact_lines SET output_unit = ''").run()).toThrow(/CHECK/);
    expect(() => db.prepare('UPDATE impact_lines SET output = ?').run(Number.POSITIVE_INFINITY)).toThrow(
      /CHECK/,
    );
    db.close();
  });

  it('stores and reads back every new field of a version-2 workspace', () => {
    const file = join(folders.make(), 'rich.coopfolio');
    const workspace = parsed(richWorkspaceJson());
    createWorkspaceStore(file, workspace).close();
    const store = openWorkspaceStore(file);
    const loaded = store.load();
    expect(loaded.indicators).toStrictEqual(workspace.indicators);
    expect(loaded.indicators[0]).toMatchObject({
      denominator: { value: 480000.5, unit: 'huishoudens', source: 'CBS Statline 2024', year: 2024 },
      baseline: { source: 'Energiearmoedemonitor "TNO"', date: '2024-02-29' },
      thresholdSource: 'Iedereen: geen energiearmoede',
    });
    expect(loaded.plans.flatMap((p) => p.impacts)).toStrictEqual(workspace.plans.flatMap((p) => p.impacts));
    store.close();
  });
});
