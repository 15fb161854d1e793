import type { MessageKey } from '../model/messages';
import type { ImportMessageKey } from './messages';
import type { Cell } from './table';
import type { NumberFormat } from './types';

/** A cell read as one field's kind of value, or why it cannot be. */
export type Parsed<T> =
  | { ok: true; value: T }
  | { ok: false; key: ImportMessageKey | MessageKey; params?: Record<string, unknown> };

const ok = <T>(value: T): Parsed<T> => ({ ok: true, value });
const fail = <T>(key: ImportMessageKey | MessageKey, params?: Record<string, unknown>): Parsed<T> =>
  params === undefined ? { ok: false, key } : { ok: false, key, params };

/** A cell that cannot give any value: an error value or a formula without stored result. */
function unusable<T>(cell: Cell): Parsed<T> | null {
  if (cell.kind === 'error') return fail('cellError', { code: cell.code });
  if (cell.kind === 'noResult') return fail('formulaWithoutResult');
  return null;
}

const NOT_FINITE = /^(nan|inf|infinity|∞|oneindig)$/i;
const SCIENTIFIC = /^\d+(\.\d+)?e[+-]?\d+$/i;

/** `^\d{1,3}(S\d{3})+$` for thousands separator S: "1.234.567", not "12.34" or "0.125". */
function groupedThousands(text: string, separator: string): boolean {
  const groups = text.split(separator);
  const [first, ...rest] = groups;
  return (
    first !== undefined &&
    /^[1-9]\d{0,2}$/.test(first) &&
    rest.length > 0 &&
    rest.every((group) => /^\d{3}$/.test(group))
  );
}

function count(text: string, char: string): number {
  return text.split(char).length - 1;
}

/**
 * Which of `.` and `,` is the decimal sign. Unambiguous text decides by itself
 * ("1.234,56", "1,234.56", "1.234.567", "0,5"); only one separator followed by exactly
 * three digits ("1.234", "1,234") is read by the chosen number format.
 */
function decimalSign(body: string, format: NumberFormat): '.' | ',' | null {
  const dots = count(body, '.');
  const commas = count(body, ',');
  if (dots > 0 && commas > 0) return body.lastIndexOf('.') > body.lastIndexOf(',') ? '.' : ',';
  if (dots + commas === 0) return null;
  const separator = dots > 0 ? '.' : ',';
  if (dots + commas > 1) return null;
  const digitsAfter = body.length - body.indexOf(separator) - 1;
  if (digitsAfter !== 3) return separator;
  if (separator === (format === 'nl' ? ',' : '.')) return separator;
  return groupedThousands(body, separator) ? null : separator;
}

/** Moves the decimal point two places left, on the digits (never 12.5 / 100 in floating point). */
function percentOf(whole: string, fraction: string): string {
  let digits = whole + fraction;
  let point = whole.length - 2;
  while (point <= 0) {
    digits = `0${digits}`;
    point += 1;
  }
  return `${digits.slice(0, point)}.${digits.slice(point)}`;
}

/**
 * A number typed as text, in Dutch or English notation: "1.234,56", "1,234.56",
 * "€ 1 234", "-5", "50%" (where a share is meant). "NaN" and "Infinity" are refused as
 * such; the text is never evaluated.
 */
export function parseNumberText(raw: string, format: NumberFormat, allowPercent: boolean): Parsed<number> {
  let text = raw
    .trim()
    .replace(/\u2212/g, '-')
    .replace(/[\s\u00a0\u202f€]/g, '')
    .replace(/^eur|eur$/i, '');
  let sign = '';
  if (text.startsWith('-') || text.startsWith('+')) {
    sign = text[0] === '-' ? '-' : '';
    text = text.slice(1);
  }
  let percent = false;
  if (text.endsWith('%')) {
    if (!allowPercent) return fail('percentNotAllowed');
    percent = true;
    text = text.slice(0, -1);
  }
  if (NOT_FINITE.test(text)) return fail('notFinite');
  if (SCIENTIFIC.test(text) && !percent) {
    const value = Number(`${sign}${text}`);
    return Number.isFinite(value) ? ok(value) : fail('notFinite');
  }
  if (!/^[\d.,]+$/.test(text) || !/\d/.test(text)) return fail('expectedNumber');
  const decimal = decimalSign(text, format);
  const thousands = decimal === ',' ? '.' : decimal === '.' ? ',' : text.includes('.') ? '.' : ',';
  const [whole = '', fraction = '', extra] = decimal === null ? [text] : text.split(decimal);
  if (extra !== undefined || fraction.includes(thousands)) return fail('expectedNumber');
  if (decimal !== null && fraction === '') return fail('expectedNumber');
  if (whole.includes(thousands) && !groupedThousands(whole, thousands)) return fail('expectedNumber');
  const digits = whole.split(thousands).join('') || '0';
  const canonical = percent
    ? percentOf(digits, fraction)
    : fraction === ''
      ? digits
      : `${digits}.${fraction}`;
  const value = Number(`${sign}${canonical}`);
  return Number.isFinite(value) ? ok(value === 0 ? 0 : value) : fail('notFinite');
}

export function numberOfCell(cell: Cell, format: NumberFormat, allowPercent = false): Parsed<number> {
  const refused = unusable<number>(cell);
  if (refused !== null) return refused;
  switch (cell.kind) {
    case 'number':
      return ok(cell.value);
    case 'text':
      return parseNumberText(cell.text, format, allowPercent);
    default:
      return fail('expectedNumber');
  }
}

const TRUE_WORDS = new Set(['ja', 'j', 'yes', 'y', 'true', 'waar', '1']);
const FALSE_WORDS = new Set(['nee', 'n', 'no', 'false', 'onwaar', '0']);

/** ja/nee, yes/no, true/false, waar/onwaar, 1/0, or a TRUE/FALSE cell. */
export function booleanOfCell(cell: Cell): Parsed<boolean> {
  const refused = unusable<boolean>(cell);
  if (refused !== null) return refused;
  if (cell.kind === 'boolean') return ok(cell.value);
  if (cell.kind === 'number' && (cell.value === 0 || cell.value === 1)) return ok(cell.value === 1);
  if (cell.kind === 'text') {
    const word = cell.text.trim().toLowerCase();
    if (TRUE_WORDS.has(word)) return ok(true);
    if (FALSE_WORDS.has(word)) return ok(false);
  }
  return fail('expectedBoolean');
}

/**
 * Free text exactly as the cell holds it: text beginning with `=`, `+`, `-`, `@`, a tab
 * or a carriage return stays text (nothing here evaluates anything).
 */
export function textOfCell(cell: Cell): Parsed<string> {
  const refused = unusable<string>(cell);
  if (refused !== null) return refused;
  switch (cell.kind) {
    case 'text':
      return ok(cell.text);
    case 'number':
      return ok(String(cell.value));
    case 'boolean':
      return ok(cell.value ? 'TRUE' : 'FALSE');
    case 'date':
      return ok(cell.iso);
    default:
      return ok('');
  }
}

/** An id or coded value: the text without surrounding spaces. */
export function codeOfCell(cell: Cell): Parsed<string> {
  const text = textOfCell(cell);
  return text.ok ? ok(text.value.trim()) : text;
}

/** "care; food" or "care, food" (or one per line): the listed values, without blanks. */
export function listOfCell(cell: Cell): Parsed<string[]> {
  const text = codeOfCell(cell);
  if (!text.ok) return text;
  return ok(
    text.value
      .split(/[;,\n\r]/)
      .map((part) => part.trim())
      .filter((part) => part !== ''),
  );
}

const YEAR_AMOUNT = /^(\d{4})\s*[:=]\s*(.+)$/;

/**
 * "2024: 10.000; 2025: 5.000" (or one pair per line): years with amounts. Only `;` and
 * line breaks separate pairs, because a comma may be the decimal sign.
 */
export function yearAmountsOfCell(
  cell: Cell,
  format: NumberFormat,
): Parsed<{ year: number; amount: number }[]> {
  const text = codeOfCell(cell);
  if (!text.ok) return text;
  const pairs: { year: number; amount: number }[] = [];
  for (const part of text.value.split(/[;\n\r]/)) {
    if (part.trim() === '') continue;
    const match = YEAR_AMOUNT.exec(part.trim());
    if (match === null) return fail('yearAmountList');
    const amount = parseNumberText(match[2] ?? '', format, false);
    if (!amount.ok) return amount;
    pairs.push({ year: Number(match[1]), amount: amount.value });
  }
  return ok(pairs);
}

/** One amount for every year ("400.000"), or a schedule ("2026: 400.000; 2027: 300.000"). */
export function amountOrScheduleOfCell(
  cell: Cell,
  format: NumberFormat,
): Parsed<number | Record<string, number>> {
  if (cell.kind !== 'text' || !/[:=]/.test(cell.text)) return numberOfCell(cell, format);
  const pairs = yearAmountsOfCell(cell, format);
  if (!pairs.ok) return pairs;
  const schedule: Record<string, number> = {};
  for (const { year, amount } of pairs.value) {
    if (String(year) in schedule) return fail('yearAmountList');
    schedule[String(year)] = amount;
  }
  return ok(schedule);
}
