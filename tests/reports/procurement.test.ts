import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { findSoffice, recalcProfile, SOFFICE_TIMEOUT_MS } from '../../bench/peer/libreoffice';
import { loadDemoWorkspace } from '../../src/data';
import type { Lang } from '../../src/model/messages';
import { tableToCsv } from '../../src/reports/csv';
import { renderReportHtml } from '../../src/reports/html';
import { buildReport, type ReportModel } from '../../src/reports/model';
import { reportTables } from '../../src/reports/tables';
import { buildReportWorkbook, expectedFormulaValues } from '../../src/reports/xlsx';
import { makeTempDir } from '../helpers/temp-dir';
import { mismatchesOf, recalculateWorkbook } from '../helpers/xlsx-recalc';

/*
 * Procurement as a flywheel in the report: the "Inkoop als vliegwiel" block of the portfolio
 * chapter, its CSV tables, and the XLSX sheet whose share (awarded / volume) and extra revenue
 * are live formulas that LibreOffice recomputes to the engine's values.
 */
const provenance = { appVersion: 'test', workspaceFile: 'demo.json', generatedAt: '2026-03-01T10:00:00Z' };
const models = new Map<Lang, Promise<ReportModel>>();
function report(lang: Lang): Promise<ReportModel> {
  if (!models.has(lang)) {
    models.set(
      lang,
      buildReport(loadDemoWorkspace(), { scenarioIds: ['inkoop-vliegwiel'], lang, draws: 20, provenance }),
    );
  }
  return models.get(lang)!;
}

describe('procurement in the report', () => {
  it('shows purchasing per year and the lever against the scenario without it, in Dutch and English', async () => {
    const nl = renderReportHtml(await report('nl'));
    expect(nl).toContain('Inkoop als vliegwiel');
    expect(nl).toContain('Aanbestedingswet 2012 art. 2.82');
    expect(nl).toContain('data-procurement-lever="inkoop-vliegwiel"');
    // 2026: EUR 755,000 of 280.5 million awarded, 0.27%.
    expect(nl).toMatch(/€\s755\.000/);
    expect(nl).toContain('0,27%');
    const en = renderReportHtml(await report('en'));
    expect(en).toContain('Procurement as a flywheel');
    expect(en).toContain('Compared with the same scenario without the target.');
  }, 120_000);

  it('lists the years and the lever per plan as CSV tables', async () => {
    const model = await report('nl');
    const tables = reportTables(model);
    const years = tables.find((t) => t.id === 'procurement-years')!;
    expect(years.rows.find((r) => r[0] === 2026)).toEqual([
      2026,
      280_500_000,
      755_000,
      755_000 / 280_500_000,
      570_000,
      2,
      28_500,
    ]);
    const csv = tableToCsv(years, 'nl');
    expect(csv).toContain('2026;280500000,00;755000,00');
    const lever = tables.find((t) => t.id === 'procurement-lever')!;
    const makerij = lever.rows.find((r) => r[1] === 'Makersplaats Zuidoost: cultuur, leren en werk')!;
    expect(makerij[0]).toBe('Inkoop als vliegwiel: basis plus 1% van de relevante inkoop naar coöperaties');
    expect(Number(makerij[5])).toBeLessThan(Number(makerij[4]));
  }, 120_000);

  const soffice = findSoffice();
  it.skipIf(soffice === null)(
    'writes share = awarded / volume and the extra revenue as formulas LibreOffice recomputes',
    async () => {
      const model = await report('en');
      const expected = new Map(
        [...expectedFormulaValues(model)].filter(([address]) => address.startsWith('Procurement!')),
      );
      const formulas = [...expected.values()].map((c) => c.formula);
      expect(formulas.some((f) => /^IF\(N\(B\d+\)=0,"",C\d+\/B\d+\)$/.test(f))).toBe(true);
      expect(formulas.some((f) => /^SUMIFS\(/.test(f))).toBe(true);
      expect(formulas.some((f) => /^MAX\(0,ROUND\(\$B\$\d+\*B\d+,2\)-C\d+\)$/.test(f))).toBe(true);
      const temp = makeTempDir('coopfolio-procurement-lo-');
      try {
        const profile = await recalcProfile(soffice!, join(temp.dir, 'profile'));
        const recalculated = await recalculateWorkbook(
          buildReportWorkbook(model),
          soffice!,
          profile,
          temp.dir,
          'rapport.xlsx',
        );
        expect(mismatchesOf(expected, recalculated)).toEqual([]);
        expect(expected.size).toBeGreaterThan(20);
      } finally {
        temp.cleanup();
      }
    },
    4 * SOFFICE_TIMEOUT_MS,
  );
});
