// The demo workspace's full council report in every format (spec section 11,
// `report-demo`): every scenario run (blend, projection, Monte Carlo), then HTML, PDF
// (through Chromium when it is installed), XLSX with live formulas and a CSV per table,
// written to a temporary folder. `report-council` is the same report as
// `coopfolio report` makes it (Chromium starting while the scenarios run), and reports
// the CPU time of Chromium's processes beside Node's (issue 18: within 3 s).
import { mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { loadDemoWorkspace } from '../../src/data';
import type { Workspace } from '../../src/model/workspace';
import { buildReport } from '../../src/reports/model';
import { findChromium, openChromiumPdf, renderPdfWithChromium } from '../../src/reports/pdf';
import { REPORT_FORMATS, writeReport } from '../../src/reports/write';
import type { Workload } from '../harness';

const CLOCK_TICKS_PER_MS = 100 / 1000;

/**
 * CPU time (ms) of this process's descendants so far, as Linux's /proc tells it: what
 * Chromium spends printing, which process.cpuUsage does not count. NaN elsewhere.
 */
function descendantsCpuMs(): number {
  try {
    const parents = new Map<number, number>();
    const used = new Map<number, number>();
    for (const entry of readdirSync('/proc')) {
      if (!/^\d+$/.test(entry)) continue;
      try {
        const stat = readFileSync(`/proc/${entry}/stat`, 'utf8');
        // Fields after the command name: state ppid ... utime (12th) stime (13th), in clock ticks.
        const fields = stat.slice(stat.lastIndexOf(')') + 2).split(' ');
        parents.set(Number(entry), Number(fields[1]));
        used.set(Number(entry), (Number(fields[11]) + Number(fields[12])) / CLOCK_TICKS_PER_MS);
      } catch {
        // The process ended while the list was read.
      }
    }
    let total = 0;
    for (const [pid, ms] of used) {
      let parent = parents.get(pid);
      while (parent !== undefined && parent !== process.pid && parent > 1) parent = parents.get(parent);
      if (parent === process.pid) total += ms;
    }
    return total;
  } catch {
    return Number.NaN;
  }
}

/** The report model both workloads write: every scenario, in Dutch, with a fixed provenance. */
function demoReportModel(workspace: Workspace) {
  return buildReport(workspace, {
    scenarioIds: workspace.scenarios.map((s) => s.id),
    lang: 'nl',
    provenance: { appVersion: 'bench', workspaceFile: 'demo', generatedAt: new Date(0).toISOString() },
  });
}

interface CouncilRun {
  chromiumCpuMs: number;
  pdfBytes: number;
}

export const REPORT_WORKLOADS: Workload[] = [
  {
    name: 'report-demo',
    runs: 3,
    warmup: 1,
    prepare: async () => {
      const workspace = loadDemoWorkspace();
      const chromium = findChromium(process.env);
      return async () => {
        const folder = mkdtempSync(join(tmpdir(), 'coopfolio-bench-report-'));
        try {
          const model = await demoReportModel(workspace);
          await writeReport(model, {
            folder,
            formats: REPORT_FORMATS,
            baseName: 'rapport',
            pdf:
              chromium === null ? null : (html) => renderPdfWithChromium(html, { executablePath: chromium }),
          });
        } finally {
          rmSync(folder, { recursive: true, force: true });
        }
      };
    },
  },
  {
    name: 'report-council',
    runs: 3,
    warmup: 1,
    prepare: async () => {
      const workspace = loadDemoWorkspace();
      const chromiumPath = findChromium(process.env);
      return async (): Promise<CouncilRun> => {
        const folder = mkdtempSync(join(tmpdir(), 'coopfolio-bench-council-'));
        // As the command line: Chromium starts while the scenarios run, and prints the one PDF.
        const chromium = chromiumPath === null ? null : openChromiumPdf({ executablePath: chromiumPath });
        try {
          const model = await demoReportModel(workspace);
          const written = await writeReport(model, {
            folder,
            formats: REPORT_FORMATS,
            baseName: 'rapport',
            pdf: chromium?.render ?? null,
          });
          // Read before the browser closes: a closed process's time is gone from /proc.
          return {
            chromiumCpuMs: descendantsCpuMs(),
            pdfBytes: written.files.find((f) => f.format === 'pdf')?.bytes ?? 0,
          };
        } finally {
          await chromium?.close();
          rmSync(folder, { recursive: true, force: true });
        }
      };
    },
    // Node's own CPU time is the harness's median_cpu_ms; Chromium's is the last run's.
    details: (last) => {
      const run = last as CouncilRun;
      return Number.isNaN(run.chromiumCpuMs)
        ? { pdf_bytes: run.pdfBytes }
        : { chromium_cpu_ms: Math.round(run.chromiumCpuMs), pdf_bytes: run.pdfBytes };
    },
  },
];
