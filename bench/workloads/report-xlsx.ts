// The XLSX report's arithmetic, twice (spec section 11): `xlsx-recalc` is the engine
// recomputing every formula cell of the demo report (cash flows, loan schedules, totals,
// projections, laid out at their addresses), `xlsx-recalc-peer` is LibreOffice headless
// recalculating the exported workbook, one soffice conversion per run, with the same
// always-recalculate profile as tests/reports/xlsx-libreoffice.test.ts.
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { loadDemoWorkspace } from '../../src/data';
import { buildReport, type ReportModel } from '../../src/reports/model';
import { expectedFormulaValues, writeReportXlsx } from '../../src/reports/xlsx';
import { findSoffice, recalcProfile, recalculateXlsx } from '../peer/libreoffice';
import type { Workload } from '../harness';

/** The demo workspace's report over every scenario, as `report-demo` builds it. */
async function demoReportModel(): Promise<ReportModel> {
  const workspace = loadDemoWorkspace();
  return buildReport(workspace, {
    scenarioIds: workspace.scenarios.map((s) => s.id),
    lang: 'nl',
    provenance: { appVersion: 'bench', workspaceFile: 'demo', generatedAt: new Date(0).toISOString() },
  });
}

export const XLSX_RECALC: Workload = {
  name: 'xlsx-recalc',
  runs: 30,
  warmup: 5,
  prepare: async () => {
    const model = await demoReportModel();
    return () => expectedFormulaValues(model);
  },
};

export const XLSX_RECALC_PEER: Workload = {
  name: 'xlsx-recalc-peer',
  // A LibreOffice start and conversion takes seconds; the first run also warms the profile.
  runs: 3,
  warmup: 1,
  prepare: async () => {
    const soffice = findSoffice();
    if (soffice === null) {
      throw new Error(
        'xlsx-recalc-peer needs LibreOffice: install libreoffice-calc-nogui or set COOPFOLIO_SOFFICE to soffice.',
      );
    }
    const folder = mkdtempSync(join(tmpdir(), 'coopfolio-bench-xlsx-'));
    // The harness has no teardown; the folder (workbook, output, LibreOffice profile) goes at exit.
    process.once('exit', () => rmSync(folder, { recursive: true, force: true }));
    const input = join(folder, 'in', 'rapport.xlsx');
    mkdirSync(join(folder, 'in'), { recursive: true });
    writeFileSync(input, await writeReportXlsx(await demoReportModel()));
    const profile = await recalcProfile(soffice, join(folder, 'profile'));
    return () => recalculateXlsx(soffice, profile, input, join(folder, 'out'));
  },
};

/**
 * The peer runs only where LibreOffice is installed (spec section 11: "when installed"):
 * without soffice it is left out, so a full benchmark run still completes.
 */
export const XLSX_WORKLOADS: Workload[] = [
  XLSX_RECALC,
  ...(findSoffice() === null ? [] : [XLSX_RECALC_PEER]),
];
