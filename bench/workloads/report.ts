// The demo workspace's full council report in every format (spec section 11,
// `report-demo`): every scenario run (blend, projection, Monte Carlo), then HTML, PDF
// (through Chromium when it is installed), XLSX with live formulas and a CSV per table,
// written to a temporary folder.
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { loadDemoWorkspace } from '../../src/data';
import { buildReport } from '../../src/reports/model';
import { findChromium, renderPdfWithChromium } from '../../src/reports/pdf';
import { REPORT_FORMATS, writeReport } from '../../src/reports/write';
import type { Workload } from '../harness';

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
          const model = await buildReport(workspace, {
            scenarioIds: workspace.scenarios.map((s) => s.id),
            lang: 'nl',
            provenance: {
              appVersion: 'bench',
              workspaceFile: 'demo',
              generatedAt: new Date(0).toISOString(),
            },
          });
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
];
