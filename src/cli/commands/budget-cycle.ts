import type { Command } from 'commander';
import { z } from 'zod';
import { budgetCycleSchema } from '../../contract';
import { budgetCycle, type BudgetCycle } from '../../finance/analysis/budget-cycle';
import { blend } from '../../finance/blend';
import { scenarioOverlay } from '../../impact/scenario';
import type { Lang } from '../../model/messages';
import type { Scenario } from '../../model/scenario';
import type { Workspace } from '../../model/workspace';
import { CliFailure, EXIT_BAD_INPUT, resolveLang, type CliIo } from '../io';
import { loadWorkspaceFrom } from '../workspace-source';

function scenarioOf(workspace: Workspace, id: string | undefined, lang: Lang): Scenario {
  const scenario = workspace.scenarios.find((s) => s.id === id);
  if (id === undefined || scenario === undefined) {
    throw new CliFailure(
      id === undefined
        ? lang === 'nl'
          ? 'Geef --scenario met het id van een scenario.'
          : "Give --scenario with a scenario's id."
        : lang === 'nl'
          ? `Scenario "${id}" bestaat niet.`
          : `Scenario "${id}" does not exist.`,
      EXIT_BAD_INPUT,
    );
  }
  return scenario;
}

/** Right-aligned amounts after `left` left-aligned label columns, as the blend command prints them. */
function columns(head: string[], rows: string[][], left = 1): string[] {
  const widths = head.map((h, i) => Math.max(h.length, ...rows.map((r) => r[i]!.length)));
  const line = (cells: string[]) =>
    cells.map((c, i) => (i < left ? c.padEnd(widths[i]!) : c.padStart(widths[i]!))).join('  ');
  return [line(head), widths.map((w) => '-'.repeat(w)).join('  '), ...rows.map(line)];
}

function text(cycle: BudgetCycle, lang: Lang): string {
  const nl = lang === 'nl';
  const locale = nl ? 'nl-NL' : 'en-GB';
  const money = (cents: number) =>
    new Intl.NumberFormat(locale, { style: 'currency', currency: 'EUR', maximumFractionDigits: 0 }).format(
      cents / 100,
    );
  const pct = (share: number | null) =>
    share === null ? '-' : new Intl.NumberFormat(locale, { style: 'percent' }).format(share);
  const out = [nl ? 'Begrotingscyclus per begrotingsjaar' : 'Budget cycle per budget year', ''];
  out.push(
    ...columns(
      nl
        ? ['Jaar', 'Structureel', 'Incidenteel', 'Eigen inkomsten', 'Nodig na pilot', 'Waarvan incidenteel']
        : ['Year', 'Structural', 'One-off', 'Own revenue', 'Needed after pilot', 'Of which one-off'],
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
  out.push('', nl ? 'Per jaar en silo' : 'Per year and silo', '');
  out.push(
    ...columns(
      nl ? ['Jaar', 'Silo', 'Structureel', 'Incidenteel'] : ['Year', 'Silo', 'Structural', 'One-off'],
      cycle.cells.map((c) => [String(c.year), c.siloLabel, money(c.structural), money(c.oneOff)]),
      2,
    ),
  );
  out.push(
    '',
    nl
      ? 'Wat een plan per jaar nodig heeft na zijn laatste jaar'
      : 'What a plan needs per year after its last year',
    '',
  );
  out.push(
    ...columns(
      nl
        ? ['Plan', 'Laatste jaar', 'Doorlopend', 'Inkomsten', 'Nodig', 'Nu incidenteel', 'Aandeel']
        : ['Plan', 'Last year', 'Continuing', 'Revenue', 'Need', 'One-off today', 'Share'],
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
  program
    .command('budget-cycle')
    .description(
      "structural and one-off money per budget year and silo under a scenario's blend, and what each plan needs after its last year to keep running",
    )
    .option('--db <file>', 'a workspace file (.coopfolio)')
    .option('--workspace <file>', 'a workspace JSON file')
    .option('--scenario <id>', 'the scenario whose plans are blended together')
    .option('--json', 'print the result as JSON on stdout (amounts in euros)')
    .option('--lang <nl|en>', 'language of messages')
    .action(
      async (options: {
        db?: string;
        workspace?: string;
        scenario?: string;
        json?: boolean;
        lang?: string;
      }) => {
        const lang = resolveLang(options.lang, io.env);
        const workspace = loadWorkspaceFrom(io, options, lang);
        const scenario = scenarioOf(workspace, options.scenario, lang);
        // As the scenario run blends it: pooled silos and levers included.
        const overlay = scenarioOverlay(workspace, scenario);
        const result = await blend(overlay.workspace, overlay.blendRequest, { lang });
        const cycle = budgetCycle(overlay.workspace, scenario, result);
        io.stdout(
          options.json === true
            ? `${JSON.stringify(z.encode(budgetCycleSchema, cycle), null, 2)}\n`
            : text(cycle, lang),
        );
      },
    );
}
