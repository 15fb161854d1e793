import { LOCALES, type Settings } from '../../model';
import type { ReadDb, WriteDb } from '../sql';
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
  de_minimis_sgei_ceiling_cents: number;
  /** The EU reference and discount rates for gross grant equivalents, not `discount_rate` above. */
  de_minimis_reference_rate: number;
  de_minimis_discount_rate: number;
  de_minimis_rates_date: string;
  de_minimis_rates_source: string;
}

export function settingsToRow(settings: Settings): SettingsRow {
  const deMinimis = settings.deMinimis;
  return {
    id: 1,
    municipality: settings.municipality,
    locale: settings.locale,
    start_year: settings.startYear,
    horizon_years: settings.horizonYears,
    discount_rate: settings.discountRate,
    min_dscr: settings.minDscr,
    de_minimis_ceiling_cents: deMinimis.ceiling,
    de_minimis_period_years: deMinimis.periodYears,
    de_minimis_sgei_ceiling_cents: deMinimis.sgeiCeiling,
    de_minimis_reference_rate: deMinimis.referenceRate,
    de_minimis_discount_rate: deMinimis.discountRate,
    de_minimis_rates_date: deMinimis.ratesDate,
    de_minimis_rates_source: deMinimis.ratesSource,
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
    deMinimis: {
      ceiling: cents(row.de_minimis_ceiling_cents),
      periodYears: row.de_minimis_period_years,
      sgeiCeiling: cents(row.de_minimis_sgei_ceiling_cents),
      referenceRate: row.de_minimis_reference_rate,
      discountRate: row.de_minimis_discount_rate,
      ratesDate: row.de_minimis_rates_date,
      ratesSource: row.de_minimis_rates_source,
    },
  };
}

const COLUMNS = [
  'id',
  'municipality',
  'locale',
  'start_year',
  'horizon_years',
  'discount_rate',
  'min_dscr',
  'de_minimis_ceiling_cents',
  'de_minimis_period_years',
  'de_minimis_sgei_ceiling_cents',
  'de_minimis_reference_rate',
  'de_minimis_discount_rate',
  'de_minimis_rates_date',
  'de_minimis_rates_source',
] as const;

// Column names come from the constant list above, never from input.
const WRITE_SQL = `INSERT OR REPLACE INTO settings (${COLUMNS.join(', ')})
  VALUES (${COLUMNS.map((c) => `@${c}`).join(', ')})`;

/** The single settings row, inserted or replaced. */
export function writeSettings(db: WriteDb, settings: Settings): void {
  db.prepare<SettingsRow>(WRITE_SQL).run(settingsToRow(settings));
}

export function readSettings(db: ReadDb): Settings {
  const row = db.prepare<[], SettingsRow>('SELECT * FROM settings WHERE id = 1').get();
  if (row === undefined) throw new Error('The settings row is missing');
  return settingsFromRow(row);
}
