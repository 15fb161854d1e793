/**
 * The council report as XLSX: one sheet per report table, plus the model's arithmetic
 * as live formulas (cash flow, loan schedules, totals, indicator projections) over an
 * inputs sheet. Every formula cell caches the engine's value. See docs/xlsx.md.
 */
import type ExcelJS from 'exceljs';
import type { ReportModel } from '../model';
import { eachFormulaCell, formulaSheets, workbookSheets } from './spec';
import type { Tolerance } from './sheet';
import { workbookOf } from './workbook';

export type { Tolerance } from './sheet';
export { cellText, MAX_CELL_TEXT } from './text';

/** What a recalculating spreadsheet must find in one formula cell. */
export interface ExpectedCell {
  /** The formula as written (OOXML syntax), for messages. */
  readonly formula: string;
  /** The engine's value; null where the formula yields empty text (a DSCR without debt service). */
  value: number | null;
  /** `euros`: equal to the cent; `ratio`: equal to a relative 1e-9. */
  tolerance: Tolerance;
}

/** The report workbook, before it is written (tests tamper with cached results through it). */
export function buildReportWorkbook(model: ReportModel): ExcelJS.Workbook {
  return workbookOf(model, workbookSheets(model));
}

export async function writeReportXlsx(model: ReportModel): Promise<Buffer> {
  const data = await buildReportWorkbook(model).xlsx.writeBuffer();
  return Buffer.from(data);
}

/**
 * The engine's value of every formula cell, keyed `Sheet!A1`: cash flows, loan schedules,
 * totals and projections recomputed by src/finance and src/impact, not read from the
 * workbook. What a spreadsheet recomputes when it recalculates the file.
 */
export function expectedFormulaValues(model: ReportModel): Map<string, ExpectedCell> {
  const out = new Map<string, ExpectedCell>();
  eachFormulaCell(formulaSheets(model), (address, cell) => out.set(address, cell));
  return out;
}

/** Whether a recomputed value matches the engine's within the cell's tolerance. */
export function matchesExpected(expected: ExpectedCell, actual: number | null): boolean {
  if (expected.value === null || actual === null) return expected.value === actual;
  const diff = Math.abs(actual - expected.value);
  return expected.tolerance === 'euros' ? diff < 0.005 : diff <= 1e-9 * Math.max(1, Math.abs(expected.value));
}
