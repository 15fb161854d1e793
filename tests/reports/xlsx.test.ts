import ExcelJS from 'exceljs';
import { beforeAll, describe, expect, it } from 'vitest';
import { loadDemoWorkspace } from '../../src/data';
import { PAYING_KINDS } from '../../src/model/stream';
import { buildReport, type ReportModel } from '../../src/reports/model';
import { reportTables } from '../../src/reports/tables';
import {
  cellText,
  expectedFormulaValues,
  matchesExpected,
  MAX_CELL_TEXT,
  writeReportXlsx,
  type ExpectedCell,
} from '../../src/reports/xlsx';
import { readFormulaCells } from '../../bench/peer/libreoffice';

const PROVENANCE = {
  appVersion: 'test',
  workspaceFile: 'demo.json',
  generatedAt: '2026-03-01T12:00:00.000Z',
};

async function demoModel(lang: 'nl' | 'en' = 'nl'): Promise<ReportModel> {
  const workspace = loadDemoWorkspace();
  // The formula sheets do not depend on the Monte Carlo bands; few draws keep the test quick.
  return buildReport(workspace, {
    scenarioIds: workspace.scenarios.map((s) => s.id),
    lang,
    draws: 20,
    provenance: PROVENANCE,
  });
}

async function readWorkbook(buffer: Buffer): Promise<ExcelJS.Workbook> {
  const workbook = new ExcelJS.Workbook();
  await workbook.xlsx.load(buffer as unknown as ArrayBuffer);
  return workbook;
}

/** The expected cells of one sheet as row -> column letters -> cell, in sheet order. */
function sheetCells(
  expected: Map<string, ExpectedCell>,
  sheet: string,
): Map<number, Map<string, ExpectedCell>> {
  const rows = new Map<number, Map<string, ExpectedCell>>();
  for (const [address, cell] of expected) {
    if (!address.startsWith(`${sheet}!`)) continue;
    const [, column = '', row = ''] = /!([A-Z]+)(\d+)$/.exec(address) ?? [];
    const cells = rows.get(Number(row)) ?? new Map<string, ExpectedCell>();
    cells.set(column, cell);
    rows.set(Number(row), cells);
  }
  return rows;
}

describe('the council report as XLSX', () => {
  let model: ReportModel;
  let buffer: Buffer;
  let workbook: ExcelJS.Workbook;
  let expected: Map<string, ExpectedCell>;

  beforeAll(async () => {
    model = await demoModel();
    buffer = await writeReportXlsx(model);
    workbook = await readWorkbook(buffer);
    expected = expectedFormulaValues(model);
  });

  it('has one sheet per table, the inputs, seven formula sheets per scenario (eight when it pools), and the procurement sheet', () => {
    const names = workbook.worksheets.map((s) => s.name);
    const tables = reportTables(model).map((t) => t.title.nl);
    const perScenario = model.scenarios.flatMap(({ scenario }, i) =>
      [
        'Invoer',
        'Totalen',
        'Kasstroom',
        'Leningen',
        'Impact',
        'Bijdrage',
        'Begrotingscyclus',
        ...(scenario.desiloing === undefined ? [] : ['Ontschotting']),
      ].map((s) => `S${i + 1} ${s}`),
    );
    // The demo has procurement data, so the workbook ends with its formula sheet.
    expect(names).toEqual([...tables, 'Invoer', ...perScenario, 'Inkoop']);
    for (const name of names) expect(name.length).toBeLessThanOrEqual(31);
  });

  it('names its sheets in English for an English report', async () => {
    const english = await readWorkbook(await writeReportXlsx(await demoModel('en')));
    const names = english.worksheets.map((s) => s.name);
    expect(names).toContain('Inputs');
    expect(names).toContain('S1 Cash flow');
    expect(names).toContain('S1 Contribution');
    expect(names).toContain('Key figures');
  });

  it('writes each table as values under a bold, frozen header row with number formats', () => {
    // The council letter's table is a formula sheet, checked with the other formulas.
    for (const table of reportTables(model).filter((t) => t.id !== 'council-letter')) {
      const sheet = workbook.getWorksheet(table.title.nl);
      expect(sheet, table.id).toBeDefined();
      if (sheet === undefined) continue;
      expect(sheet.views[0]).toMatchObject({ state: 'frozen', ySplit: 1 });
      const header = sheet.getRow(1);
      table.columns.forEach((column, i) => {
        expect(header.getCell(i + 1).value).toBe(column.label.nl);
        expect(header.getCell(i + 1).font?.bold).toBe(true);
      });
      expect(sheet.rowCount).toBe(table.rows.length + 1);
      table.rows.forEach((row, r) =>
        table.columns.forEach((column, c) => {
          const cell = sheet.getRow(r + 2).getCell(c + 1);
          const value = row[c] ?? null;
          expect(cell.formula).toBeFalsy();
          if (typeof value === 'number') {
            expect(cell.value).toBe(value);
            if (column.type === 'euros') expect(cell.numFmt).toBe('#,##0.00');
            if (column.type === 'share') expect(cell.numFmt).toBe('0.0%');
          } else if (typeof value === 'string') {
            expect(cell.value).toBe(cellText(value));
          }
        }),
      );
    }
  });

  it('caches the engine’s value in every formula cell, and has no other formulas', () => {
    const saved = readFormulaCells(buffer);
    expect(saved.size).toBe(expected.size);
    // The demo has thousands of formula cells: cash flow, loans, totals, projections.
    expect(expected.size).toBeGreaterThan(10_000);
    for (const [address, cell] of expected) {
      const file = saved.get(address);
      expect(file?.formula, address).toBe(cell.formula);
      const result = file?.result;
      if (cell.value === null) expect(result, address).toBe('');
      else expect(result, address).toBe(cell.value);
    }
  });

  it('restates the sheets the issue names as formulas', () => {
    const sheets = new Set([...expected.keys()].map((address) => address.slice(0, address.lastIndexOf('!'))));
    for (let n = 1; n <= model.scenarios.length; n++) {
      for (const sheet of ['Totalen', 'Kasstroom', 'Leningen', 'Impact'])
        expect(sheets).toContain(`S${n} ${sheet}`);
    }
    const formulas = [...expected.values()].map((c) => c.formula);
    expect(formulas.some((f) => f.startsWith('SUMIFS('))).toBe(true);
    expect(formulas.some((f) => f.startsWith('ROUND(ROUND('))).toBe(true);
    expect(formulas.some((f) => f.startsWith('IF(AND('))).toBe(true);
  });

  it('recomputes with the engine what the report model shows: cash flow, loans, totals, projections', () => {
    model.scenarios.forEach((report, i) => {
      const n = i + 1;
      // Cash flow: 14 formula columns per row (costs, 5 kinds, own revenue, gap, revenue, interest,
      // principal, net, cumulative, DSCR on the cash flow available for debt service).
      const flowRows = [...sheetCells(expected, `S${n} Kasstroom`).values()];
      const years = report.plans.flatMap((plan) => plan.cashFlow.years);
      expect(flowRows).toHaveLength(years.length);
      years.forEach((y, r) => {
        const values = [...(flowRows[r]?.values() ?? [])].map((c) => c.value);
        expect(values).toEqual([
          y.costs,
          ...PAYING_KINDS.map((kind) => y.inflows[kind]),
          y.ownRevenue,
          Math.max(0, Math.round((y.costs - y.totalInflows - y.ownRevenue) * 100) / 100),
          y.revenue,
          y.interest,
          y.principal,
          y.net,
          y.cumulative,
          y.dscr,
        ]);
        // Outside money + own revenue + gap = costs, and the DSCR leaves own revenue out.
        const [costs = 0, , , , , , own = 0, gap = 0] = values.map((v) => v ?? 0);
        const inflows = PAYING_KINDS.reduce((sum, kind) => sum + y.inflows[kind], 0);
        expect(Math.round((inflows + own + gap) * 100)).toBe(Math.round(costs * 100));
        const service = y.interest + y.principal;
        if (service > 0) expect(y.dscr).toBeCloseTo((y.revenue - y.ownRevenue) / service, 12);
        else expect(y.dscr).toBeNull();
      });
      // Loans: the schedule rows (year, interest, principal, payment, balance); draw rows reach column L.
      const loanRows = [...sheetCells(expected, `S${n} Leningen`).values()].filter(
        (cells) => !cells.has('L'),
      );
      const schedule = report.plans.flatMap((plan) => plan.cashFlow.loans.flatMap((loan) => loan.schedule));
      expect(loanRows).toHaveLength(schedule.length);
      schedule.forEach((s, r) => {
        const row = loanRows[r];
        expect(['F', 'G', 'H', 'I', 'J'].map((c) => row?.get(c)?.value)).toEqual([
          s.year,
          s.interest,
          s.principal,
          s.payment,
          s.balance,
        ]);
      });
      // Totals: the portfolio row equals the key figures.
      const totals = [...sheetCells(expected, `S${n} Totalen`).values()].at(-1);
      expect(['D', 'E', 'F', 'G'].map((c) => totals?.get(c)?.value)).toEqual([
        report.keyFigures.totalCost,
        report.keyFigures.funded,
        report.keyFigures.ownRevenue,
        report.keyFigures.gap,
      ]);
      // Outside funding + own revenue + gap = total cost, to the cent.
      const k = report.keyFigures;
      expect(Math.round((k.funded + k.ownRevenue + k.gap) * 100)).toBe(Math.round(k.totalCost * 100));
      expect(totals?.get('H')?.value).toBeCloseTo(report.keyFigures.fundedShare, 12);
      // Projection: the last 2 x indicators rows are expected values, then statuses.
      const impactRows = [...sheetCells(expected, `S${n} Impact`).values()];
      const indicators = report.run.indicators;
      const values = impactRows.slice(-2 * indicators.length, -indicators.length);
      const statuses = impactRows.slice(-indicators.length);
      indicators.forEach((indicator, k) => {
        expect([...(values[k]?.values() ?? [])].map((c) => c.value)).toEqual(
          indicator.years.map((y) => y.value),
        );
        expect([...(statuses[k]?.values() ?? [])].map((c) => c.value)).toEqual(
          indicator.years.map((y) => y.status),
        );
      });
    });
  });

  it('compares recomputed values to the cent for money and relatively for ratios', () => {
    const euros: ExpectedCell = { formula: 'A1', value: 100.1, tolerance: 'euros' };
    expect(matchesExpected(euros, 100.104)).toBe(true);
    expect(matchesExpected(euros, 100.106)).toBe(false);
    const ratio: ExpectedCell = { formula: 'A1', value: 0.5, tolerance: 'ratio' };
    expect(matchesExpected(ratio, 0.5 + 1e-12)).toBe(true);
    expect(matchesExpected(ratio, 0.5 + 1e-6)).toBe(false);
    const none: ExpectedCell = { formula: 'A1', value: null, tolerance: 'ratio' };
    expect(matchesExpected(none, null)).toBe(true);
    expect(matchesExpected(none, 0)).toBe(false);
  });
});

describe('cell text', () => {
  it('neutralises formula starts and keeps the rest readable', () => {
    expect(cellText('=HYPERLINK("http://x","y")')).toBe('\'=HYPERLINK("http://x","y")');
    expect(cellText('+31 20')).toBe("'+31 20");
    expect(cellText('-5')).toBe("'-5");
    expect(cellText('@SUM(A1)')).toBe("'@SUM(A1)");
    expect(cellText('\tx')).toBe("'\tx");
    expect(cellText('Zon op Oost')).toBe('Zon op Oost');
    expect(cellText('<img src=x onerror=alert(1)>')).toBe('<img src=x onerror=alert(1)>');
    expect(cellText('تعاونية الطاقة')).toBe('تعاونية الطاقة');
  });

  it('replaces characters XML or a reader cannot take, and cuts text at the cell limit', () => {
    expect(cellText('\0=1')).toBe("'\uFFFD=1");
    expect(cellText('a\u0007b\u202Ec')).toBe('a\uFFFDb\uFFFDc');
    expect(cellText('x\uD800y')).toBe('x\uFFFDy');
    const long = cellText('a'.repeat(40_000));
    expect(long).toHaveLength(MAX_CELL_TEXT);
    expect(long.endsWith('…')).toBe(true);
    // A surrogate pair straddling the cut is dropped whole, never halved.
    const emoji = cellText('a'.repeat(MAX_CELL_TEXT - 2) + '😀'.repeat(10));
    expect(emoji.length).toBeLessThanOrEqual(MAX_CELL_TEXT);
    expect(/[\uD800-\uDBFF](?![\uDC00-\uDFFF])/.test(emoji)).toBe(false);
  });
});

describe('a scenario without plans', () => {
  it('sums over a blank row, never over its own total row', async () => {
    const workspace = loadDemoWorkspace();
    workspace.scenarios.push({
      id: 'leeg',
      name: 'Leeg',
      plans: [],
      streamFactors: {},
      indicatorOverrides: {},
      monteCarlo: { draws: 10, seed: 1 },
    });
    const model = await buildReport(workspace, { scenarioIds: ['leeg'], lang: 'nl', provenance: PROVENANCE });
    const expected = expectedFormulaValues(model);
    for (const [address, cell] of expected) {
      const own = address.slice(address.lastIndexOf('!') + 1);
      // A formula naming its own cell (also inside a range such as D4:D4) would be circular.
      expect(cell.formula.replace(/\$/g, ''), address).not.toMatch(
        new RegExp(`(^|[^A-Z0-9!])${own}(?![0-9])`),
      );
    }
    const totals = [...expected].filter(([address]) => address.startsWith('S1 Totalen!'));
    expect(totals.map(([address, cell]) => [address, cell.value])).toEqual([
      ['S1 Totalen!D5', 0],
      ['S1 Totalen!E5', 0],
      ['S1 Totalen!F5', 0],
      ['S1 Totalen!G5', 0],
      ['S1 Totalen!H5', 1],
      ...PAYING_KINDS.map((_, i) => [`S1 Totalen!${String.fromCharCode(73 + i)}5`, 0]),
      ['S1 Totalen!O5', null],
    ]);
    expect((await writeReportXlsx(model)).length).toBeGreaterThan(0);
  });
});
