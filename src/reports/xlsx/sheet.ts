/**
 * The workbook as plain data before exceljs sees it: sheets of rows of cells, where a
 * formula cell carries the engine's value of that formula. One description serves the
 * writer (formula plus cached result) and `expectedFormulaValues` (the values a
 * spreadsheet must recompute), so the two can never disagree about a cell's address.
 */
import { cellText } from './text';

/** How a recomputed value is compared: money to the cent, everything else relatively. */
export type Tolerance = 'euros' | 'ratio';

export interface FormulaCell {
  /** OOXML syntax: English function names, commas, no leading `=`. */
  formula: string;
  /** The engine's value; null where the formula yields empty text (no DSCR without debt). */
  value: number | null;
  tolerance: Tolerance;
  format?: string;
}

export interface ValueCell {
  value: string | number | boolean | null;
  format?: string;
}

export type CellSpec = FormulaCell | ValueCell;

export function isFormula(cell: CellSpec): cell is FormulaCell {
  return 'formula' in cell;
}

export type RowStyle = 'plain' | 'title' | 'section' | 'header' | 'total';

export interface RowSpec {
  cells: (CellSpec | undefined)[];
  style: RowStyle;
}

export interface SheetSpec {
  name: string;
  rows: RowSpec[];
  /** Rows and columns kept in view while scrolling. */
  freeze: { rows: number; columns: number };
}

export const FORMAT = {
  euros: '#,##0.00',
  share: '0.0%',
  rate: '0.00%',
  year: '0',
  integer: '0',
  factor: '0.000000',
  ratio: '0.00',
} as const;

/** A text cell: always through `cellText`, whoever wrote the text. */
export function text(value: string): ValueCell {
  return { value: cellText(value) };
}

/** A number cell; a non-finite number (never produced by the engine) is left empty. */
export function num(value: number | null, format?: string): ValueCell {
  const finite = value !== null && Number.isFinite(value);
  return format === undefined ? { value: finite ? value : null } : { value: finite ? value : null, format };
}

export function formula(
  formula: string,
  value: number | null,
  tolerance: Tolerance,
  format?: string,
): FormulaCell {
  return format === undefined ? { formula, value, tolerance } : { formula, value, tolerance, format };
}

/** A money formula: its value is given in cents (the engine's unit) and shown in euros. */
export function eurosFormula(formula: string, cents: number): FormulaCell {
  return { formula, value: cents / 100, tolerance: 'euros', format: FORMAT.euros };
}

/** Column letters of a 1-based column number (1 -> A, 27 -> AA). */
export function columnName(column: number): string {
  let name = '';
  for (let n = column; n > 0; n = Math.floor((n - 1) / 26))
    name = String.fromCharCode(65 + ((n - 1) % 26)) + name;
  return name;
}

/** `A1`, with `$` before the column and/or the row when they must not move. */
export function cellRef(
  column: number,
  row: number,
  fixed: 'both' | 'column' | 'row' | 'none' = 'none',
): string {
  const c = fixed === 'both' || fixed === 'column' ? '$' : '';
  const r = fixed === 'both' || fixed === 'row' ? '$' : '';
  return `${c}${columnName(column)}${r}${row}`;
}

const prefixes = new Map<string, string>();

/** A sheet name as formulas write it: always quoted, quotes doubled. */
export function sheetPrefix(sheet: string): string {
  let prefix = prefixes.get(sheet);
  if (prefix === undefined) {
    prefix = `'${sheet.replace(/'/g, "''")}'!`;
    // Sheet names are a handful of fixed words; the cache stays small.
    prefixes.set(sheet, prefix);
  }
  return prefix;
}

/** An absolute reference to one cell of another sheet. */
export function absRef(sheet: string, column: number, row: number): string {
  return `${sheetPrefix(sheet)}${cellRef(column, row, 'both')}`;
}

/** An absolute column range of a table; an empty table still gets one (blank) row, so SUMIFS sums 0. */
export function absRange(sheet: string, column: number, firstRow: number, lastRow: number): string {
  const last = Math.max(firstRow, lastRow);
  return `${sheetPrefix(sheet)}${cellRef(column, firstRow, 'both')}:${cellRef(column, last, 'both')}`;
}

/** Appends rows and tells each its 1-based row number, so formulas can point at it. */
export class SheetBuilder {
  readonly rows: RowSpec[] = [];
  freeze = { rows: 0, columns: 0 };

  constructor(readonly name: string) {}

  /** The number the next added row will get. */
  get nextRow(): number {
    return this.rows.length + 1;
  }

  add(cells: (CellSpec | undefined)[], style: RowStyle = 'plain'): number {
    this.rows.push({ cells, style });
    return this.rows.length;
  }

  /** A row of `style` with these cells, for the sheets that lay out their own tables; returns its number. */
  row(style: RowStyle, ...cells: (CellSpec | undefined)[]): number {
    return this.add(cells, style);
  }

  blank(): void {
    this.add([]);
  }

  /** The sheet's title row and the line under it that says what the sheet holds. */
  heading(title: string, note: string): void {
    this.add([text(title)], 'title');
    this.add([text(note)]);
  }

  /** A section title and its column headers; returns the first data row. */
  table(title: string, headers: readonly string[]): number {
    this.blank();
    this.add([text(title)], 'section');
    this.header(headers);
    return this.nextRow;
  }

  /** A row of column headers; returns its number. */
  header(headers: readonly string[]): number {
    return this.add(
      headers.map((h) => text(h)),
      'header',
    );
  }

  /**
   * Absolute ranges of a table's columns, from its first data row to the last row added (an
   * empty table's one blank row), keyed as `columns` names them: where formulas find the table.
   */
  columnRanges<K extends string>(first: number, columns: Readonly<Record<K, number>>): Record<K, string> {
    const last = this.nextRow - 1;
    const entries = Object.entries<number>(columns).map(([key, column]) => [
      key,
      absRange(this.name, column, first, last),
    ]);
    return Object.fromEntries(entries) as Record<K, string>;
  }

  build(): SheetSpec {
    return { name: this.name, rows: this.rows, freeze: this.freeze };
  }
}
