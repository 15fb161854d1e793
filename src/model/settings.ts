import { z } from 'zod';
import { boundedNumber, fractionSchema } from './fraction';
import { nonNegativeMoneySchema } from './money';
import { textSchema } from './text';
import { DEFAULT_EU_RATES, DEFAULT_SGEI_CEILING_EUROS } from './eu-rates';
import { isoDateSchema, yearSchema } from './years';

export const LOCALES = ['nl-NL', 'en-GB'] as const;
export const localeSchema = z.enum(LOCALES);
export type Locale = z.infer<typeof localeSchema>;

/** EU Regulation 2023/2831: EUR 300,000 per undertaking over any 3-year period. */
export const DEFAULT_DE_MINIMIS_CEILING_EUROS = 300_000;
export const DEFAULT_DE_MINIMIS_PERIOD_YEARS = 3;
/** Dutch standard discount rate for social cost-benefit analysis (Werkgroep Discontovoet 2020). */
export const DEFAULT_DISCOUNT_RATE = 0.0225;
export const DEFAULT_MIN_DSCR = 1.2;
export const DEFAULT_HORIZON_YEARS = 10;

export const deMinimisSchema = z.strictObject({
  ceiling: nonNegativeMoneySchema,
  periodYears: z.number().int().min(1).max(10),
  /** Ceiling for general plus SGEI de minimis aid together (Reg. (EU) 2023/2832, art. 3(2)). */
  sgeiCeiling: nonNegativeMoneySchema.prefault(DEFAULT_SGEI_CEILING_EUROS),
  /** Reference rate a loan's gross grant equivalent is measured against (2008/C 14/02). */
  referenceRate: fractionSchema.default(DEFAULT_EU_RATES.referenceRate),
  /** Discount rate that brings each year's saving back to the year of the grant (2008/C 14/02). */
  discountRate: fractionSchema.default(DEFAULT_EU_RATES.discountRate),
  /** Peildatum of the two rates. */
  ratesDate: isoDateSchema.default(DEFAULT_EU_RATES.date),
  ratesSource: textSchema.default(DEFAULT_EU_RATES.source),
});

export const settingsSchema = z.strictObject({
  municipality: textSchema.default(''),
  locale: localeSchema.default('nl-NL'),
  startYear: yearSchema,
  horizonYears: z.number().int().min(1).max(30).default(DEFAULT_HORIZON_YEARS),
  discountRate: fractionSchema.default(DEFAULT_DISCOUNT_RATE),
  minDscr: boundedNumber('minDscrRange', (v) => v >= 1 && v <= 10).default(DEFAULT_MIN_DSCR),
  deMinimis: deMinimisSchema.prefault({
    ceiling: DEFAULT_DE_MINIMIS_CEILING_EUROS,
    periodYears: DEFAULT_DE_MINIMIS_PERIOD_YEARS,
  }),
});

export type Settings = z.output<typeof settingsSchema>;
export type SettingsJson = z.input<typeof settingsSchema>;
