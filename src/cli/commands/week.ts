import type { Command } from 'commander';
import type { Lang } from '../../i18n';
import { localIsoDate, weekAgenda } from '../../model/award-week';
import { centsToEuros } from '../../model/money';
import { isoDateSchema } from '../../model/years';
import { badInput, cliWords } from '../format';
import { resolveLang, type CliIo } from '../io';
import { addOutputOptions, addSourceOptions, type SourceCommandOptions } from '../source-options';
import { loadWorkspaceFrom } from '../workspace-source';

function todayOf(value: string | undefined, lang: Lang): string {
  if (value === undefined) return localIsoDate(new Date());
  if (isoDateSchema.safeParse(value).success) return value;
  throw badInput(lang, 'option.date', { option: '--today', value });
}

function when(days: number, lang: Lang): string {
  const t = cliWords(lang);
  if (days === 0) return t('week.today');
  return days > 0 ? t('week.inDays', { days }) : t('week.daysLate', { days: -days });
}

export function registerWeek(program: Command, io: CliIo): void {
  const command = program
    .command('week')
    .description(
      "the coach's week: reports due within 14 days or overdue, decisions awaited longer than usual, application rounds about to close, per coach",
    );
  addSourceOptions(command).option(
    '--today <date>',
    'the day to look from (YYYY-MM-DD); default today on this computer',
  );
  addOutputOptions(command).action((options: SourceCommandOptions & { today?: string }) => {
    const lang = resolveLang(options.lang, io.env);
    const today = todayOf(options.today, lang);
    const agenda = weekAgenda(loadWorkspaceFrom(io, options, lang), today);
    if (options.json === true) {
      const groups = agenda.groups.map((g) => ({
        ...g,
        items: g.items.map((i) => ({ ...i, amount: i.amount === null ? null : centsToEuros(i.amount) })),
      }));
      io.stdout(`${JSON.stringify({ ...agenda, groups }, null, 2)}\n`);
      return;
    }
    const t = cliWords(lang);
    const lines = [t('week.title', { today })];
    if (agenda.groups.length === 0) lines.push('', t('week.nothing'));
    for (const group of agenda.groups) {
      lines.push('', group.coach ?? t('week.noCoach'));
      for (const item of group.items) {
        lines.push(
          `  ${item.date}  ${when(item.days, lang).padEnd(14)}  ${t(`week.kind.${item.kind}`)}: ${item.cooperativeName} / ${item.planName} / ${item.streamName}`,
        );
      }
    }
    io.stdout(`${lines.join('\n')}\n`);
  });
}
