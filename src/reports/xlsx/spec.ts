/**
 * The whole workbook as sheet descriptions: the report's tables first (what a reader
 * opens), then the shared inputs, then per scenario its inputs, totals, cash flow, loan
 * schedules, impact and contribution. Formula sheets are built in dependency order (loans before the
 * cash flow that sums them, totals before the impact that scales by their shares) and
 * listed in reading order.
 */
import type { ReportModel } from '../model';
import { reportTables } from '../tables';
import { budgetCycleSheet, budgetCycleSheetName } from './budget-cycle';
import { cashFlowSheet } from './cashflow';
import { contributionSheet, contributionSheetName } from './contribution';
import { councilLetterSheet, councilLetterSheetName } from './council-letter';
import { COUNCIL_LETTER_TABLE_ID } from '../council-letter-table';
import { desiloingSheet, desiloingSheetName } from './desiloing';
import { procurementSheet, procurementSheetName } from './procurement';
import { scenarioFigures } from './figures';
import { impactSheet } from './impact';
import { inputsSheet } from './inputs';
import { sheetNames } from './lang';
import { loansSheet } from './loans';
import { scenarioInputsSheet } from './scenario-inputs';
import { columnName, isFormula, type FormulaCell, type SheetSpec } from './sheet';
import { safeSheetName, tableSheet } from './table-sheets';
import { totalsSheet } from './totals';

/** The formula sheets only: inputs and per scenario (no tables). */
export function formulaSheets(model: ReportModel, taken = new Set<string>()): SheetSpec[] {
  const { lang, workspace } = model;
  const names = sheetNames(lang);
  const claim = (name: string) => safeSheetName(name, taken);
  const inputs = inputsSheet(model, claim(names.inputs));
  const sheets: SheetSpec[] = [inputs.sheet];
  model.scenarios.forEach((report, i) => {
    const n = i + 1;
    const figures = scenarioFigures(workspace, report);
    // The workspace as the scenario blended it (pools of a de-siloing scenario among its streams).
    const seen = figures.overlay.workspace;
    const own = scenarioInputsSheet(seen, figures, inputs.index, claim(names.scenarioInputs(n)), lang);
    const totalsName = claim(names.totals(n));
    const cashFlowName = claim(names.cashFlow(n));
    const loans = loansSheet(seen, figures, inputs.index, own.index.allocations, claim(names.loans(n)), lang);
    const cashFlow = cashFlowSheet(figures, inputs.index, own.index, loans.index, cashFlowName, lang);
    const totals = totalsSheet(figures, inputs.index, own.index, cashFlow.index, totalsName, lang);
    const impact = impactSheet(figures, inputs.index, own.index, totals.index, claim(names.impact(n)), lang);
    sheets.push(own.sheet, totals.sheet, cashFlow.sheet, loans.sheet, impact);
    sheets.push(
      contributionSheet(workspace, figures, own.index, claim(contributionSheetName(lang, n)), lang),
    );
    sheets.push(budgetCycleSheet(report.budgetCycle, claim(budgetCycleSheetName(lang, n)), lang));
    const pooling = report.engineRun.desiloing;
    if (pooling !== null) {
      const planName = (id: string) => workspace.plans.find((p) => p.id === id)?.name ?? id;
      sheets.push(desiloingSheet(pooling, planName, claim(desiloingSheetName(lang, n)), lang));
    }
  });
  // The council letter's money with its sums and leverage as formulas (the CSV has it as a table).
  const letter = councilLetterSheet(model, claim(councilLetterSheetName(lang)));
  if (letter !== null) sheets.push(letter);
  // Procurement per year and each scenario's lever, with the share and extra revenue as formulas.
  const procurement = procurementSheet(model, claim(procurementSheetName(lang)));
  if (procurement !== null) sheets.push(procurement);
  return sheets;
}

/** Every sheet of the report workbook, in order. */
export function workbookSheets(model: ReportModel): SheetSpec[] {
  // Formula sheets claim their names first: formulas name them, and `expectedFormulaValues`
  // builds them alone, so their names must not depend on the tables' titles.
  const taken = new Set<string>();
  const formulas = formulaSheets(model, taken);
  // The council letter's table is a formula sheet: it takes the table's place among the tables.
  const letterName = councilLetterSheetName(model.lang);
  const letter = formulas.find((sheet) => sheet.name === letterName);
  const tables = reportTables(model).map((table) =>
    table.id === COUNCIL_LETTER_TABLE_ID && letter !== undefined
      ? letter
      : tableSheet(table, safeSheetName(table.title[model.lang], taken), model.lang),
  );
  return [...tables, ...formulas.filter((sheet) => sheet !== letter)];
}

/** Calls `visit` with `Sheet!A1` of every formula cell. */
export function eachFormulaCell(
  sheets: readonly SheetSpec[],
  visit: (address: string, cell: FormulaCell) => void,
): void {
  const columns: string[] = [];
  for (const sheet of sheets) {
    const prefix = `${sheet.name}!`;
    sheet.rows.forEach((row, r) =>
      row.cells.forEach((cell, c) => {
        if (cell === undefined || !isFormula(cell)) return;
        const column = (columns[c] ??= columnName(c + 1));
        visit(`${prefix}${column}${r + 1}`, cell);
      }),
    );
  }
}
