import { MAX_IMPORT_BYTES, MAX_IMPORT_BYTES_TEXT, MAX_IMPORT_ROWS } from './limits';
import { decodeUtf8, readCsvText } from './read-csv';
import type { FileProblem } from './read-result';
import { readXlsx } from './read-xlsx';
import type { SheetTable } from './table';
import type { CsvSeparator } from './types';

export type FileType = 'xlsx' | 'csv';

/** A file read into one table, with what the user may choose next (another sheet). */
export interface SpreadsheetFile {
  ok: true;
  fileType: FileType;
  table: SheetTable;
  /** The workbook's sheets, in order; empty for CSV. */
  sheets: string[];
  sheet: string | null;
  separator: CsvSeparator | null;
}

export interface UnreadableFile {
  ok: false;
  fileType: FileType | null;
  sheets: string[];
  problems: FileProblem[];
}

const ZIP = [0x50, 0x4b, 0x03, 0x04];
// The OLE2 compound file of Excel 97-2003 (.xls).
const OLE2 = [0xd0, 0xcf, 0x11, 0xe0];

const startsWith = (bytes: Uint8Array, magic: readonly number[]) => magic.every((b, i) => bytes[i] === b);

function extensionOf(fileName: string): string {
  const dot = fileName.lastIndexOf('.');
  return dot < 0 ? '' : fileName.slice(dot + 1).toLowerCase();
}

const failure = (fileType: FileType | null, problem: FileProblem, sheets: string[] = []): UnreadableFile => ({
  ok: false,
  fileType,
  sheets,
  problems: [problem],
});

/**
 * Reads an uploaded file as a table. The content decides the type (a workbook is a zip
 * whatever its name); the name only tells CSV from files that are neither.
 */
export async function readSpreadsheet(
  bytes: Uint8Array,
  fileName: string,
  sheet?: string,
): Promise<SpreadsheetFile | UnreadableFile> {
  if (bytes.length > MAX_IMPORT_BYTES) {
    return failure(null, { key: 'fileTooLarge', params: { max: MAX_IMPORT_BYTES_TEXT } });
  }
  const extension = extensionOf(fileName);
  if (startsWith(bytes, OLE2) || extension === 'xls')
    return failure(null, { key: 'xlsNotSupported', params: {} });
  if (startsWith(bytes, ZIP)) {
    const read = await readXlsx(bytes, sheet);
    if (!read.ok)
      return failure('xlsx', read.problems[0] ?? { key: 'invalid', params: {} }, read.sheets ?? []);
    return limitRows({
      ok: true,
      fileType: 'xlsx',
      table: read.table,
      sheets: read.sheets,
      sheet: read.sheet,
      separator: null,
    });
  }
  if (extension === 'xlsx' || extension === 'xlsm') {
    return failure('xlsx', { key: 'notAWorkbook', params: { detail: 'zip' } });
  }
  if (!['csv', 'txt', 'tsv', ''].includes(extension))
    return failure(null, { key: 'unsupportedFile', params: {} });
  const text = decodeUtf8(bytes);
  if (text === null) return failure('csv', { key: 'notUtf8', params: {} });
  // NUL never occurs in text: this is a binary file with a .csv name.
  if (text.includes('\u0000')) return failure('csv', { key: 'unsupportedFile', params: {} });
  const read = readCsvText(text);
  if (!read.ok) return failure('csv', read.problems[0] ?? { key: 'invalid', params: {} });
  return limitRows({
    ok: true,
    fileType: 'csv',
    table: read.table,
    sheets: [],
    sheet: null,
    separator: read.separator,
  });
}

function limitRows(file: SpreadsheetFile): SpreadsheetFile | UnreadableFile {
  if (file.table.rows.length <= MAX_IMPORT_ROWS) return file;
  return failure(file.fileType, { key: 'tooManyRows', params: { max: MAX_IMPORT_ROWS } }, file.sheets);
}
