/**
 * LibreOffice as an independent check of the XLSX formulas: it opens the demo report,
 * recalculates every formula from the inputs sheet and saves it; each recomputed formula
 * cell must equal the engine's value (money to the cent, other figures to a relative
 * 1e-9). Cached results that were deliberately made wrong must come back right, which
 * proves LibreOffice recalculated rather than echoed the cache. Skipped, with a message,
 * where LibreOffice is not installed; CI installs it.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { loadDemoWorkspace } from '../../src/data';
import { buildReport } from '../../src/reports/model';
import { buildReportWorkbook, expectedFormulaValues, matchesExpected } from '../../src/reports/xlsx';
import { makeTempDir } from '../helpers/temp-dir';
import { recalculateWorkbook, tamper, WRONG } from '../helpers/xlsx-recalc';
import {
  findSoffice,
  readFormulaCells,
  recalcProfile,
  SOFFICE_TIMEOUT_MS,
} from '../../bench/peer/libreoffice';

const soffice = findSoffice();
if (soffice === null) {
  console.warn(
    'Skipping the LibreOffice recalculation test: soffice was not found on the PATH ' +
      '(install libreoffice-calc-nogui, or set COOPFOLIO_SOFFICE to its path).',
  );
}

/** A value that is no engine value of any cell, for the cached results made wrong on purpose. */

describe.skipIf(soffice === null)('LibreOffice recalculating the report XLSX', () => {
  const temp = makeTempDir('coopfolio-xlsx-lo-');
  let profile = '';

  beforeAll(async () => {
    profile = await recalcProfile(soffice ?? 'soffice', join(temp.dir, 'profile'));
  }, SOFFICE_TIMEOUT_MS);

  afterAll(() => temp.cleanup());

  it(
    'recomputes every formula cell to the engine’s value, also where the cached result was wrong',
    async () => {
      const workspace = loadDemoWorkspace();
      const model = await buildReport(workspace, {
        scenarioIds: workspace.scenarios.map((s) => s.id),
        lang: 'nl',
        draws: 20,
        provenance: {
          appVersion: 'test',
          workspaceFile: 'demo.json',
          generatedAt: '2026-03-01T12:00:00.000Z',
        },
      });
      const expected = expectedFormulaValues(model);
      const workbook = buildReportWorkbook(model);

      // The last formula cell of a totals, a loan and an impact sheet: money, a schedule
      // balance at the end of a chain, and an indicator status.
      const tampered = ['S1 Totalen', 'S2 Leningen', 'S4 Impact'].map(
        (sheet) => [...expected.keys()].filter((address) => address.startsWith(`${sheet}!`)).at(-1) ?? '',
      );
      tamper(workbook, expected, tampered);
      const recalculated = await recalculateWorkbook(
        workbook,
        soffice ?? 'soffice',
        profile,
        temp.dir,
        'rapport.xlsx',
      );
      const written = readFormulaCells(readFileSync(join(temp.dir, 'in', 'rapport.xlsx')));
      for (const address of tampered) expect(written.get(address)?.result, address).toBe(WRONG);

      const mismatches: string[] = [];
      let maxEuros = 0;
      let maxRelative = 0;
      for (const [address, cell] of expected) {
        const saved = recalculated.get(address);
        const result = saved?.result;
        const actual = typeof result === 'number' ? result : result === '' ? null : undefined;
        if (saved === undefined || actual === undefined || !matchesExpected(cell, actual)) {
          mismatches.push(`${address} ${cell.formula}: engine ${cell.value}, LibreOffice ${String(result)}`);
          continue;
        }
        if (actual === null || cell.value === null) continue;
        const diff = Math.abs(actual - cell.value);
        if (cell.tolerance === 'euros') maxEuros = Math.max(maxEuros, diff);
        else maxRelative = Math.max(maxRelative, diff / Math.max(1, Math.abs(cell.value)));
      }
      expect(mismatches.slice(0, 20)).toEqual([]);
      for (const address of tampered) expect(recalculated.get(address)?.result, address).not.toBe(WRONG);
      expect(expected.size).toBeGreaterThan(10_000);
      console.info(
        `LibreOffice recalculated ${expected.size} formula cells of the demo report: ` +
          `max money difference ${maxEuros.toExponential(2)} EUR, max relative difference ${maxRelative.toExponential(2)}.`,
      );
    },
    4 * SOFFICE_TIMEOUT_MS,
  );
});
