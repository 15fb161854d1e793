/**
 * The council letter's money in the XLSX and CSV: one row per scenario; in the XLSX its
 * mobilised, covered and leverage are live formulas whose values are the letter's, and
 * LibreOffice, recalculating the workbook, gets the same (skipped without LibreOffice).
 */
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { findSoffice, recalcProfile, SOFFICE_TIMEOUT_MS } from '../../bench/peer/libreoffice';
import { loadDemoWorkspace } from '../../src/data';
import { councilLetterTable } from '../../src/reports/council-letter-table';
import { buildReport, type ReportModel } from '../../src/reports/model';
import { tableToCsv } from '../../src/reports/csv';
import { buildReportWorkbook, expectedFormulaValues } from '../../src/reports/xlsx';
import { makeTempDir } from '../helpers/temp-dir';
import { mismatchesOf, recalculateWorkbook } from '../helpers/xlsx-recalc';

const soffice = findSoffice();

describe('the council letter’s money as data', () => {
  const temp = makeTempDir('coopfolio-letter-xlsx-');
  let model: ReportModel;

  beforeAll(async () => {
    model = await buildReport(loadDemoWorkspace(), {
      scenarioIds: ['basis', 'bezuiniging'],
      lang: 'nl',
      draws: 20,
      sections: ['summary'],
      provenance: { appVersion: 'test', workspaceFile: 'demo.json', generatedAt: '2026-03-01T12:00:00.000Z' },
    });
  }, 120_000);

  afterAll(() => temp.cleanup());

  it('restates mobilised, covered and the leverage as formulas with the letter’s values', () => {
    const expected = expectedFormulaValues(model);
    const letter = model.councilLetter!;
    letter.scenarios.forEach((m, i) => {
      const row = i + 2;
      expect(expected.get(`Raadsbrief!G${row}`)).toMatchObject({ formula: `SUM(C${row}:F${row})` });
      expect(expected.get(`Raadsbrief!G${row}`)?.value).toBeCloseTo(m.mobilised, 2);
      expect(expected.get(`Raadsbrief!H${row}`)?.value).toBeCloseTo(m.covered, 2);
      expect(expected.get(`Raadsbrief!K${row}`)?.value).toBeCloseTo(m.leverage ?? Number.NaN, 12);
    });
    // The CSV has the same row per scenario.
    const csv = tableToCsv(councilLetterTable(model), 'nl');
    expect(csv.trim().split('\n')).toHaveLength(1 + letter.scenarios.length);
  });

  it.skipIf(soffice === null)(
    'recalculates to the same values in LibreOffice',
    async () => {
      const profile = await recalcProfile(soffice ?? 'soffice', join(temp.dir, 'profile'));
      const recalculated = await recalculateWorkbook(
        buildReportWorkbook(model),
        soffice ?? 'soffice',
        profile,
        temp.dir,
        'rapport.xlsx',
      );
      const mine = [...expectedFormulaValues(model)].filter(([address]) => address.startsWith('Raadsbrief!'));
      expect(mine.length).toBe(3 * model.scenarios.length);
      expect(mismatchesOf(mine, recalculated)).toEqual([]);
    },
    3 * SOFFICE_TIMEOUT_MS,
  );
});
