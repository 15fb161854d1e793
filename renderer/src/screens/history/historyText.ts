/**
 * How the history panel words one field change: the path in the words of the forms
 * (`Kosten › Huur › Bedragen › 2027`), the values as the rest of the app shows them
 * (euros as money, fractions as percentages, yes/no). Pure, so a test can read it
 * without a browser.
 */
import type { Locale } from '../../../../src/model/settings';
import { formatMoney, formatNumber, formatPercent } from '../../domain/format';

/** One path segment as `audit.history` answers it (src/storage/record-diff.ts). */
export type HistorySegment = string | number | { id: string };

export interface HistoryWords {
  /** The field's name in the user's language; null when there is none (the key is shown). */
  field(key: string): string | null;
  yes: string;
  no: string;
  empty: string;
}

/** Keys whose numbers, and the numbers under them (year schedules), are euros. */
const MONEY_KEYS = new Set([
  'amounts',
  'revenues',
  'budgetPerYear',
  'maxPerPlan',
  'minAward',
  'amount',
  'requested',
  'granted',
]);

/** Keys whose numbers are fractions the forms show as percentages. */
const FRACTION_KEYS = new Set([
  'maxShareOfPlan',
  'awardProbability',
  'rate',
  'guaranteeRequired',
  'share',
  'callRate',
  'deadweight',
  'attribution',
  'displacement',
  'dropOff',
]);

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

/** What people call a listed record: its label or name, else its id. */
function itemName(item: unknown, id: string): string {
  if (isRecord(item)) {
    for (const key of ['label', 'name']) {
      const value = item[key];
      if (typeof value === 'string' && value !== '') return value;
    }
  }
  return id;
}

/**
 * The path as words. A listed record's id becomes its label or name, looked up in
 * `record` (the record as it is now) or, for one since removed, in `removed`.
 */
export function pathWords(
  path: readonly HistorySegment[],
  record: unknown,
  words: HistoryWords,
  removed?: unknown,
): string {
  const parts: string[] = [];
  let here: unknown = record;
  for (const segment of path) {
    if (typeof segment === 'object') {
      const found = Array.isArray(here)
        ? here.find((item) => isRecord(item) && item['id'] === segment.id)
        : undefined;
      parts.push(itemName(found ?? removed, segment.id));
      here = found;
    } else if (typeof segment === 'number') {
      parts.push(String(segment + 1));
      here = Array.isArray(here) ? here[segment] : undefined;
    } else {
      parts.push(words.field(segment) ?? segment);
      here = isRecord(here) ? here[segment] : undefined;
    }
  }
  return parts.join(' \u203a ');
}

function numberWords(path: readonly HistorySegment[], value: number, locale: Locale): string {
  const keys = path.filter((segment): segment is string => typeof segment === 'string');
  if (keys.some((key) => MONEY_KEYS.has(key))) return formatMoney(value, locale);
  if (FRACTION_KEYS.has(keys.at(-1) ?? '')) return formatPercent(value, locale);
  return formatNumber(value, locale);
}

/** A value at `path` as the forms show it; a record or list in short. */
export function valueWords(
  path: readonly HistorySegment[],
  value: unknown,
  locale: Locale,
  words: HistoryWords,
): string {
  if (value === undefined || value === null || value === '') return words.empty;
  if (typeof value === 'boolean') return value ? words.yes : words.no;
  if (typeof value === 'number') return numberWords(path, value, locale);
  if (typeof value === 'string') return value;
  if (Array.isArray(value)) {
    if (value.length === 0) return words.empty;
    return value.map((item, i) => valueWords([...path, i], item, locale, words)).join(', ');
  }
  if (isRecord(value)) {
    if (typeof value['id'] === 'string') return itemName(value, value['id']);
    // A year schedule or a small record: its fields in a line.
    return Object.entries(value)
      .map(([key, item]) => `${words.field(key) ?? key}: ${valueWords([...path, key], item, locale, words)}`)
      .join('; ');
  }
  return String(value);
}
