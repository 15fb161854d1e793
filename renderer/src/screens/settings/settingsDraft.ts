/**
 * The workspace settings as the Settings screen holds and checks them. Rates are typed
 * as percentages ("2,25") and stored as fractions (0.0225), as every percentage field in
 * the app is; a value out of range is told in percent, never as a fraction.
 */
import { formatPath, type IssuePath } from '../../../../src/model/issues';
import type { Lang } from '../../../../src/model/messages';
import { settingsSchema, type Locale, type SettingsJson } from '../../../../src/model/settings';
import { amountIssues, modelIssue, type FormCheck, type FormIssue } from '../../domain/issues';
import {
  entryValue,
  formatAmountInput,
  formatNumberInput,
  formatPercentInput,
  parseNumberEntry,
  percentEntryValue,
} from '../../domain/numbers';
import { checkCandidate } from '../../domain/schemaCheck';

export interface SettingsDraft {
  municipality: string;
  locale: Locale;
  startYear: string;
  horizonYears: string;
  /** Percent. */
  discountRate: string;
  minDscr: string;
  deMinimisCeiling: string;
  deMinimisPeriodYears: string;
  deMinimisSgeiCeiling: string;
  /** Percent. */
  deMinimisReferenceRate: string;
  /** Percent. */
  deMinimisDiscountRate: string;
  /** `YYYY-MM-DD`, '' when empty. */
  deMinimisRatesDate: string;
  deMinimisRatesSource: string;
}

/** Every field by the JSON path the model reports problems at. */
export const SETTINGS_FIELDS = [
  'municipality',
  'locale',
  'startYear',
  'horizonYears',
  'discountRate',
  'minDscr',
  'deMinimis.ceiling',
  'deMinimis.periodYears',
  'deMinimis.sgeiCeiling',
  'deMinimis.referenceRate',
  'deMinimis.discountRate',
  'deMinimis.ratesDate',
  'deMinimis.ratesSource',
] as const;

const FIELD_SET: ReadonlySet<string> = new Set(SETTINGS_FIELDS);
const PERCENT_FIELDS = new Set(['discountRate', 'deMinimis.referenceRate', 'deMinimis.discountRate']);

export function settingsFields(): ReadonlySet<string> {
  return FIELD_SET;
}

/**
 * The stored settings in the form's words. The settings arrive with every default
 * filled in (the host parsed them), so a missing value falls back to the empty field.
 */
export function settingsDraftOf(settings: SettingsJson, locale: Locale): SettingsDraft {
  const de = settings.deMinimis;
  const percent = (fraction: number | undefined) =>
    fraction === undefined ? '' : formatPercentInput(fraction, locale);
  const amount = (euros: number | undefined) => (euros === undefined ? '' : formatAmountInput(euros, locale));
  const number = (value: number | undefined) => (value === undefined ? '' : formatNumberInput(value, locale));
  return {
    municipality: settings.municipality ?? '',
    locale: settings.locale ?? 'nl-NL',
    startYear: String(settings.startYear),
    horizonYears: number(settings.horizonYears),
    discountRate: percent(settings.discountRate),
    minDscr: number(settings.minDscr),
    deMinimisCeiling: amount(de?.ceiling),
    deMinimisPeriodYears: number(de?.periodYears),
    deMinimisSgeiCeiling: amount(de?.sgeiCeiling),
    deMinimisReferenceRate: percent(de?.referenceRate),
    deMinimisDiscountRate: percent(de?.discountRate),
    deMinimisRatesDate: de?.ratesDate ?? '',
    deMinimisRatesSource: de?.ratesSource ?? '',
  };
}

/** A fraction out of range, in a field typed as a percentage, is told as a percentage. */
function inPercent(issue: FormIssue): FormIssue {
  if (issue.source !== 'model' || issue.key !== 'fractionRange') return issue;
  return PERCENT_FIELDS.has(formatPath(issue.path)) ? { ...issue, key: 'percentRange' } : issue;
}

function amountOf(text: string, path: IssuePath, locale: Locale, local: FormIssue[]) {
  const entry = parseNumberEntry(text, locale);
  local.push(...amountIssues(entry, path));
  return entryValue(entry);
}

export function checkSettingsDraft(
  draft: SettingsDraft,
  lang: Lang,
  locale: Locale,
): FormCheck<SettingsJson> {
  const local: FormIssue[] = [];
  const number = (text: string) => entryValue(parseNumberEntry(text, locale));
  const percent = (text: string) => percentEntryValue(parseNumberEntry(text, locale));
  // An empty field would quietly take the model's default; a setting is only changed on purpose.
  const required: [string, IssuePath][] = [
    [draft.horizonYears, ['horizonYears']],
    [draft.discountRate, ['discountRate']],
    [draft.minDscr, ['minDscr']],
    [draft.deMinimisSgeiCeiling, ['deMinimis', 'sgeiCeiling']],
    [draft.deMinimisReferenceRate, ['deMinimis', 'referenceRate']],
    [draft.deMinimisDiscountRate, ['deMinimis', 'discountRate']],
    [draft.deMinimisRatesDate, ['deMinimis', 'ratesDate']],
  ];
  for (const [text, path] of required) if (text.trim() === '') local.push(modelIssue(path, 'required'));
  const candidate = {
    municipality: draft.municipality,
    locale: draft.locale,
    startYear: number(draft.startYear),
    horizonYears: number(draft.horizonYears),
    discountRate: percent(draft.discountRate),
    minDscr: number(draft.minDscr),
    deMinimis: {
      ceiling: amountOf(draft.deMinimisCeiling, ['deMinimis', 'ceiling'], locale, local),
      periodYears: number(draft.deMinimisPeriodYears),
      sgeiCeiling: amountOf(draft.deMinimisSgeiCeiling, ['deMinimis', 'sgeiCeiling'], locale, local),
      referenceRate: percent(draft.deMinimisReferenceRate),
      discountRate: percent(draft.deMinimisDiscountRate),
      ratesDate: draft.deMinimisRatesDate === '' ? undefined : draft.deMinimisRatesDate,
      ratesSource: draft.deMinimisRatesSource,
    },
  };
  const checked = checkCandidate(settingsSchema, candidate, local, lang);
  return checked.ok ? checked : { ok: false, issues: checked.issues.map(inPercent) };
}
