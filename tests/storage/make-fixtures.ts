/**
 * Builds tests/fixtures/storage/v10.coopfolio: a workspace file exactly as schema
 * version 10 left it, for the migration tests. Run once with
 * `npx tsx tests/storage/make-fixtures.ts` and commit the result.
 *
 * Rows are written with plain SQL against the v10 tables, not with today's row
 * mappers, so the fixture stays what a v10 build wrote even after the schema moves on.
 * It holds the same data as v10.json beside it.
 */
import Database from 'better-sqlite3';
import { existsSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import { initial } from '../../src/storage/migrations/0010-initial';
import { migrate } from '../../src/storage/migrate';

const target = join(import.meta.dirname, '..', 'fixtures', 'storage', 'v10.coopfolio');

const ROWS: [string, unknown[]][] = [
  ["INSERT INTO meta VALUES (1, 'coopfolio', '2026-01-15T10:00:00.000Z', '2026-02-01T12:30:00.000Z')", []],
  [
    'INSERT INTO settings VALUES (1, ?, ?, ?, ?, ?, ?, ?, ?)',
    ['Gemeente Fixtuur', 'nl-NL', 2026, 10, 0.0225, 1.2, 30000000, 3],
  ],
  [
    'INSERT INTO cooperatives VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)',
    ['zon-coop', 0, 'Zon Coöperatie', 'energy', 'Noord', 'cooperatie-ua', 'startup', 120, 2021, 'none'],
  ],
  [
    'INSERT INTO cooperatives VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)',
    ['zorg-coop', 1, 'Zorg Coöperatie', 'care', null, 'vereniging', 'idea', 15, null, 'procurement'],
  ],
  ['INSERT INTO prior_state_aid VALUES (?, ?, ?, ?)', ['zon-coop', 0, 2025, 2000050]],
  [
    'INSERT INTO funding_streams VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)',
    [
      'innovatie',
      0,
      'Innovatiefonds',
      'Gemeente',
      'municipal-social',
      'grant',
      1,
      1,
      2026,
      2030,
      'amount',
      40000000,
      null,
      0.5,
      null,
      null,
      0.6,
      1,
      null,
      null,
      null,
    ],
  ],
  [
    'INSERT INTO funding_streams VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)',
    [
      'lening',
      1,
      'Duurzaamheidslening',
      null,
      'national-fund',
      'loan',
      1,
      0,
      null,
      null,
      'schedule',
      null,
      null,
      null,
      null,
      null,
      1,
      0,
      0.02,
      10,
      1,
    ],
  ],
  ['INSERT INTO stream_budget_years VALUES (?, ?, ?)', ['lening', 2026, 50000000]],
  ['INSERT INTO stream_budget_years VALUES (?, ?, ?)', ['lening', 2027, 25000000]],
  ['INSERT INTO stream_eligibility VALUES (?, ?, ?, ?)', ['innovatie', 'sectors', 0, 'energy']],
  ['INSERT INTO stream_eligibility VALUES (?, ?, ?, ?)', ['innovatie', 'sectors', 1, 'care']],
  ['INSERT INTO stream_eligibility VALUES (?, ?, ?, ?)', ['innovatie', 'categories', 0, 'capex']],
  [
    'INSERT INTO indicators VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)',
    [
      'co2',
      0,
      'CO2-uitstoot',
      'climate-change',
      'ceiling',
      'kt',
      2024,
      500,
      300,
      -0.01,
      'Klimaatmonitor',
      null,
    ],
  ],
  ['INSERT INTO plans VALUES (?, ?, ?, ?, ?, ?)', ['dak-op', 0, 'zon-coop', 'Daken vol zon', 2026, 3]],
  ['INSERT INTO cost_lines VALUES (?, ?, ?, ?, ?)', ['dak-op', 'panelen', 0, 'capex', 'Panelen']],
  ['INSERT INTO cost_lines VALUES (?, ?, ?, ?, ?)', ['dak-op', 'uren', 1, 'personnel', 'Projectleider']],
  ['INSERT INTO cost_amounts VALUES (?, ?, ?, ?)', ['dak-op', 'panelen', 2026, 12000000]],
  ['INSERT INTO cost_amounts VALUES (?, ?, ?, ?)', ['dak-op', 'panelen', 2027, 1500025]],
  ['INSERT INTO cost_amounts VALUES (?, ?, ?, ?)', ['dak-op', 'uren', 2026, 3000000]],
  ['INSERT INTO plan_revenues VALUES (?, ?, ?)', ['dak-op', 2027, 1800000]],
  ['INSERT INTO plan_revenues VALUES (?, ?, ?)', ['dak-op', 2028, 1850000]],
  [
    'INSERT INTO locked_amounts VALUES (?, ?, ?, ?, ?, ?)',
    ['dak-op', 0, 'innovatie', 'panelen', 2026, 2500000],
  ],
  [
    'INSERT INTO impact_lines VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)',
    [
      'dak-op',
      0,
      'co2',
      2027,
      20,
      -0.3,
      0.1,
      0.2,
      0,
      0.01,
      0.8,
      1.1,
      'moderate',
      'Opbrengstberekening installateur',
    ],
  ],
  ['INSERT INTO scenarios VALUES (?, ?, ?, ?, ?)', ['basis', 0, 'Basis', 1000, 42]],
  ['INSERT INTO scenario_plans VALUES (?, ?, ?)', ['basis', 0, 'dak-op']],
  ['INSERT INTO scenario_stream_factors VALUES (?, ?, ?, ?)', ['basis', 0, 'innovatie', 0.8]],
  ['INSERT INTO scenario_indicator_overrides VALUES (?, ?, ?, ?, ?)', ['basis', 0, 'co2', null, 250]],
];

for (const path of [target, `${target}-wal`, `${target}-shm`, `${target}-journal`]) {
  if (existsSync(path)) rmSync(path);
}
const db = new Database(target);
// Rollback journal: the committed fixture must be one self-contained file.
db.pragma('journal_mode = DELETE');
db.pragma('foreign_keys = ON');
migrate(db, [initial]);
db.transaction(() => {
  for (const [sql, params] of ROWS) db.prepare(sql).run(...params);
})();
db.close();
console.log(`wrote ${target}`);
