import { basename, resolve } from 'node:path';
import type { Command } from 'commander';
import { APP_VERSION } from '../../app-version';
import { loadDemoWorkspace } from '../../data';
import type { Lang } from '../../model/messages';
import type { Workspace } from '../../model/workspace';
import { buildReport } from '../../reports/model';
import { findChromium, renderPdfWithChromium } from '../../reports/pdf';
import {
  defaultBaseName,
  parseFormats,
  REPORT_FORMATS,
  writeReport,
  type WrittenReport,
} from '../../reports/write';
import { CliFailure, EXIT_BAD_INPUT, resolveLang, type CliIo } from '../io';
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

const say = (lang: Lang, nl: string, en: string) => (lang === 'nl' ? nl : en);

function source(io: CliIo, options: ReportOptions, lang: Lang): { workspace: Workspace; file: string } {
  const given = [options.db, options.workspace, options.demo ? 'demo' : undefined].filter(
    (v) => v !== undefined,
  );
  if (given.length !== 1) {
    throw new CliFailure(
      say(
        lang,
        'Geef precies één van --db, --workspace of --demo.',
        'Give exactly one of --db, --workspace or --demo.',
      ),
      EXIT_BAD_INPUT,
    );
  }
  if (options.demo)
    return { workspace: loadDemoWorkspace(), file: say(lang, 'demo (ingebouwd)', 'demo (built in)') };
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
    throw new CliFailure(
      say(
        lang,
        `--scenario: onbekend scenario "${unknown.join(', ')}". Bekend: ${known}.`,
        `--scenario: unknown scenario "${unknown.join(', ')}". Known: ${known}.`,
      ),
      EXIT_BAD_INPUT,
    );
  }
  return ids;
}

function draws(option: string | undefined, lang: Lang): number | undefined {
  if (option === undefined) return undefined;
  const n = /^\d+$/.test(option) ? Number(option) : Number.NaN;
  if (!Number.isSafeInteger(n) || n < 1 || n > 1_000_000) {
    throw new CliFailure(
      say(
        lang,
        `--draws moet een geheel getal van 1 tot en met 1000000 zijn, niet "${option}".`,
        `--draws must be a whole number from 1 to 1000000, not "${option}".`,
      ),
      EXIT_BAD_INPUT,
    );
  }
  return n;
}

function summary(written: WrittenReport, lang: Lang): string {
  const lines = [
    say(lang, `Rapport geschreven in ${written.folder}:`, `Report written to ${written.folder}:`),
  ];
  for (const file of written.files) lines.push(`  ${file.name}`);
  if (written.pdf === 'unavailable') {
    lines.push(
      '',
      say(
        lang,
        'Geen PDF: Chromium is niet gevonden. De HTML is geschreven; open die in een browser en druk af als PDF, ' +
          'of installeer Chromium (bijvoorbeeld `apt-get install chromium`, of zet CHROMIUM_PATH) en draai dit opnieuw.',
        'No PDF: Chromium was not found. The HTML was written; open it in a browser and print to PDF, ' +
          'or install Chromium (for example `apt-get install chromium`, or set CHROMIUM_PATH) and run this again.',
      ),
    );
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
        throw new CliFailure(
          say(
            lang,
            `--format: onbekend formaat "${unknown.join(', ')}". Kies uit ${REPORT_FORMATS.join(', ')}.`,
            `--format: unknown format "${unknown.join(', ')}". Choose from ${REPORT_FORMATS.join(', ')}.`,
          ),
          EXIT_BAD_INPUT,
        );
      }
      const { workspace, file } = source(io, options, lang);
      const ids = scenarioIds(workspace, options.scenario, lang);
      const drawCount = draws(options.draws, lang);
      const model = await buildReport(workspace, {
        scenarioIds: ids,
        lang,
        ...(drawCount === undefined ? {} : { draws: drawCount }),
        provenance: { appVersion: APP_VERSION, workspaceFile: file, generatedAt: new Date().toISOString() },
        onProgress: progress(io, say(lang, "Scenario's doorrekenen", 'Running scenarios')),
      });
      const chromium = formats.includes('pdf') ? findChromium(io.env) : null;
      const written = await writeReport(model, {
        folder: resolve(io.cwd, options.out),
        formats,
        baseName: defaultBaseName(model),
        pdf: chromium === null ? null : (html) => renderPdfWithChromium(html, { executablePath: chromium }),
        onProgress: progress(io, say(lang, 'Bestanden schrijven', 'Writing files')),
      });
      io.stdout(summary(written, lang));
    });
}
