import ExcelJS from 'exceljs';
import { MAX_IMPORT_COLUMNS, MAX_IMPORT_ROWS, MAX_UNPACKED_BYTES, MAX_UNPACKED_BYTES_TEXT } from './limits';
import type { ReadFailure } from './read-result';
import { EMPTY_CELL, tableFrom, type Cell, type SheetRow, type SheetTable } from './table';
import { declaredUnpackedSize, unpacksWithin } from './zip-size';

export interface XlsxRead {
  ok: true;
  table: SheetTable;
  sheets: string[];
  sheet: string;
}

/** Excel keeps 15 significant digits; what it shows for =A1*1,21 is this, not 121.00000000000001. */
function excelNumber(value: number): number {
  return Number(value.toPrecision(15));
}

/**
 * One cell's value. A formula is never evaluated and its text never imported: its
 * result as Excel stored it is used, or the cell is marked as having none.
 */
export function cellOf(value: ExcelJS.CellValue): Cell {
  if (value === null || value === undefined) return EMPTY_CELL;
  if (typeof value === 'number') {
    return Number.isFinite(value)
      ? { kind: 'number', value: excelNumber(value) }
      : { kind: 'error', code: '#NUM!' };
  }
  if (typeof value === 'string') return value === '' ? EMPTY_CELL : { kind: 'text', text: value };
  if (typeof value === 'boolean') return { kind: 'boolean', value };
  if (value instanceof Date) {
    return Number.isNaN(value.getTime())
      ? EMPTY_CELL
      : { kind: 'date', iso: value.toISOString().slice(0, 10) };
  }
  if ('error' in value) return { kind: 'error', code: String(value.error) };
  if ('richText' in value) return cellOf(value.richText.map((part) => part.text).join(''));
  if ('formula' in value || 'sharedFormula' in value) {
    return value.result === undefined ? { kind: 'noResult' } : cellOf(value.result);
  }
  if ('hyperlink' in value) {
    // The shown text of a link; exceljs gives rich text here when the text is formatted.
    const text: unknown = value.text;
    return typeof text === 'object' && text !== null && 'richText' in text
      ? cellOf(text as ExcelJS.CellRichTextValue)
      : cellOf(typeof text === 'string' ? text : '');
  }
  return EMPTY_CELL;
}

function chooseSheet(workbook: ExcelJS.Workbook, name: string | undefined): ExcelJS.Worksheet | undefined {
  if (name !== undefined) return workbook.worksheets.find((sheet) => sheet.name === name);
  return workbook.worksheets.find((sheet) => sheet.state === 'visible') ?? workbook.worksheets[0];
}

function rowCells(row: ExcelJS.Row, width: number): Cell[] {
  const cells: Cell[] = [];
  for (let column = 1; column <= width; column++) cells.push(cellOf(row.getCell(column).value));
  return cells;
}

/** Reads the chosen sheet (by default the first visible one); the first non-empty row is the header. */
export async function readXlsx(
  bytes: Uint8Array,
  sheetName: string | undefined,
): Promise<XlsxRead | ReadFailure> {
  const unpacked = declaredUnpackedSize(bytes);
  if (unpacked === null) return { ok: false, problems: [{ key: 'notAWorkbook', params: { detail: 'zip' } }] };
  // The declared sizes first (free), then the real ones: a zip may lie about its sizes.
  if (unpacked > MAX_UNPACKED_BYTES || !(await unpacksWithin(bytes, MAX_UNPACKED_BYTES))) {
    return { ok: false, problems: [{ key: 'unpackedTooLarge', params: { max: MAX_UNPACKED_BYTES_TEXT } }] };
  }
  const workbook = new ExcelJS.Workbook();
  try {
    // exceljs declares its own Buffer type; a view on the same memory, not a copy.
    await workbook.xlsx.load(Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength) as never);
  } catch (error) {
    const detail = error instanceof Error ? error.message : String(error);
    return { ok: false, problems: [{ key: 'notAWorkbook', params: { detail } }] };
  }
  const sheets = workbook.worksheets.map((sheet) => sheet.name);
  if (sheets.length === 0) return { ok: false, problems: [{ key: 'noSheets', params: {} }] };
  const sheet = chooseSheet(workbook, sheetName);
  if (sheet === undefined) {
    return { ok: false, problems: [{ key: 'sheetNotFound', params: { sheet: sheetName } }], sheets };
  }
  if (sheet.actualRowCount > MAX_IMPORT_ROWS + 1) {
    return { ok: false, problems: [{ key: 'tooManyRows', params: { max: MAX_IMPORT_ROWS } }], sheets };
  }
  const width = sheet.columnCount;
  if (width > MAX_IMPORT_COLUMNS) {
    return { ok: false, problems: [{ key: 'tooManyColumns', params: { max: MAX_IMPORT_COLUMNS } }], sheets };
  }
  let header: Cell[] | null = null;
  const rows: SheetRow[] = [];
  sheet.eachRow({ includeEmpty: false }, (row, rowNumber) => {
    const cells = rowCells(row, width);
    if (header === null) {
      if (cells.some((cell) => cell.kind !== 'empty')) header = cells;
      return;
    }
    rows.push({ row: rowNumber, cells });
  });
  if (header === null) return { ok: false, problems: [{ key: 'emptyFile', params: {} }], sheets };
  return { ok: true, table: tableFrom(header, rows), sheets, sheet: sheet.name };
}
