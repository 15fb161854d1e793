import type { Command } from 'commander';
import { z } from 'zod';
import { cooperativeAnalysisSchema, type CooperativeAnalysis } from '../../contract';
import { cooperativeAnalysis } from '../../finance/analysis';
import { blend } from '../../finance/blend';
import { scenarioOverlay } from '../../impact/scenario';
import type { Lang } from '../../i18n';
import { siloLabel } from '../../model/silo';
import type { Workspace } from '../../model/workspace';
import { badInput, cliWords, columns, euroFormat } from '../format';
import { resolveLang, type CliIo } from '../io';
import { addOutputOptions, addSourceOptions, type SourceCommandOptions } from '../source-options';
import { loadWorkspaceFrom } from '../workspace-source';

/** The item an option names, or a refusal naming the option (absent, or naming nothing). */
function pick<T extends { id: string }>(
  items: readonly T[],
  id: string | undefined,
  option: string,
  what: 'cooperative' | 'scenario',
  lang: Lang,
): T {
  const found = items.find((item) => item.id === id);
  if (id !== undefined && found !== undefined) return found;
  throw id === undefined
    ? badInput(lang, `option.giveId.${what}`, { option })
    : badInput(lang, `notFound.${what}`, { id });
}

function text(workspace: Workspace, analysis: CooperativeAnalysis, lang: Lang): string {
  const t = cliWords(lang);
  const euros = euroFormat(lang);
  const money = (amount: number) => euros.format(amount);
  const name =
    workspace.cooperatives.find((c) => c.id === analysis.cooperativeId)?.name ?? analysis.cooperativeId;
  const out = [name, ''];
  const silos = [...new Set(analysis.siloFunding.map((s) => s.silo))];
  out.push(t('cooperative.fundingTitle'), '');
  out.push(
    ...columns(
      [t('words.year'), ...silos.map(siloLabel), t('words.ownRevenue'), t('words.gap')],
      analysis.years.map((y) => [
        String(y.year),
        ...silos.map((silo) =>
          money(analysis.siloFunding.find((s) => s.silo === silo && s.year === y.year)?.amount ?? 0),
        ),
        money(y.ownRevenue),
        money(y.gap),
      ]),
    ),
  );
  out.push('', t('cooperative.roomTitle'), '');
  const rooms = [
    ...(analysis.deMinimis === null ? [] : [{ label: t('cooperative.general'), room: analysis.deMinimis }]),
    ...(analysis.sgeiDeMinimis === null
      ? []
      : [{ label: t('cooperative.sgei'), room: analysis.sgeiDeMinimis }]),
  ];
  out.push(
    ...columns(
      ['regime', 'window', 'ceiling', 'used', 'roomLeft'].map((key) => t(`cooperative.${key}`)),
      rooms.map(({ label, room }) => [
        label,
        `${room.window.first}-${room.window.last}`,
        money(room.ceiling),
        money(room.used),
        money(room.headroom),
      ]),
    ),
  );
  out.push('', t('cooperative.cashTitle'), '');
  out.push(
    ...columns(
      [t('words.year'), t('cooperative.net'), t('cooperative.cash')],
      analysis.years.map((y) => [String(y.year), money(y.net), money(y.cumulative)]),
    ),
  );
  return `${out.join('\n')}\n`;
}

export function registerCooperative(program: Command, io: CliIo): void {
  const command = program
    .command('cooperative')
    .description(
      "one cooperative under a scenario's blend: funding per silo and year, de minimis room (general and SGEI), awards and cash position (its contribution per dimension is in `scenario --json`)",
    );
  addSourceOptions(command)
    .option('--id <id>', 'the cooperative')
    .option('--scenario <id>', 'the scenario whose plans are blended together');
  addOutputOptions(command).action(
    async (options: SourceCommandOptions & { id?: string; scenario?: string }) => {
      const lang = resolveLang(options.lang, io.env);
      const workspace = loadWorkspaceFrom(io, options, lang);
      const cooperative = pick(workspace.cooperatives, options.id, '--id', 'cooperative', lang);
      const scenario = pick(workspace.scenarios, options.scenario, '--scenario', 'scenario', lang);
      // The same blend as cooperatives.analysis and the scenario run (pooled silos, levers).
      const overlay = scenarioOverlay(workspace, scenario);
      const result = await blend(overlay.workspace, overlay.blendRequest, { lang });
      const analysis = cooperativeAnalysis(overlay.workspace, cooperative.id, scenario, result);
      io.stdout(
        options.json === true
          ? `${JSON.stringify(z.encode(cooperativeAnalysisSchema, analysis), null, 2)}\n`
          : text(workspace, analysis, lang),
      );
    },
  );
}
