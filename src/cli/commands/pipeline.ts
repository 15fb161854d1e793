import type { Command } from 'commander';
import { localeOf, type Lang } from '../../i18n';
import { coachingHoursByMonth, stagePipeline } from '../../model/pipeline';
import { isoDateSchema } from '../../model/years';
import { enumLabels } from '../../reports/words';
import { badInput, cliWords, columns } from '../format';
import { resolveLang, type CliIo } from '../io';
import { addOutputOptions, addSourceOptions, type SourceCommandOptions } from '../source-options';
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
  throw badInput(lang, 'option.date', { option: '--as-of', value });
}

export function registerPipeline(program: Command, io: CliIo): void {
  const command = program
    .command('pipeline')
    .description(
      "the incubator's pipeline: cooperatives per stage, how long stays in each stage last (days), coaching hours per month",
    );
  addSourceOptions(command).option(
    '--as-of <date>',
    'the day ongoing stays are measured to (YYYY-MM-DD); default today',
  );
  addOutputOptions(command, 'print the result as JSON on stdout').action(
    (options: SourceCommandOptions & { asOf?: string }) => {
      const lang = resolveLang(options.lang, io.env);
      const asOf = asOfDate(options.asOf, lang);
      const workspace = loadWorkspaceFrom(io, options, lang);
      const summary = stagePipeline(workspace.cooperatives, asOf);
      const hours = coachingHoursByMonth(workspace.cooperatives);
      if (options.json === true) {
        io.stdout(`${JSON.stringify({ asOf, ...summary, coachingHours: hours }, null, 2)}\n`);
        return;
      }
      const t = cliWords(lang);
      const num = new Intl.NumberFormat(localeOf(lang), { maximumFractionDigits: 1 });
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
      const stageHead = ['stage', 'now', 'finished', 'median', 'average', 'ongoing', 'medianOngoing'];
      const lines = [
        t('pipeline.title', { asOf }),
        '',
        ...columns(
          stageHead.map((key) => t(`pipeline.${key}`)),
          stageRows,
          { trimEnd: true },
        ),
      ];
      if (summary.withoutHistory > 0)
        lines.push(t('pipeline.withoutHistory', { number: summary.withoutHistory }));
      lines.push('');
      if (hours.length === 0) lines.push(t('pipeline.noHours'));
      else {
        lines.push(
          ...columns(
            [t('pipeline.month'), t('pipeline.hours'), t('pipeline.cooperatives')],
            hours.map((m) => [m.month, num.format(m.hours), String(m.cooperatives)]),
            { trimEnd: true },
          ),
        );
      }
      io.stdout(`${lines.join('\n')}\n`);
    },
  );
}
