import type { Command } from 'commander';
import { localIsoDate, weekAgenda, type WeekItem } from '../../model/award-week';
import type { Lang } from '../../model/messages';
import { centsToEuros } from '../../model/money';
import { isoDateSchema } from '../../model/years';
import { CliFailure, EXIT_BAD_INPUT, resolveLang, type CliIo } from '../io';
import { loadWorkspaceFrom } from '../workspace-source';

function todayOf(value: string | undefined, lang: Lang): string {
  if (value === undefined) return localIsoDate(new Date());
  if (isoDateSchema.safeParse(value).success) return value;
  throw new CliFailure(
    lang === 'nl'
      ? `--today moet een datum zijn als JJJJ-MM-DD, niet "${value}".`
      : `--today must be a date as YYYY-MM-DD, not "${value}".`,
    EXIT_BAD_INPUT,
  );
}

const KIND: Record<Lang, Record<WeekItem['kind'], string>> = {
  nl: {
    reportDue: 'Verantwoording',
    decisionOverdue: 'Beschikking blijft uit',
    windowClosing: 'Ronde sluit',
  },
  en: { reportDue: 'Report due', decisionOverdue: 'Decision awaited', windowClosing: 'Round closes' },
};

function when(days: number, lang: Lang): string {
  if (days === 0) return lang === 'nl' ? 'vandaag' : 'today';
  if (days > 0) return lang === 'nl' ? `over ${days} d.` : `in ${days} d`;
  return lang === 'nl' ? `${-days} d. te laat` : `${-days} d late`;
}

export function registerWeek(program: Command, io: CliIo): void {
  program
    .command('week')
    .description(
      "the coach's week: reports due within 14 days or overdue, decisions awaited longer than usual, application rounds about to close, per coach",
    )
    .option('--db <file>', 'a workspace file (.coopfolio)')
    .option('--workspace <file>', 'a workspace JSON file')
    .option('--today <date>', 'the day to look from (YYYY-MM-DD); default today on this computer')
    .option('--json', 'print the result as JSON on stdout (amounts in euros)')
    .option('--lang <nl|en>', 'language of messages')
    .action((options: { db?: string; workspace?: string; today?: string; json?: boolean; lang?: string }) => {
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
      const nl = lang === 'nl';
      const lines = [nl ? `Deze week (${today})` : `This week (${today})`];
      if (agenda.groups.length === 0) lines.push('', nl ? 'Niets te doen.' : 'Nothing to do.');
      for (const group of agenda.groups) {
        lines.push('', group.coach ?? (nl ? 'Zonder coach' : 'Without a coach'));
        for (const item of group.items) {
          lines.push(
            `  ${item.date}  ${when(item.days, lang).padEnd(14)}  ${KIND[lang][item.kind]}: ${item.cooperativeName} / ${item.planName} / ${item.streamName}`,
          );
        }
      }
      io.stdout(`${lines.join('\n')}\n`);
    });
}
