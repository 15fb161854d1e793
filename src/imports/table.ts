/**
 * A sheet as the import reads it, whatever the file type: a header row and data rows
 * of cells. XLSX cells keep their type (a number stays a number, so 1.234 is never
 * re-read as 1234); CSV cells are all text.
 */
export type Cell =
  | { kind: 'empty' }
  | { kind: 'text'; text: string }
  | { kind: 'number'; value: number }
  | { kind: 'boolean'; value: boolean }
  /** A date cell, as `yyyy-mm-dd`. */
  | { kind: 'date'; iso: string }
  /** An error value such as `#DIV/0!`. */
  | { kind: 'error'; code: string }
  /** A formula whose result the file does not store (written by a program that does not calculate). */
  | { kind: 'noResult' };

export interface SheetRow {
  /** The row number the spreadsheet shows (the header row is row 1 when it is the first row). */
  row: number;
  cells: Cell[];
}

export interface SheetTable {
  /** Unique, trimmed headers; an empty header becomes its column letter. */
  headers: string[];
  rows: SheetRow[];
}

export const EMPTY_CELL: Cell = { kind: 'empty' };

/** What a cell shows, as text (numbers in their shortest exact form). */
export function cellText(cell: Cell | undefined): string {
  if (cell === undefined) return '';
  switch (cell.kind) {
    case 'empty':
      return '';
    case 'text':
      return cell.text;
    case 'number':
      return String(cell.value);
    case 'boolean':
      return cell.value ? 'TRUE' : 'FALSE';
    case 'date':
      return cell.iso;
    case 'error':
      return cell.code;
    case 'noResult':
      return '';
    default: {
      const never: never = cell;
      return never;
    }
  }
}

/** A cell with nothing in it, or only spaces. */
export function isBlank(cell: Cell | undefined): boolean {
  return cell === undefined || cell.kind === 'empty' || (cell.kind === 'text' && cell.text.trim() === '');
}

/** A → 0, Z → 25, AA → 26: the spreadsheet's own name for a column. */
export function columnLetter(index: number): string {
  let n = index + 1;
  let name = '';
  while (n > 0) {
    const rest = (n - 1) % 26;
    name = String.fromCharCode(65 + rest) + name;
    n = Math.floor((n - 1) / 26);
  }
  return name;
}

/**
 * Headers the mapping can name without ambiguity: trimmed, an empty one replaced by its
 * column letter, a repeated one numbered ("Bedrag", "Bedrag (2)").
 */
export function uniqueHeaders(raw: readonly string[]): string[] {
  const seen = new Set<string>();
  return raw.map((text, index) => {
    const base = text.trim() === '' ? columnLetter(index) : text.trim();
    let name = base;
    for (let n = 2; seen.has(name); n++) name = `${base} (${n})`;
    seen.add(name);
    return name;
  });
}

/** The table without trailing empty columns and without blank rows (their numbers are kept). */
export function tableFrom(headerCells: readonly Cell[], rows: readonly SheetRow[]): SheetTable {
  let width = headerCells.length;
  while (width > 0 && isBlank(headerCells[width - 1])) width -= 1;
  const headers = uniqueHeaders(headerCells.slice(0, width).map((cell) => cellText(cell)));
  const kept = rows
    .map((row) => ({ row: row.row, cells: row.cells.slice(0, width) }))
    .filter((row) => row.cells.some((cell) => !isBlank(cell)));
  return { headers, rows: kept };
}
