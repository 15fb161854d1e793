/**
 * The contribution in the XLSX and CSV: one row per group, indicator and year with the
 * engine's figures; the absolute figure and the share of the distance are live formulas
 * that LibreOffice recalculates to the engine's values (also where a cached result was
 * made wrong on purpose). LibreOffice part skipped, with a message, where it is missing.
 */
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { findSoffice, recalcProfile, SOFFICE_TIMEOUT_MS } from '../../bench/peer/libreoffice';
import { loadDemoWorkspace } from '../../src/data';
import { contributionRows } from '../../src/reports/contribution-rows';
import { contributionTable } from '../../src/reports/contribution-table';
import { tableToCsv } from '../../src/reports/csv';
import { buildReport, type ReportModel } from '../../src/reports/model';
import { expectedFormulaValues } from '../../src/reports/xlsx';
import { formulaSheets } from '../../src/reports/xlsx/spec';
import { workbookOf } from '../../src/reports/xlsx/workbook';
import { makeTempDir } from '../helpers/temp-dir';
import { mismatchesOf, recalculateWorkbook, tamper, WRONG } from '../helpers/xlsx-recalc';

let model: ReportModel;
beforeAll(async () => {
  const demo = loadDemoWorkspace();
  // The cuts scenario puts one floor's threshold below its path: nothing to close there.
  const workspace = {
    ...demo,
    scenarios: demo.scenarios.map((s) =>
      s.id === 'bezuiniging'
        ? { ...s, indicatorOverrides: { ...s.indicatorOverrides, voedselzekerheid: { threshold: 0.5 } } }
        : s,
    ),
  };
  model = await buildReport(workspace, {
    scenarioIds: ['basis', 'bezuiniging'],
    lang: 'en',
    draws: 40,
    provenance: { appVersion: 'test', workspaceFile: 'demo.json', generatedAt: '2026-03-01T12:00:00.000Z' },
  });
}, 120_000);

describe('the contribution sheet and table', () => {
  it('has one row per group, indicator and year with the engine’s figures and live formulas', () => {
    const sheet = formulaSheets(model).find((s) => s.name === 'S1 Contribution');
    expect(sheet).toBeDefined();
    const rows = contributionRows(model.scenarios[0]!.engineRun.contribution);
    const data = sheet!.rows.slice(5);
    expect(data).toHaveLength(rows.length);
    // Every group kind is there, the portfolio first.
    expect(data[0]!.cells[0]).toEqual({ value: 'Portfolio' });
    expect(new Set(data.map((r) => (r.cells[0] as { value: string }).value))).toEqual(
      new Set(['Portfolio', 'Cooperative', 'District', 'Sector', 'Partnership form']),
    );
    const expected = expectedFormulaValues(model);
    rows.forEach(({ year, indicator }, i) => {
      const r = i + 6;
      expect(data[i]!.cells[7]).toEqual({ value: year.effect });
      expect(expected.get(`S1 Contribution!M${r}`)?.value).toBe(indicator.divisor);
      expect(expected.get(`S1 Contribution!N${r}`)).toMatchObject({
        formula: `H${r}*M${r}`,
        value: year.absolute,
      });
      expect(expected.get(`S1 Contribution!S${r}`)?.value).toBe(year.shareOfDistance);
    });
    expect(rows.some((r) => (r.year.shareOfDistance ?? 0) > 0)).toBe(true);
    // Already inside in the cuts scenario: no distance, an empty formula result.
    const cuts = contributionRows(model.scenarios[1]!.engineRun.contribution);
    const inside = cuts.findIndex((r) => r.indicator.indicatorId === 'voedselzekerheid');
    expect(cuts[inside]!.year.shareOfDistance).toBeNull();
    expect(expected.get(`S2 Contribution!S${inside + 6}`)?.value).toBeNull();
  });

  it('is a CSV in long format with the engine’s numbers, empty where there is no distance', () => {
    const table = contributionTable(model);
    const lines = tableToCsv(table, 'en')
      .replace(/^\uFEFF/, '')
      .trimEnd()
      .split('\r\n');
    expect(lines[0]).toBe(
      '"Scenario","Group kind","Group","Indicator id","Indicator","Dimension","Lens","Year","Unit","Effect","Mean (Monte Carlo)","P10","P50","P90","Absolute","Absolute unit","Share of the distance"',
    );
    const all = model.scenarios.flatMap((s) => contributionRows(s.engineRun.contribution));
    expect(lines).toHaveLength(1 + all.length);
    const first = lines[1]!.split(',');
    expect(first.slice(0, 2)).toEqual(['"Basis: alle plannen met de huidige budgetten"', '"Portfolio"']);
    expect(Number(first[9])).toBeCloseTo(all[0]!.year.effect, 12);
    expect(Number(first[14])).toBeCloseTo(all[0]!.year.absolute, 6);
    const inside = all.findIndex((r) => r.year.shareOfDistance === null);
    expect(all[inside]!.indicator.indicatorId).toBe('voedselzekerheid');
    expect(lines[1 + inside]!.endsWith(',')).toBe(true);
  });
});

const soffice = findSoffice();
if (soffice === null)
  console.warn('Skipping the contribution recalculation test: soffice was not found on the PATH.');

describe.skipIf(soffice === null)('LibreOffice recalculating the contribution sheets', () => {
  const temp = makeTempDir('coopfolio-contribution-lo-');
  let profile = '';
  beforeAll(async () => {
    profile = await recalcProfile(soffice ?? 'soffice', join(temp.dir, 'profile'));
  }, SOFFICE_TIMEOUT_MS);
  afterAll(() => temp.cleanup());

  it(
    'recomputes the absolute figures and shares of the distance to the engine’s values',
    async () => {
      const sheets = formulaSheets(model);
      const workbook = workbookOf(model, sheets);
      const expected = new Map(
        [...expectedFormulaValues(model)].filter(([address]) => address.includes('Contribution!')),
      );
      // A wrong cached absolute figure and share of the distance must come back right.
      const firstShare = [...expected].find(([a, c]) => a.includes('!S') && c.value !== null)![0];
      const tampered = ['S2 Contribution!N6', firstShare];
      tamper(workbook, expected, tampered);
      const recalculated = await recalculateWorkbook(
        workbook,
        soffice ?? 'soffice',
        profile,
        temp.dir,
        'contribution.xlsx',
      );
      expect(mismatchesOf(expected, recalculated).slice(0, 20)).toEqual([]);
      expect(expected.size).toBeGreaterThan(1000);
      for (const address of tampered) expect(recalculated.get(address)?.result, address).not.toBe(WRONG);
    },
    4 * SOFFICE_TIMEOUT_MS,
  );
});
