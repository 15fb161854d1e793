import type { Command } from 'commander';
import { blendDistanceWords } from '../../finance/analysis/blend-distance';
import {
  blend,
  BlendCancelledError,
  blendToJson,
  type BlendRequest,
  type BlendResult,
} from '../../finance/blend';
import { localeOf, type Lang } from '../../i18n';
import { scenarioOverlay } from '../../impact/scenario';
import type { Workspace } from '../../model/workspace';
import { badInput, cliWords, columns, euroFormat, requireScenario } from '../format';
import { blendProgressPrinter, cancelOnInterrupt } from '../blend-progress';
import { CliFailure, EXIT_CANCELLED, resolveLang, type CliIo } from '../io';
import { addOutputOptions, addSourceOptions, type SourceCommandOptions } from '../source-options';
import { loadWorkspaceFrom } from '../workspace-source';

function request(
  workspace: Workspace,
  options: { plan?: string; scenario?: string },
  lang: Lang,
): BlendRequest {
  if ((options.plan === undefined) === (options.scenario === undefined))
    throw badInput(lang, 'option.oneOfPlanScenario');
  if (options.plan !== undefined) {
    if (!workspace.plans.some((p) => p.id === options.plan))
      throw badInput(lang, 'notFound.plan', { id: options.plan });
    return { planIds: [options.plan] };
  }
  const scenario = requireScenario(workspace, options.scenario, lang);
  return { planIds: scenario.plans, streamFactors: scenario.streamFactors };
}

function table(workspace: Workspace, result: BlendResult, lang: Lang): string {
  const t = cliWords(lang);
  const money = euroFormat(lang, true);
  const pct = new Intl.NumberFormat(localeOf(lang), { style: 'percent', maximumFractionDigits: 1 });
  const head = ['plan', 'cost', 'funded', 'gap', 'covered'].map((key) => t(`words.${key}`));
  const name = (id: string) => workspace.plans.find((p) => p.id === id)?.name ?? id;
  const rows = result.plans.map((p) => [
    name(p.planId),
    money.format(p.totalCost / 100),
    money.format(p.funded / 100),
    money.format(p.gap / 100),
    pct.format(p.fundedShare),
  ]);
  rows.push([
    t('words.total'),
    money.format(result.totalCost / 100),
    money.format(result.funded / 100),
    money.format(result.gap / 100),
    pct.format(result.totalCost === 0 ? 1 : result.funded / result.totalCost),
  ]);
  const out = columns(head, rows);
  if (result.binding.length > 0) {
    out.push('', t('blend.whyGap'));
    for (const b of result.binding) out.push(`  - ${b.message}`);
  }
  if (result.awards.length > 0) {
    out.push('', t('blend.awards'));
    for (const a of result.awards) out.push(`  - ${a.message}`);
  }
  // Not proven optimal: how far the blend may be from the best possible, and why that is certain.
  const distance = blendDistanceWords(lang, {
    totalCost: result.totalCost / 100,
    gap: result.gap / 100,
    bound: result.bound / 100,
  });
  if (distance !== null) out.push('', distance.line, `  ${distance.note}`);
  return `${out.join('\n')}\n`;
}

export function registerBlend(program: Command, io: CliIo): void {
  const command = program
    .command('blend')
    .description("the optimal blend of funding streams for one plan or a scenario's plans");
  addSourceOptions(command, 'short')
    .option('--plan <id>', 'blend one plan')
    .option('--scenario <id>', 'blend all plans of a scenario together')
    .option('--progress', 'show the search on stderr even when it is not a terminal');
  addOutputOptions(command, 'print the result as JSON (spec section 9)').action(
    async (options: SourceCommandOptions & { plan?: string; scenario?: string; progress?: boolean }) => {
      const lang = resolveLang(options.lang, io.env);
      const workspace = loadWorkspaceFrom(io, options, lang);
      const asked = request(workspace, options, lang);
      // A scenario blends the workspace as it sees it (pooled silos, levers), as its run does.
      const seen =
        options.scenario === undefined ? workspace : scenarioOverlay(workspace, options.scenario).workspace;
      const terminal = io.stderrIsTerminal === true;
      const printer = terminal || options.progress === true ? blendProgressPrinter(io, lang, terminal) : null;
      // Ctrl-C stops the blend cleanly: "Cancelled", exit EXIT_CANCELLED, nothing on stdout.
      const interrupt = cancelOnInterrupt();
      let result: BlendResult;
      try {
        result = await blend(seen, asked, {
          lang,
          signal: interrupt.signal,
          ...(printer === null ? {} : { onProgress: printer.onProgress }),
        });
      } catch (error) {
        if (error instanceof BlendCancelledError)
          throw new CliFailure(cliWords(lang)('blend.cancelled'), EXIT_CANCELLED);
        throw error;
      } finally {
        interrupt.release();
        printer?.end();
      }
      io.stdout(
        options.json === true
          ? `${JSON.stringify(blendToJson(result), null, 2)}\n`
          : table(workspace, result, lang),
      );
    },
  );
}
