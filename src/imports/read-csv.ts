import { parse } from 'csv-parse/sync';
import { MAX_IMPORT_COLUMNS } from './limits';
import { EMPTY_CELL, tableFrom, type Cell, type SheetRow, type SheetTable } from './table';
import { CSV_SEPARATORS, type CsvSeparator } from './types';
import type { ReadFailure } from './read-result';

export interface CsvRead {
  ok: true;
  table: SheetTable;
  separator: CsvSeparator;
}

/**
 * UTF-8 only, with or without a byte-order mark. Refusing anything else is safer than
 * guessing: Windows-1252 read as UTF-8 would silently turn "coöperatie" into garbage.
 */
export function decodeUtf8(bytes: Uint8Array): string | null {
  try {
    // ignoreBOM: false strips a leading BOM.
    return new TextDecoder('utf-8', { fatal: true, ignoreBOM: false }).decode(bytes);
  } catch {
    return null;
  }
}

/**
 * The separator of the header line: whichever of `;`, `,` and tab occurs most often
 * outside quotes. Dutch Excel writes `;` (the comma is its decimal sign), so a tie goes to `;`.
 */
export function detectSeparator(text: string): CsvSeparator {
  const counts = new Map<CsvSeparator, number>(CSV_SEPARATORS.map((s) => [s, 0]));
  let inQuotes = false;
  let seenContent = false;
  for (const char of text) {
    if (char === '"') inQuotes = !inQuotes;
    else if (!inQuotes && (char === '\n' || char === '\r')) {
      if (seenContent) break;
    } else if (!inQuotes && counts.has(char as CsvSeparator)) {
      counts.set(char as CsvSeparator, (counts.get(char as CsvSeparator) ?? 0) + 1);
      seenContent = true;
    } else if (char.trim() !== '') seenContent = true;
  }
  let best: CsvSeparator = ';';
  for (const separator of CSV_SEPARATORS) {
    if ((counts.get(separator) ?? 0) > (counts.get(best) ?? 0)) best = separator;
  }
  return best;
}

function isRecordList(value: unknown): value is string[][] {
  return (
    Array.isArray(value) && value.every((r) => Array.isArray(r) && r.every((c) => typeof c === 'string'))
  );
}

const textCell = (text: string): Cell => (text === '' ? EMPTY_CELL : { kind: 'text', text });

/** Reads CSV text; every record is one spreadsheet row, numbered as a spreadsheet program would show it. */
export function readCsvText(text: string): CsvRead | ReadFailure {
  const separator = detectSeparator(text);
  let records: unknown;
  try {
    records = parse(text, {
      delimiter: separator,
      relax_column_count: true,
      // A quote inside an unquoted field is text, as Excel and LibreOffice read it: =HYPERLINK("x").
      relax_quotes: true,
      skip_empty_lines: false,
    });
  } catch (error) {
    const detail = error instanceof Error ? error.message : String(error);
    return { ok: false, problems: [{ key: 'csvSyntax', params: { detail } }] };
  }
  if (!isRecordList(records)) {
    return { ok: false, problems: [{ key: 'csvSyntax', params: { detail: 'records' } }] };
  }
  const firstIndex = records.findIndex((record) => record.some((cell) => cell.trim() !== ''));
  if (firstIndex < 0) return { ok: false, problems: [{ key: 'emptyFile', params: {} }] };
  const header = records[firstIndex] ?? [];
  if (header.length > MAX_IMPORT_COLUMNS) {
    return { ok: false, problems: [{ key: 'tooManyColumns', params: { max: MAX_IMPORT_COLUMNS } }] };
  }
  const rows: SheetRow[] = [];
  for (let i = firstIndex + 1; i < records.length; i++) {
    rows.push({ row: i + 1, cells: (records[i] ?? []).map(textCell) });
  }
  return { ok: true, table: tableFrom(header.map(textCell), rows), separator };
}
