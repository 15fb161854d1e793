/**
 * Sheet descriptions to an exceljs workbook. A formula cell gets its formula and the
 * engine's value as cached result, so a viewer that does not calculate still shows the
 * right number; `fullCalcOnLoad` asks Excel to recalculate anyway when the file opens.
 */
import ExcelJS from 'exceljs';
import type { ReportModel } from '../model';
import { isFormula, type CellSpec, type RowSpec, type SheetSpec } from './sheet';

const MIN_WIDTH = 8;
const MAX_WIDTH = 48;
// An euro amount as `#,##0.00` shows about this many characters.
const NUMBER_WIDTH = 14;

function cellWidth(cell: CellSpec | undefined, style: RowSpec['style']): number {
  if (cell === undefined) return 0;
  // Titles, notes and section names run over empty neighbours; they should not widen a column.
  if (style === 'title' || style === 'section') return 0;
  if (isFormula(cell) || typeof cell.value === 'number') return NUMBER_WIDTH;
  if (typeof cell.value === 'string') {
    // The second row of many sheets is a long note: it may overflow, the column stays sane.
    const longest = Math.max(...cell.value.split('\n').map((line) => line.length));
    return Math.min(longest + 2, MAX_WIDTH);
  }
  return cell.value === null ? 0 : 6;
}

function columnWidths(sheet: SheetSpec): number[] {
  const widths: number[] = [];
  for (const row of sheet.rows) {
    // Notes sit alone in the first column of a row; they are allowed to overflow.
    const lone = row.cells.length === 1;
    row.cells.forEach((cell, i) => {
      const w = lone ? 0 : cellWidth(cell, row.style);
      widths[i] = Math.max(widths[i] ?? MIN_WIDTH, w);
    });
  }
  return widths.map((w) => Math.min(Math.max(w, MIN_WIDTH), MAX_WIDTH));
}

function writeCell(target: ExcelJS.Cell, cell: CellSpec): void {
  if (isFormula(cell)) {
    // No ratio (DSCR without debt service) is empty text, as the formula itself returns "".
    target.value = { formula: cell.formula, result: cell.value ?? '' };
  } else {
    target.value = cell.value;
  }
  if (cell.format !== undefined) target.numFmt = cell.format;
}

const BOLD_STYLES = new Set<RowSpec['style']>(['title', 'section', 'header', 'total']);

function writeSheet(workbook: ExcelJS.Workbook, spec: SheetSpec): void {
  const sheet = workbook.addWorksheet(spec.name, {
    views:
      spec.freeze.rows + spec.freeze.columns > 0
        ? [{ state: 'frozen', xSplit: spec.freeze.columns, ySplit: spec.freeze.rows }]
        : [],
  });
  spec.rows.forEach((row, r) => {
    const target = sheet.getRow(r + 1);
    row.cells.forEach((cell, c) => {
      if (cell !== undefined) writeCell(target.getCell(c + 1), cell);
    });
    if (BOLD_STYLES.has(row.style))
      target.font = { bold: true, ...(row.style === 'title' ? { size: 14 } : {}) };
  });
  columnWidths(spec).forEach((width, i) => (sheet.getColumn(i + 1).width = width));
}

/** The exceljs workbook of the given sheets (the report's, or a test's variant). */
export function workbookOf(model: ReportModel, sheets: readonly SheetSpec[]): ExcelJS.Workbook {
  const workbook = new ExcelJS.Workbook();
  workbook.creator = 'Coopfolio';
  // The report's own time, so the same model gives the same file metadata.
  const generated = new Date(model.provenance.generatedAt);
  if (!Number.isNaN(generated.getTime())) {
    workbook.created = generated;
    workbook.modified = generated;
  }
  workbook.calcProperties = { fullCalcOnLoad: true };
  for (const sheet of sheets) writeSheet(workbook, sheet);
  return workbook;
}
