/**
 * One CSV file per report table, for Excel as Dutch and English councils use it:
 * UTF-8 with a byte order mark (Excel otherwise reads it as ANSI), `;` between fields
 * and a decimal comma in Dutch (Excel's list separator there), `,` and a decimal point
 * in English. Text is quoted and neutralised against formula injection; numbers are
 * written bare, so a negative amount stays a number.
 */
import type { Lang } from '../model/messages';
import { neutralizeText } from './cell-safety';
import type { CellValue, ColumnType, ReportTable } from './tables';
import { reportWords } from './words';

const BOM = '\uFEFF';

export function csvSeparator(lang: Lang): ';' | ',' {
  return lang === 'nl' ? ';' : ',';
}

function quoted(text: string): string {
  return `"${text.replace(/"/g, '""')}"`;
}

/** 15 significant digits: drops binary noise (0.30000000000000004) that no figure here means. */
function plainNumber(value: number, type: ColumnType): string {
  if (!Number.isFinite(value)) return '';
  if (type === 'euros') return value.toFixed(2);
  if (type === 'year') return String(Math.round(value));
  return String(Number(value.toPrecision(15)));
}

function cell(value: CellValue, type: ColumnType, lang: Lang): string {
  if (value === null) return '';
  if (typeof value === 'boolean') {
    return reportWords(lang, 'files')(value ? 'yes' : 'no');
  }
  if (typeof value === 'number') {
    const text = plainNumber(value, type);
    return lang === 'nl' ? text.replace('.', ',') : text;
  }
  return quoted(neutralizeText(value));
}

/** The table as CSV text, header row first, CRLF line ends (RFC 4180). */
export function tableToCsv(table: ReportTable, lang: Lang): string {
  const separator = csvSeparator(lang);
  const header = table.columns.map((c) => quoted(neutralizeText(c.label[lang]))).join(separator);
  const lines = table.rows.map((row) =>
    row.map((value, i) => cell(value, table.columns[i]!.type, lang)).join(separator),
  );
  return `${BOM}${[header, ...lines].join('\r\n')}\r\n`;
}
