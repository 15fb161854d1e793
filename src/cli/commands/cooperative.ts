import type { Command } from 'commander';
import { z } from 'zod';
import { cooperativeAnalysisSchema, type CooperativeAnalysis } from '../../contract';
import { cooperativeAnalysis } from '../../finance/analysis';
import { blend } from '../../finance/blend';
import { scenarioOverlay } from '../../impact/scenario';
import type { Lang } from '../../model/messages';
import { siloLabel } from '../../model/silo';
import type { Workspace } from '../../model/workspace';
import { CliFailure, EXIT_BAD_INPUT, resolveLang, type CliIo } from '../io';
import { loadWorkspaceFrom } from '../workspace-source';

/** The id an option names, or a refusal naming the option (absent, or naming nothing). */
function pick<T extends { id: string }>(
  items: readonly T[],
  id: string | undefined,
  option: string,
  what: { nl: string; en: string },
  lang: Lang,
): T {
  const found = items.find((item) => item.id === id);
  if (id !== undefined && found !== undefined) return found;
  const nl = lang === 'nl';
  throw new CliFailure(
    id === undefined
      ? nl
        ? `Geef ${option} met het id van een ${what.nl}.`
        : `Give ${option} with the id of a ${what.en}.`
      : nl
        ? `${what.nl.charAt(0).toUpperCase()}${what.nl.slice(1)} "${id}" bestaat niet.`
        : `${what.en.charAt(0).toUpperCase()}${what.en.slice(1)} "${id}" does not exist.`,
    EXIT_BAD_INPUT,
  );
}

function columns(head: string[], rows: string[][]): string[] {
  const widths = head.map((h, i) => Math.max(h.length, ...rows.map((r) => r[i]!.length)));
  const line = (cells: string[]) =>
    cells.map((c, i) => (i === 0 ? c.padEnd(widths[i]!) : c.padStart(widths[i]!))).join('  ');
  return [line(head), widths.map((w) => '-'.repeat(w)).join('  '), ...rows.map(line)];
}

function text(workspace: Workspace, analysis: CooperativeAnalysis, lang: Lang): string {
  const nl = lang === 'nl';
  const locale = nl ? 'nl-NL' : 'en-GB';
  const money = (euros: number) =>
    new Intl.NumberFormat(locale, { style: 'currency', currency: 'EUR', maximumFractionDigits: 0 }).format(
      euros,
    );
  const name =
    workspace.cooperatives.find((c) => c.id === analysis.cooperativeId)?.name ?? analysis.cooperativeId;
  const out = [name, ''];
  const silos = [...new Set(analysis.siloFunding.map((s) => s.silo))];
  out.push(nl ? 'Financiering per jaar, per silo' : 'Funding per year, by silo', '');
  out.push(
    ...columns(
      [
        nl ? 'Jaar' : 'Year',
        ...silos.map(siloLabel),
        nl ? 'Eigen inkomsten' : 'Own revenue',
        nl ? 'Tekort' : 'Gap',
      ],
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
  out.push('', nl ? 'Resterende de-minimisruimte' : 'De minimis room left', '');
  const rooms = [
    ...(analysis.deMinimis === null
      ? []
      : [{ label: nl ? 'Algemeen' : 'General', room: analysis.deMinimis }]),
    ...(analysis.sgeiDeMinimis === null
      ? []
      : [{ label: nl ? 'DAEB' : 'SGEI', room: analysis.sgeiDeMinimis }]),
  ];
  out.push(
    ...columns(
      nl
        ? ['Regeling', 'Venster', 'Plafond', 'Gebruikt', 'Ruimte over']
        : ['Regime', 'Window', 'Ceiling', 'Used', 'Room left'],
      rooms.map(({ label, room }) => [
        label,
        `${room.window.first}-${room.window.last}`,
        money(room.ceiling),
        money(room.used),
        money(room.headroom),
      ]),
    ),
  );
  out.push('', nl ? 'Kaspositie per jaar' : 'Cash position per year', '');
  out.push(
    ...columns(
      nl ? ['Jaar', 'Saldo', 'Kaspositie'] : ['Year', 'Net', 'Cash position'],
      analysis.years.map((y) => [String(y.year), money(y.net), money(y.cumulative)]),
    ),
  );
  return `${out.join('\n')}\n`;
}

export function registerCooperative(program: Command, io: CliIo): void {
  program
    .command('cooperative')
    .description(
      "one cooperative under a scenario's blend: funding per silo and year, de minimis room (general and SGEI), awards and cash position (its contribution per dimension is in `scenario --json`)",
    )
    .option('--db <file>', 'a workspace file (.coopfolio)')
    .option('--workspace <file>', 'a workspace JSON file')
    .option('--id <id>', 'the cooperative')
    .option('--scenario <id>', 'the scenario whose plans are blended together')
    .option('--json', 'print the result as JSON on stdout (amounts in euros)')
    .option('--lang <nl|en>', 'language of messages')
    .action(
      async (options: {
        db?: string;
        workspace?: string;
        id?: string;
        scenario?: string;
        json?: boolean;
        lang?: string;
      }) => {
        const lang = resolveLang(options.lang, io.env);
        const workspace = loadWorkspaceFrom(io, options, lang);
        const cooperative = pick(
          workspace.cooperatives,
          options.id,
          '--id',
          { nl: 'coöperatie', en: 'cooperative' },
          lang,
        );
        const scenario = pick(
          workspace.scenarios,
          options.scenario,
          '--scenario',
          { nl: 'scenario', en: 'scenario' },
          lang,
        );
        // The same blend as cooperative.analysis and the scenario run (pooled silos, levers).
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
