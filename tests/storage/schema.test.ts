import Database from 'better-sqlite3';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { migrate } from '../../src/storage/migrate';
import { tempFolders } from './builders';

// The tables guard the data on their own, for any tool that writes the file.
const folders = tempFolders();
// The columns a schema-30 build wrote; later columns are nullable.
const COOPERATIVE_COLUMNS_AT_30 = `id, position, name, sector, district, legal_form, stage, members, founded_year,
  partnership, sgei`;
let db: Database.Database;

beforeAll(() => {
  db = new Database(join(folders.make(), 'schema.sqlite'));
  db.pragma('foreign_keys = ON');
  migrate(db);
  db.prepare(
    `INSERT INTO cooperatives (${COOPERATIVE_COLUMNS_AT_30})
     VALUES ('ok', 0, 'Ok', 'energy', NULL, 'other', 'idea', 1, NULL, 'none', 0)`,
  ).run();
});
afterAll(() => {
  db.close();
  folders.cleanup();
});

function cooperative(overrides: Record<string, unknown>) {
  const row = {
    id: 'coop',
    position: 1,
    name: 'Coop',
    sector: 'energy',
    district: null,
    legal_form: 'other',
    stage: 'idea',
    members: 1,
    founded_year: null,
    partnership: 'none',
    sgei: 0,
    ...overrides,
  };
  return () =>
    db
      .prepare(
        `INSERT INTO cooperatives (${COOPERATIVE_COLUMNS_AT_30})
         VALUES (@id, @position, @name, @sector, @district, @legal_form, @stage,
           @members, @founded_year, @partnership, @sgei)`,
      )
      .run(row);
}

// The columns a schema-20 build wrote; later columns have defaults or are nullable.
const STREAM_COLUMNS_AT_20 = `id, position, name, provider, silo, kind, is_public, state_aid, first_year, last_year,
  budget_mode, budget_cents, max_per_plan_cents, max_share_of_plan, min_award_cents, matching, award_probability,
  has_eligibility, loan_rate, loan_term_years, loan_grace_years`;

let aidPosition = 0;
function aid(amount: unknown) {
  aidPosition += 1;
  const position = aidPosition;
  return () => db.prepare("INSERT INTO prior_state_aid VALUES ('ok', ?, 2025, ?, 0)").run(position, amount);
}

/** The indicator columns of schema 10; later schemas add columns with defaults (50: sources, city total). */
const INDICATOR_COLUMNS_AT_10 =
  'id, position, label, dimension, kind, unit, baseline_year, baseline_value, threshold, trend, source, lens';

describe('the schema itself', () => {
  it.each(['Bad', '-lead', 'under_score', 'a'.repeat(65), '', 'spa ce', 'é'])('rejects the id %j', (id) => {
    expect(cooperative({ id })).toThrow(/CHECK constraint failed/);
  });

  it('accepts a slug id of 64 characters and digits first', () => {
    expect(cooperative({ id: `9${'a-'.repeat(31)}b` })).not.toThrow();
  });

  it('rejects an unknown enum value, a negative count and an empty name', () => {
    expect(cooperative({ id: 'e1', sector: 'banana' })).toThrow(/CHECK/);
    expect(cooperative({ id: 'e2', members: -1 })).toThrow(/CHECK/);
    expect(cooperative({ id: 'e3', name: '' })).toThrow(/CHECK/);
    expect(cooperative({ id: 'e4', founded_year: 1799 })).toThrow(/CHECK/);
  });

  it('keeps money in whole cents within range', () => {
    expect(aid(1.5)).toThrow(/cannot store REAL value in INTEGER column/);
    expect(aid('100 euro')).toThrow(/cannot store TEXT value in INTEGER column/);
    expect(aid(-1)).toThrow(/CHECK/);
    expect(aid(100_000_000_000_001)).toThrow(/CHECK/);
    expect(aid(Number.NaN)).toThrow(/NOT NULL/);
    expect(aid(100_000_000_000_000)).not.toThrow();
  });

  it('keeps fractions in [0, 1] and refuses infinity', () => {
    const indicator = (threshold: number, trend: number) => () =>
      db
        .prepare(
          `INSERT INTO indicators (${INDICATOR_COLUMNS_AT_10}) VALUES ('i', 0, 'I', 'energy', 'floor', 'u', 2024, 1, ?, ?, '', NULL)`,
        )
        .run(threshold, trend);
    expect(indicator(Number.POSITIVE_INFINITY, 0)).toThrow(/CHECK/);
    expect(indicator(0, 0)).toThrow(/CHECK/);
    expect(indicator(1, -1)).toThrow(/CHECK/);
    const settings = (rate: number) => () =>
      db
        .prepare(
          `INSERT INTO settings (id, municipality, locale, start_year, horizon_years, discount_rate, min_dscr,
             de_minimis_ceiling_cents, de_minimis_period_years) VALUES (1, '', 'nl-NL', 2026, 10, ?, 1.2, 0, 3)`,
        )
        .run(rate);
    expect(settings(1.01)).toThrow(/CHECK/);
  });

  it('requires loan terms exactly on loans and a kind that matches the dimension', () => {
    const stream = (kind: string, rate: number | null) => () =>
      db
        .prepare(
          `INSERT INTO funding_streams (${STREAM_COLUMNS_AT_20}) VALUES ('s-' || ?, 0, 'S', NULL, 'silo', ?, 1, 0,
             NULL, NULL, 'unlimited', NULL, NULL, NULL, NULL, NULL, 1, 0, ?, 5, 0)`,
        )
        .run(kind, kind, rate);
    expect(stream('loan', null)).toThrow(/CHECK/);
    expect(stream('grant', 0.02)).toThrow(/CHECK/);
    expect(stream('loan', 0.02)).not.toThrow();
    const indicator = db.prepare(
      `INSERT INTO indicators (${INDICATOR_COLUMNS_AT_10}) VALUES ('co2', 0, 'CO2', 'climate-change', 'floor', 'kt', 2024, 1, 1, 0, '', NULL)`,
    );
    expect(() => indicator.run()).toThrow(/CHECK/);
  });

  it('holds guarantees, revolving loans and dated terms to the model rules', () => {
    const stream = (id: string, extra: Record<string, unknown>) => () => {
      const row: Record<string, unknown> = {
        id,
        kind: 'guarantee',
        loan_rate: null,
        guarantee_share: 0.8,
        guarantee_term_years: 5,
        guarantee_call_rate: 0,
        revolving: 0,
        terms_date: null,
        ...extra,
      };
      db.prepare(
        `INSERT INTO funding_streams (id, position, name, silo, kind, is_public, state_aid, budget_mode,
           award_probability, has_eligibility, loan_rate, loan_term_years, loan_grace_years, guarantee_share,
           guarantee_term_years, guarantee_call_rate, revolving, terms_date)
         VALUES (@id, 0, 'S', 'silo', @kind, 1, 0, 'unlimited', 1, 0, @loan_rate,
           iif(@loan_rate IS NULL, NULL, 5), iif(@loan_rate IS NULL, NULL, 0), @guarantee_share,
           @guarantee_term_years, @guarantee_call_rate, @revolving, @terms_date)`,
      ).run(row);
    };
    expect(
      stream('g-none', { guarantee_share: null, guarantee_term_years: null, guarantee_call_rate: null }),
    ).toThrow(/CHECK/);
    expect(stream('g-grant', { kind: 'grant' })).toThrow(/CHECK/);
    expect(stream('g-share', { guarantee_share: 1.5 })).toThrow(/CHECK/);
    expect(stream('g-term', { guarantee_term_years: 31 })).toThrow(/CHECK/);
    expect(stream('g-date', { terms_date: '2026-02-30' })).toThrow(/CHECK/);
    expect(stream('g-revolving', { revolving: 1 })).toThrow(/CHECK/);
    const loan = { kind: 'loan', loan_rate: 0.01, guarantee_share: null, guarantee_term_years: null };
    expect(stream('l-revolving', { ...loan, guarantee_call_rate: null, revolving: 1 })).not.toThrow();
    expect(stream('g-ok', { terms_date: '2024-02-29' })).not.toThrow();
    const back = (backed: string) => () =>
      db.prepare("INSERT INTO guarantee_backs VALUES ('g-ok', 0, ?)").run(backed);
    expect(back('nobody')).toThrow(/FOREIGN KEY/);
    expect(back('l-revolving')).not.toThrow();
    expect(() => db.prepare("DELETE FROM funding_streams WHERE id = 'l-revolving'").run()).toThrow(
      /FOREIGN KEY/,
    );
  });

  it('refuses to delete a cooperative that a plan points at', () => {
    db.prepare("INSERT INTO plans VALUES ('p', 0, 'ok', 'P', 2026, 1)").run();
    expect(() => db.prepare("DELETE FROM cooperatives WHERE id = 'ok'").run()).toThrow(/FOREIGN KEY/);
  });
});
