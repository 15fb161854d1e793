import ExcelJS from 'exceljs';
import { planImport, type ImportOptions, type ImportPlan } from '../../src/imports';
import { readSpreadsheet } from '../../src/imports/read-file';
import type { Workspace } from '../../src/model/workspace';
import { parsedWorkspace } from '../helpers/workspace-file';

export type Grid = readonly (readonly (ExcelJS.CellValue | undefined)[])[];

/** CSV text from rows of cell texts, quoting only where needed. */
export function csvText(rows: readonly (readonly string[])[], separator = ';'): string {
  const quote = (cell: string) =>
    cell.includes(separator) || cell.includes('"') || cell.includes('\n')
      ? `"${cell.replace(/"/g, '""')}"`
      : cell;
  return `${rows.map((row) => row.map(quote).join(separator)).join('\r\n')}\r\n`;
}

export function utf8(text: string, bom = false): Uint8Array {
  const bytes = new TextEncoder().encode(text);
  if (!bom) return bytes;
  const withBom = new Uint8Array(bytes.length + 3);
  withBom.set([0xef, 0xbb, 0xbf]);
  withBom.set(bytes, 3);
  return withBom;
}

/** An .xlsx built with exceljs: one sheet per entry, rows of cell values (formulas as `{ formula, result }`). */
export async function xlsxBytes(
  sheets: Record<string, Grid>,
  hidden: readonly string[] = [],
): Promise<Uint8Array> {
  const workbook = new ExcelJS.Workbook();
  for (const [name, rows] of Object.entries(sheets)) {
    const sheet = workbook.addWorksheet(name, hidden.includes(name) ? { state: 'hidden' } : {});
    rows.forEach((row, r) => {
      row.forEach((value, c) => {
        if (value !== undefined) sheet.getCell(r + 1, c + 1).value = value;
      });
    });
  }
  return new Uint8Array(await workbook.xlsx.writeBuffer());
}

/** The builders' workspace: cooperative zon-oost, streams klimaatfonds and buurtlening, plan zon-plan (2026-2028, costs pv and team). */
export function baseWorkspace(): Workspace {
  return parsedWorkspace();
}

/** Reads CSV text and plans its import against `workspace` (Dutch messages unless told). */
export async function planCsv(
  text: string,
  options: Partial<ImportOptions> & Pick<ImportOptions, 'kind'>,
  workspace: Workspace = baseWorkspace(),
  lang: 'nl' | 'en' = 'nl',
): Promise<ImportPlan> {
  const file = await readSpreadsheet(utf8(text), 'import.csv');
  if (!file.ok) throw new Error(JSON.stringify(file.problems));
  return planImport(workspace, file.table, { mode: 'add', numberFormat: 'nl', ...options }, lang);
}

/** The problems as `row/column: key`, the shape most tests compare. */
export function located(plan: ImportPlan): string[] {
  return plan.problems.map((p) => `${p.row ?? '-'}/${p.column ?? '-'}: ${p.key}`);
}
