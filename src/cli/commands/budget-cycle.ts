import type { Command } from 'commander';
import { z } from 'zod';
import { budgetCycleSchema } from '../../contract';
import { budgetCycle, type BudgetCycle } from '../../finance/analysis/budget-cycle';
import { blend } from '../../finance/blend';
import { scenarioOverlay } from '../../impact/scenario';
import { localeOf, type Lang } from '../../i18n';
import { cliWords, columns, euroFormat, requireScenario } from '../format';
import { resolveLang, type CliIo } from '../io';
import { addOutputOptions, addSourceOptions, type SourceCommandOptions } from '../source-options';
import { loadWorkspaceFrom } from '../workspace-source';

function text(cycle: BudgetCycle, lang: Lang): string {
  const t = cliWords(lang);
  const euros = euroFormat(lang);
  const money = (cents: number) => euros.format(cents / 100);
  const percent = new Intl.NumberFormat(localeOf(lang), { style: 'percent' });
  const pct = (share: number | null) => (share === null ? '-' : percent.format(share));
  const out = [t('budgetCycle.title'), ''];
  out.push(
    ...columns(
      [
        t('words.year'),
        t('words.structural'),
        t('words.oneOff'),
        t('words.ownRevenue'),
        t('budgetCycle.needAfterPilot'),
        t('budgetCycle.ofWhichOneOff'),
      ],
      cycle.years.map((y) => [
        String(y.year),
        money(y.structural),
        money(y.oneOff),
        money(y.ownRevenue),
        money(y.needAfterPilots),
        money(y.oneOffCliff),
      ]),
    ),
  );
  out.push('', t('budgetCycle.perSilo'), '');
  out.push(
    ...columns(
      [t('words.year'), t('words.silo'), t('words.structural'), t('words.oneOff')],
      cycle.cells.map((c) => [String(c.year), c.siloLabel, money(c.structural), money(c.oneOff)]),
      { left: 2 },
    ),
  );
  out.push('', t('budgetCycle.afterLastYear'), '');
  out.push(
    ...columns(
      [
        t('words.plan'),
        ...['lastYear', 'continuing', 'revenue', 'need', 'oneOffToday', 'share'].map((key) =>
          t(`budgetCycle.${key}`),
        ),
      ],
      cycle.plans.map((p) => [
        p.name,
        String(p.lastYear),
        money(p.continuingCost),
        money(p.revenue),
        money(p.need),
        money(p.oneOffFunded),
        pct(p.oneOffShare),
      ]),
    ),
  );
  return `${out.join('\n')}\n`;
}

export function registerBudgetCycle(program: Command, io: CliIo): void {
  const command = program
    .command('budget-cycle')
    .description(
      "structural and one-off money per budget year and silo under a scenario's blend, and what each plan needs after its last year to keep running",
    );
  addSourceOptions(command).option('--scenario <id>', 'the scenario whose plans are blended together');
  addOutputOptions(command).action(async (options: SourceCommandOptions & { scenario?: string }) => {
    const lang = resolveLang(options.lang, io.env);
    const workspace = loadWorkspaceFrom(io, options, lang);
    const scenario = requireScenario(workspace, options.scenario, lang, 'option.giveScenarioId');
    // As the scenario run blends it: pooled silos and levers included.
    const overlay = scenarioOverlay(workspace, scenario);
    const result = await blend(overlay.workspace, overlay.blendRequest, { lang });
    const cycle = budgetCycle(overlay.workspace, scenario, result);
    io.stdout(
      options.json === true
        ? `${JSON.stringify(z.encode(budgetCycleSchema, cycle), null, 2)}\n`
        : text(cycle, lang),
    );
  });
}
