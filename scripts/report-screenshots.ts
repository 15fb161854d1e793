/**
 * Renders the demo council report to PDF in Chromium and saves two of its pages as PNG
 * for the docs: the council letter's two pages and a cooperative with its cash-flow chart.
 *   npx tsx scripts/report-screenshots.ts
 * Needs Chromium (CHROMIUM_PATH or /usr/bin/chromium) and poppler-utils (pdftotext, pdftoppm).
 */
import { spawnSync } from 'node:child_process';
import { copyFileSync, mkdirSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { loadDemoWorkspace } from '../src/data';
import { renderReportHtml } from '../src/reports/html';
import { reportWords } from '../src/reports/words';
import { buildReport } from '../src/reports/model';
import { findChromium, renderPdfWithChromium } from '../src/reports/pdf';
import { makeTempDir } from '../tests/helpers/temp-dir';

const ROOT = join(dirname(fileURLToPath(import.meta.url)), '..');
const OUT = join(ROOT, 'docs', 'screenshots');
/** A plan whose cash runs below zero, so the page shows a marked low point and a gap explained. */
const COOPERATIVE_PLAN = 'rijsamen-elektrisch';

function run(command: string, args: string[]): string {
  const result = spawnSync(command, args, { encoding: 'utf8', maxBuffer: 64 * 1024 * 1024 });
  if (result.error !== undefined)
    throw new Error(`${command} is needed (poppler-utils): ${result.error.message}`);
  if (result.status !== 0) throw new Error(`${command} failed: ${result.stderr}`);
  return result.stdout;
}

/** 1-based number of the first page after the council letter whose text passes `test`. */
function pageWhere(pages: string[], what: string, test: (page: string) => boolean): number {
  const index = pages.findIndex((page, i) => i > 1 && test(page));
  if (index < 0) throw new Error(`No page with ${what} in the report`);
  return index + 1;
}

async function main() {
  const chromium = findChromium(process.env);
  if (chromium === null) throw new Error('No Chromium found: install chromium or set CHROMIUM_PATH.');
  const workspace = loadDemoWorkspace();
  const model = await buildReport(workspace, {
    scenarioIds: workspace.scenarios.map((s) => s.id),
    lang: 'nl',
    provenance: {
      appVersion: 'demo',
      workspaceFile: 'demo.coopfolio',
      generatedAt: new Date().toISOString(),
    },
  });
  const pdf = await renderPdfWithChromium(renderReportHtml(model), { executablePath: chromium });
  const temp = makeTempDir('coopfolio-report-shots-');
  try {
    const file = join(temp.dir, 'rapport.pdf');
    writeFileSync(file, pdf);
    const pages = run('pdftotext', ['-layout', '-enc', 'UTF-8', file, '-']).split('\f');
    const plan = workspace.plans.find((p) => p.id === COOPERATIVE_PLAN);
    if (plan === undefined) throw new Error(`The demo has no plan ${COOPERATIVE_PLAN}`);
    // The council letter opens the report: pages 1 and 2 (tests/reports/council-letter-pdf.test.ts).
    const shots: Record<string, { page: number; resolution: number }> = {
      'council-letter-1': { page: 1, resolution: 60 },
      'council-letter-2': { page: 2, resolution: 60 },
      'report-page-cooperative': {
        page: pageWhere(
          pages,
          plan.name,
          (p) => p.includes(plan.name) && p.includes(reportWords('nl', 'general')('cashFlowTitle')),
        ),
        resolution: 70,
      },
    };
    mkdirSync(OUT, { recursive: true });
    for (const [name, { page, resolution }] of Object.entries(shots)) {
      const root = join(temp.dir, name);
      run('pdftoppm', [
        '-r',
        String(resolution),
        '-png',
        '-singlefile',
        '-f',
        String(page),
        '-l',
        String(page),
        file,
        root,
      ]);
      copyFileSync(`${root}.png`, join(OUT, `${name}.png`));
      console.log(`docs/screenshots/${name}.png (page ${page} of ${pages.length - 1})`);
    }
  } finally {
    temp.cleanup();
  }
}

await main();
