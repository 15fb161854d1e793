import type { Command } from 'commander';
import type { Lang } from '../../model/messages';
import { coachingHoursByMonth, stagePipeline } from '../../model/pipeline';
import { isoDateSchema } from '../../model/years';
import { enumLabels } from '../../reports/words';
import { CliFailure, EXIT_BAD_INPUT, resolveLang, type CliIo } from '../io';
import { loadWorkspaceFrom } from '../workspace-source';

/** An average month in days, as the overview uses: stays are told in months. */
const DAYS_PER_MONTH = 30.4375;

/** Today in the machine's own time zone, as `YYYY-MM-DD`. */
function today(): string {
  const now = new Date();
  const pad = (n: number) => String(n).padStart(2, '0');
  return `${now.getFullYear()}-${pad(now.getMonth() + 1)}-${pad(now.getDate())}`;
}

function asOfDate(value: string | undefined, lang: Lang): string {
  if (value === undefined) return today();
  if (isoDateSchema.safeParse(value).success) return value;
  throw new CliFailure(
    lang === 'nl'
      ? `--as-of moet een datum zijn als JJJJ-MM-DD, niet "${value}".`
      : `--as-of must be a date as YYYY-MM-DD, not "${value}".`,
    EXIT_BAD_INPUT,
  );
}

function table(head: string[], rows: string[][]): string[] {
  const widths = head.map((h, i) => Math.max(h.length, ...rows.map((r) => (r[i] ?? '').length)));
  const line = (cells: string[]) =>
    cells
      .map((c, i) => (i === 0 ? c.padEnd(widths[i] ?? 0) : c.padStart(widths[i] ?? 0)))
      .join('  ')
      .trimEnd();
  return [line(head), widths.map((w) => '-'.repeat(w)).join('  '), ...rows.map(line)];
}

export function registerPipeline(program: Command, io: CliIo): void {
  program
    .command('pipeline')
    .description(
      "the incubator's pipeline: cooperatives per stage, how long stays in each stage last (days), coaching hours per month",
    )
    .option('--db <file>', 'a workspace file (.coopfolio)')
    .option('--workspace <file>', 'a workspace JSON file')
    .option('--as-of <date>', 'the day ongoing stays are measured to (YYYY-MM-DD); default today')
    .option('--json', 'print the result as JSON on stdout')
    .option('--lang <nl|en>', 'language of messages')
    .action((options: { db?: string; workspace?: string; asOf?: string; json?: boolean; lang?: string }) => {
      const lang = resolveLang(options.lang, io.env);
      const asOf = asOfDate(options.asOf, lang);
      const workspace = loadWorkspaceFrom(io, options, lang);
      const summary = stagePipeline(workspace.cooperatives, asOf);
      const hours = coachingHoursByMonth(workspace.cooperatives);
      if (options.json === true) {
        io.stdout(`${JSON.stringify({ asOf, ...summary, coachingHours: hours }, null, 2)}\n`);
        return;
      }
      const nl = lang === 'nl';
      const locale = nl ? 'nl-NL' : 'en-GB';
      const num = new Intl.NumberFormat(locale, { maximumFractionDigits: 1 });
      const months = (days: number | null) => (days === null ? '-' : num.format(days / DAYS_PER_MONTH));
      const stageRows = summary.stages.map((row) => [
        enumLabels(lang)('stage', row.stage),
        String(row.current),
        String(row.finishedStays),
        months(row.medianDays),
        months(row.meanDays),
        String(row.ongoingStays),
        months(row.ongoingMedianDays),
      ]);
      const lines = [
        nl
          ? `Pijplijn van de incubator op ${asOf} (duur in maanden)`
          : `Incubator pipeline on ${asOf} (stays in months)`,
        '',
        ...table(
          nl
            ? ['Fase', 'Nu', 'Afgerond', 'Mediaan', 'Gemiddeld', 'Lopend', 'Mediaan lopend']
            : ['Stage', 'Now', 'Finished', 'Median', 'Average', 'Ongoing', 'Median ongoing'],
          stageRows,
        ),
      ];
      if (summary.withoutHistory > 0) {
        lines.push(
          nl
            ? `${summary.withoutHistory} coöperatie(s) zonder fasenverloop: geteld bij "nu", niet in de duur.`
            : `${summary.withoutHistory} cooperative(s) without a stage history: counted "now", not in the durations.`,
        );
      }
      lines.push('');
      if (hours.length === 0) lines.push(nl ? 'Nog geen coachinguren.' : 'No coaching hours yet.');
      else {
        lines.push(
          ...table(
            nl ? ['Maand', 'Uren', 'Coöperaties'] : ['Month', 'Hours', 'Cooperatives'],
            hours.map((m) => [m.month, num.format(m.hours), String(m.cooperatives)]),
          ),
        );
      }
      io.stdout(`${lines.join('\n')}\n`);
    });
}
