import { LOCALES, type Settings } from '../../model';
import type { Db } from '../sql';
import { cents, oneOf } from './checked';

export interface SettingsRow {
  id: 1;
  municipality: string;
  locale: string;
  start_year: number;
  horizon_years: number;
  discount_rate: number;
  min_dscr: number;
  de_minimis_ceiling_cents: number;
  de_minimis_period_years: number;
}

export function settingsToRow(settings: Settings): SettingsRow {
  return {
    id: 1,
    municipality: settings.municipality,
    locale: settings.locale,
    start_year: settings.startYear,
    horizon_years: settings.horizonYears,
    discount_rate: settings.discountRate,
    min_dscr: settings.minDscr,
    de_minimis_ceiling_cents: settings.deMinimis.ceiling,
    de_minimis_period_years: settings.deMinimis.periodYears,
  };
}

export function settingsFromRow(row: SettingsRow): Settings {
  return {
    municipality: row.municipality,
    locale: oneOf(LOCALES, row.locale, 'settings.locale'),
    startYear: row.start_year,
    horizonYears: row.horizon_years,
    discountRate: row.discount_rate,
    minDscr: row.min_dscr,
    deMinimis: { ceiling: cents(row.de_minimis_ceiling_cents), periodYears: row.de_minimis_period_years },
  };
}

/** The single settings row, inserted or replaced. */
export function writeSettings(db: Db, settings: Settings): void {
  db.prepare<SettingsRow>(
    `INSERT OR REPLACE INTO settings (id, municipality, locale, start_year, horizon_years, discount_rate,
       min_dscr, de_minimis_ceiling_cents, de_minimis_period_years)
     VALUES (@id, @municipality, @locale, @start_year, @horizon_years, @discount_rate,
       @min_dscr, @de_minimis_ceiling_cents, @de_minimis_period_years)`,
  ).run(settingsToRow(settings));
}

export function readSettings(db: Db): Settings {
  const row = db.prepare<[], SettingsRow>('SELECT * FROM settings WHERE id = 1').get();
  if (row === undefined) throw new Error('The settings row is missing');
  return settingsFromRow(row);
}
