import type { Command } from 'commander';
import { blend, blendToJson, type BlendRequest, type BlendResult } from '../../finance/blend';
import { scenarioOverlay } from '../../impact/scenario';
import type { Lang } from '../../model/messages';
import type { Workspace } from '../../model/workspace';
import { CliFailure, EXIT_BAD_INPUT, resolveLang, type CliIo } from '../io';
import { loadWorkspaceFrom } from '../workspace-source';

function request(
  workspace: Workspace,
  options: { plan?: string; scenario?: string },
  lang: Lang,
): BlendRequest {
  if ((options.plan === undefined) === (options.scenario === undefined)) {
    throw new CliFailure(
      lang === 'nl'
        ? 'Geef precies één van --plan of --scenario.'
        : 'Give exactly one of --plan or --scenario.',
      EXIT_BAD_INPUT,
    );
  }
  if (options.plan !== undefined) {
    if (!workspace.plans.some((p) => p.id === options.plan)) {
      throw new CliFailure(
        lang === 'nl' ? `Plan "${options.plan}" bestaat niet.` : `Plan "${options.plan}" does not exist.`,
        EXIT_BAD_INPUT,
      );
    }
    return { planIds: [options.plan] };
  }
  const scenario = workspace.scenarios.find((s) => s.id === options.scenario);
  if (scenario === undefined) {
    throw new CliFailure(
      lang === 'nl'
        ? `Scenario "${options.scenario}" bestaat niet.`
        : `Scenario "${options.scenario}" does not exist.`,
      EXIT_BAD_INPUT,
    );
  }
  return { planIds: scenario.plans, streamFactors: scenario.streamFactors };
}

function table(workspace: Workspace, result: BlendResult, lang: Lang): string {
  const money = new Intl.NumberFormat(lang === 'nl' ? 'nl-NL' : 'en-GB', {
    style: 'currency',
    currency: 'EUR',
  });
  const pct = new Intl.NumberFormat(lang === 'nl' ? 'nl-NL' : 'en-GB', {
    style: 'percent',
    maximumFractionDigits: 1,
  });
  const head =
    lang === 'nl'
      ? ['Plan', 'Kosten', 'Gefinancierd', 'Tekort', 'Dekking']
      : ['Plan', 'Cost', 'Funded', 'Gap', 'Covered'];
  const name = (id: string) => workspace.plans.find((p) => p.id === id)?.name ?? id;
  const rows = result.plans.map((p) => [
    name(p.planId),
    money.format(p.totalCost / 100),
    money.format(p.funded / 100),
    money.format(p.gap / 100),
    pct.format(p.fundedShare),
  ]);
  rows.push([
    lang === 'nl' ? 'Totaal' : 'Total',
    money.format(result.totalCost / 100),
    money.format(result.funded / 100),
    money.format(result.gap / 100),
    pct.format(result.totalCost === 0 ? 1 : result.funded / result.totalCost),
  ]);
  const widths = head.map((h, i) => Math.max(h.length, ...rows.map((r) => r[i]!.length)));
  const line = (cells: string[]) =>
    cells.map((c, i) => (i === 0 ? c.padEnd(widths[i]!) : c.padStart(widths[i]!))).join('  ');
  const out = [line(head), widths.map((w) => '-'.repeat(w)).join('  '), ...rows.map(line)];
  if (result.binding.length > 0) {
    out.push('', lang === 'nl' ? 'Waarom er een tekort blijft:' : 'Why a gap remains:');
    for (const b of result.binding) out.push(`  - ${b.message}`);
  }
  if (result.awards.length > 0) {
    out.push('', lang === 'nl' ? 'Aanvragen en toekenningen:' : 'Applications and awards:');
    for (const a of result.awards) out.push(`  - ${a.message}`);
  }
  return `${out.join('\n')}\n`;
}

export function registerBlend(program: Command, io: CliIo): void {
  program
    .command('blend')
    .description("the optimal blend of funding streams for one plan or a scenario's plans")
    .option('--db <file>', 'a workspace file')
    .option('--workspace <workspace.json>', 'a workspace JSON file')
    .option('--plan <id>', 'blend one plan')
    .option('--scenario <id>', 'blend all plans of a scenario together')
    .option('--json', 'print the result as JSON (spec section 9)')
    .option('--lang <nl|en>', 'language of messages')
    .action(
      async (options: {
        db?: string;
        workspace?: string;
        plan?: string;
        scenario?: string;
        json?: boolean;
        lang?: string;
      }) => {
        const lang = resolveLang(options.lang, io.env);
        const workspace = loadWorkspaceFrom(io, options, lang);
        const asked = request(workspace, options, lang);
        // A scenario blends the workspace as it sees it (pooled silos, levers), as its run does.
        const seen =
          options.scenario === undefined ? workspace : scenarioOverlay(workspace, options.scenario).workspace;
        const result = await blend(seen, asked, { lang });
        io.stdout(
          options.json === true
            ? `${JSON.stringify(blendToJson(result), null, 2)}\n`
            : table(workspace, result, lang),
        );
      },
    );
}
