/**
 * LibreOffice as the independent check of the report's XLSX formulas, in the steps every
 * such test takes: make some cached results wrong (so an echo of the cache cannot pass),
 * let LibreOffice recalculate the workbook, and list each formula cell whose recomputed
 * value differs from the engine's.
 */
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import type ExcelJS from 'exceljs';
import { matchesExpected, type ExpectedCell } from '../../src/reports/xlsx';
import { readFormulaCells, recalculateXlsx } from '../../bench/peer/libreoffice';

/** A cached result no formula of the report computes. */
export const WRONG = 987_654_321.5;

/** Gives each `Sheet!A1` address a wrong cached result beside its own formula. */
export function tamper(
  workbook: ExcelJS.Workbook,
  expected: ReadonlyMap<string, ExpectedCell>,
  addresses: readonly string[],
): void {
  for (const address of addresses) {
    const [sheet = '', cell = ''] = address.split('!');
    const formula = expected.get(address)?.formula;
    const target = workbook.getWorksheet(sheet)?.getCell(cell);
    if (formula === undefined || target === undefined) throw new Error(`no formula cell ${address}`);
    target.value = { formula, result: WRONG };
  }
}

/** Writes the workbook to `dir/in/name`, lets LibreOffice recalculate it, and reads its formula cells back. */
export async function recalculateWorkbook(
  workbook: ExcelJS.Workbook,
  soffice: string,
  profile: string,
  dir: string,
  name: string,
): Promise<ReturnType<typeof readFormulaCells>> {
  mkdirSync(join(dir, 'in'), { recursive: true });
  const input = join(dir, 'in', name);
  writeFileSync(input, Buffer.from(await workbook.xlsx.writeBuffer()));
  const output = await recalculateXlsx(soffice, profile, input, join(dir, 'out'));
  return readFormulaCells(readFileSync(output));
}

/** The value a recalculated cell holds: a number, null for empty text, undefined for anything else. */
export function recalculatedValue(
  recalculated: ReturnType<typeof readFormulaCells>,
  address: string,
): number | null | undefined {
  const result = recalculated.get(address)?.result;
  return typeof result === 'number' ? result : result === '' ? null : undefined;
}

/** Each expected cell LibreOffice computed otherwise, as "address formula: engine X, LibreOffice Y". */
export function mismatchesOf(
  expected: Iterable<[string, ExpectedCell]>,
  recalculated: ReturnType<typeof readFormulaCells>,
): string[] {
  const out: string[] = [];
  for (const [address, cell] of expected) {
    const actual = recalculatedValue(recalculated, address);
    if (actual === undefined || !matchesExpected(cell, actual)) {
      const result = recalculated.get(address)?.result;
      out.push(`${address} ${cell.formula}: engine ${cell.value}, LibreOffice ${String(result)}`);
    }
  }
  return out;
}
