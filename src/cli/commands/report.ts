import { basename, resolve } from 'node:path';
import type { Command } from 'commander';
import { APP_VERSION } from '../../app-version';
import { loadDemoWorkspace } from '../../data';
import type { Lang } from '../../i18n';
import type { Workspace } from '../../model/workspace';
import { buildReport } from '../../reports/model';
import { findChromium, openChromiumPdf } from '../../reports/pdf';
import {
  defaultBaseName,
  parseFormats,
  REPORT_FORMATS,
  writeReport,
  type WrittenReport,
} from '../../reports/write';
import { badInput, cliWords, wholeNumber } from '../format';
import { resolveLang, type CliIo } from '../io';
import { loadWorkspaceFrom } from '../workspace-source';

interface ReportOptions {
  db?: string;
  workspace?: string;
  demo?: boolean;
  scenario?: string;
  out: string;
  format: string;
  lang?: string;
  draws?: string;
}

function source(io: CliIo, options: ReportOptions, lang: Lang): { workspace: Workspace; file: string } {
  const given = [options.db, options.workspace, options.demo ? 'demo' : undefined].filter(
    (v) => v !== undefined,
  );
  if (given.length !== 1) {
    throw badInput(lang, 'report.oneOfSource');
  }
  if (options.demo) return { workspace: loadDemoWorkspace(), file: cliWords(lang)('report.demoFile') };
  const file = (options.db ?? options.workspace)!;
  return { workspace: loadWorkspaceFrom(io, options, lang), file: basename(file) };
}

function scenarioIds(workspace: Workspace, option: string | undefined, lang: Lang): string[] {
  if (option === undefined) return workspace.scenarios.map((s) => s.id);
  const ids = option
    .split(',')
    .map((s) => s.trim())
    .filter((s) => s !== '');
  const unknown = ids.filter((id) => !workspace.scenarios.some((s) => s.id === id));
  if (ids.length === 0 || unknown.length > 0) {
    const known = workspace.scenarios.map((s) => s.id).join(', ');
    throw badInput(lang, 'report.unknownScenario', { unknown: unknown.join(', '), known });
  }
  return ids;
}

function summary(written: WrittenReport, lang: Lang): string {
  const t = cliWords(lang);
  const lines = [t('report.written', { folder: written.folder })];
  for (const file of written.files) lines.push(`  ${file.name}`);
  if (written.pdf === 'unavailable') {
    lines.push('', t('report.noPdf'));
  }
  return `${lines.join('\n')}\n`;
}

/** Progress on stderr, at most once per whole percent. */
function progress(io: CliIo, label: string) {
  let shown = -1;
  return (done: number, total: number) => {
    const percent = total === 0 ? 100 : Math.floor((100 * done) / total);
    if (percent === shown) return;
    shown = percent;
    io.stderr(`\r${label} ${String(percent).padStart(3)}%${percent === 100 ? '\n' : ''}`);
  };
}

export function registerReport(program: Command, io: CliIo): void {
  program
    .command('report')
    .description(
      'write the council report (PDF, HTML, XLSX with live formulas, CSV) of one or more scenarios',
    )
    .option('--db <file>', 'workspace file')
    .option('--workspace <json>', 'workspace JSON')
    .option('--demo', 'the built-in demo workspace')
    .option('--scenario <ids>', 'scenario id, or several separated by commas (default: every scenario)')
    .requiredOption('--out <dir>', 'output folder')
    .option(
      '--format <list>',
      `formats, separated by commas: ${REPORT_FORMATS.join(',')}`,
      REPORT_FORMATS.join(','),
    )
    .option('--draws <n>', 'Monte Carlo draws per scenario (default: the scenario setting)')
    .option('--lang <nl|en>', 'language of the report and messages')
    .action(async (options: ReportOptions) => {
      // A council report is Dutch unless asked otherwise (the system language only picks messages elsewhere).
      const lang = resolveLang(options.lang ?? io.env['COOPFOLIO_LANG'] ?? 'nl', io.env);
      const { formats, unknown } = parseFormats(options.format);
      if (unknown.length > 0 || formats.length === 0) {
        throw badInput(lang, 'report.unknownFormat', {
          unknown: unknown.join(', '),
          formats: REPORT_FORMATS.join(', '),
        });
      }
      const { workspace, file } = source(io, options, lang);
      const ids = scenarioIds(workspace, options.scenario, lang);
      const drawCount = wholeNumber(options.draws, '--draws', 1, 1_000_000, lang);
      // Chromium starts while the scenarios run (it takes a while), and prints the one PDF.
      const chromiumPath = formats.includes('pdf') ? findChromium(io.env) : null;
      const chromium = chromiumPath === null ? null : openChromiumPdf({ executablePath: chromiumPath });
      let written: WrittenReport;
      try {
        const model = await buildReport(workspace, {
          scenarioIds: ids,
          lang,
          ...(drawCount === undefined ? {} : { draws: drawCount }),
          provenance: { appVersion: APP_VERSION, workspaceFile: file, generatedAt: new Date().toISOString() },
          onProgress: progress(io, cliWords(lang)('report.running')),
        });
        written = await writeReport(model, {
          folder: resolve(io.cwd, options.out),
          formats,
          baseName: defaultBaseName(model),
          pdf: chromium?.render ?? null,
          onProgress: progress(io, cliWords(lang)('report.writing')),
        });
      } finally {
        await chromium?.close();
      }
      io.stdout(summary(written, lang));
    });
}
