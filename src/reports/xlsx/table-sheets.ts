/**
 * One plain sheet per report table (src/reports/tables): values, not formulas, with the
 * column labels in the report's language as a bold header row. Amounts stay numbers
 * with a number format, so a negative amount is a number too; text goes through
 * `cellText`.
 */
import type { Lang } from '../../model/messages';
import type { ColumnType, ReportTable } from '../tables';
import { FORMAT, num, text, type CellSpec, type SheetSpec } from './sheet';

const FORMAT_OF: Record<ColumnType, string | undefined> = {
  text: undefined,
  euros: FORMAT.euros,
  number: undefined,
  share: FORMAT.share,
  year: FORMAT.year,
  boolean: undefined,
};

function cell(value: string | number | boolean | null, type: ColumnType): CellSpec | undefined {
  if (value === null) return undefined;
  if (typeof value === 'string') return text(value);
  if (typeof value === 'boolean') return { value };
  return num(value, FORMAT_OF[type]);
}

export function tableSheet(table: ReportTable, name: string, lang: Lang): SheetSpec {
  return {
    name,
    rows: [
      { cells: table.columns.map((c) => text(c.label[lang])), style: 'header' },
      ...table.rows.map((row) => ({
        cells: table.columns.map((c, i) => cell(row[i] ?? null, c.type)),
        style: 'plain' as const,
      })),
    ],
    freeze: { rows: 1, columns: 0 },
  };
}

/** Sheet names from the tables' titles (fixed words): Excel's rules applied all the same, names kept unique. */
export function safeSheetName(wanted: string, taken: Set<string>): string {
  const base =
    wanted
      .replace(/[[\]:*?/\\]/g, ' ')
      .replace(/^'+|'+$/g, '')
      .trim()
      .slice(0, 31) || 'Sheet';
  let name = base;
  for (let n = 2; taken.has(name.toLowerCase()); n++)
    name = `${base.slice(0, 31 - String(n).length - 1)} ${n}`;
  taken.add(name.toLowerCase());
  return name;
}
