/**
 * The budget cycle in the report: its section in the HTML (Dutch and English), its
 * tables in CSV, and its workbook sheets' formulas recalculated by LibreOffice (where
 * installed) to the engine's values, also where the cached results were made wrong on
 * purpose.
 */
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { loadDemoWorkspace } from '../../src/data';
import { tableToCsv } from '../../src/reports/csv';
import { renderReportHtml } from '../../src/reports/html';
import { buildReport, type ReportModel } from '../../src/reports/model';
import { reportTables } from '../../src/reports/tables';
import { budgetCycleSheet, budgetCycleSheetName } from '../../src/reports/xlsx/budget-cycle';
import { eachFormulaCell } from '../../src/reports/xlsx/spec';
import type { FormulaCell, SheetSpec } from '../../src/reports/xlsx/sheet';
import { workbookOf } from '../../src/reports/xlsx/workbook';
import { makeTempDir } from '../helpers/temp-dir';
import { mismatchesOf, recalculateWorkbook, tamper } from '../helpers/xlsx-recalc';
import { findSoffice, recalcProfile, SOFFICE_TIMEOUT_MS } from '../../bench/peer/libreoffice';

const soffice = findSoffice();

let model: ReportModel;
let sheets: SheetSpec[];

beforeAll(async () => {
  const workspace = loadDemoWorkspace();
  model = await buildReport(workspace, {
    scenarioIds: ['basis', 'ontschotting'],
    lang: 'nl',
    sections: ['portfolio'],
    draws: 10,
    provenance: { appVersion: 'test', workspaceFile: 'demo.json', generatedAt: '2026-03-01T12:00:00.000Z' },
  });
  sheets = model.scenarios.map((r, i) =>
    budgetCycleSheet(r.budgetCycle, budgetCycleSheetName('nl', i + 1), 'nl'),
  );
}, 300_000);

describe('the budget cycle in the report data', () => {
  it('writes its three tables, the plan rows with their need and one-off part', () => {
    const tables = reportTables(model).filter((t) => t.id.startsWith('budget-cycle-'));
    expect(tables.map((t) => t.id)).toEqual([
      'budget-cycle-silos',
      'budget-cycle-years',
      'budget-cycle-plans',
    ]);
    const plans = tables[2]!;
    const kievitsveld = plans.rows.find((r) => String(r[1]).startsWith('Pilot stadsboerderij'))!;
    const column = (key: string) => plans.columns.findIndex((c) => c.key === key);
    expect(kievitsveld[column('need')]).toBe(19000);
    expect(kievitsveld[column('oneOffFunded')]).toBe(19000);
    expect(kievitsveld[column('oneOffShare')]).toBe(1);
    const csv = tableToCsv(plans, 'nl');
    expect(csv).toContain('"Nodig per jaar";"Incidenteel betaald"');
    expect(csv).toContain(';19000,00;');
  });

  it('shows a section per scenario in the HTML report, in Dutch and in English', () => {
    const html = renderReportHtml(model);
    expect(html).toContain('Begrotingscyclus: structureel en incidenteel geld');
    expect(html).toContain('data-budget-cycle="basis"');
    expect(html).toContain('data-budget-cycle="ontschotting"');
    expect(html).toContain('Wat een plan nodig heeft na zijn pilotjaren');
    expect(html).toMatch(/data-plan="kievitsveld-pilot".*?€\s?19\.000.*?100%/s);
    const english = renderReportHtml({ ...model, lang: 'en' });
    expect(english).toContain('Budget cycle: structural and one-off money');
    expect(english).toContain('Needed after pilot years');
  });

  it('has live formulas for the totals and the need in the workbook sheet', () => {
    const formulas: string[] = [];
    eachFormulaCell(sheets, (_, cell) => formulas.push(cell.formula));
    expect(formulas.some((f) => f.startsWith('MAX(0,'))).toBe(true);
    expect(formulas.some((f) => f.startsWith('SUMIF(') && f.includes('"<"&'))).toBe(true);
    expect(formulas.some((f) => f.startsWith('MIN('))).toBe(true);
  });
});

describe.skipIf(soffice === null)('LibreOffice recalculating the budget-cycle sheets', () => {
  const temp = makeTempDir('coopfolio-budget-cycle-lo-');
  let profile = '';
  beforeAll(async () => {
    profile = await recalcProfile(soffice ?? 'soffice', join(temp.dir, 'profile'));
  }, SOFFICE_TIMEOUT_MS);
  afterAll(() => temp.cleanup());

  it(
    'recomputes every formula cell to the engine’s value',
    async () => {
      const expected = new Map<string, FormulaCell>();
      eachFormulaCell(sheets, (address, cell) => expected.set(address, cell));
      const workbook = workbookOf(model, sheets);
      // The last cell of each sheet's year rows and of its plan totals made wrong: they must come back right.
      const tampered = sheets.map((s) =>
        [...expected.keys()].filter((a) => a.startsWith(`${s.name}!`)).at(-1)!,
      );
      tamper(workbook, expected, tampered);
      const recalculated = await recalculateWorkbook(
        workbook,
        soffice ?? 'soffice',
        profile,
        temp.dir,
        'begrotingscyclus.xlsx',
      );
      expect(mismatchesOf(expected, recalculated).slice(0, 20)).toEqual([]);
      expect(expected.size).toBeGreaterThan(200);
    },
    4 * SOFFICE_TIMEOUT_MS,
  );
});
