import type { Command } from 'commander';
import {
  dimensionLabel,
  MonteCarloTooLargeError,
  nextEuro,
  runScenario,
  scenarioToJson,
  type NextEuroResult,
  type ScenarioRun,
} from '../../impact';
import { localeOf, type Lang } from '../../i18n';
import type { Workspace } from '../../model/workspace';
import { badInput, cliWords, columns, euroFormat, requireScenario, wholeNumber } from '../format';
import { resolveLang, type CliIo } from '../io';
import { addOutputOptions, addSourceOptions, type SourceCommandOptions } from '../source-options';
import { siloLabel } from '../../model/silo';
import { loadWorkspaceFrom } from '../workspace-source';

const MAX_DRAWS = 1_000_000;
const MAX_SEED = 2 ** 32 - 1;

function formats(lang: Lang) {
  const locale = localeOf(lang);
  return {
    money: euroFormat(lang),
    pct: new Intl.NumberFormat(locale, { style: 'percent', maximumFractionDigits: 1 }),
    num: new Intl.NumberFormat(locale, { maximumSignificantDigits: 5 }),
    points: new Intl.NumberFormat(locale, { maximumSignificantDigits: 2 }),
  };
}

/** Tables of a scenario: labels left, figures right, no trailing spaces. */
function render(head: string[], rows: string[][], left = 1): string[] {
  return columns(head, rows, { left, trimEnd: true });
}

function statusText(kind: 'floor' | 'ceiling', status: number, lang: Lang, pct: Intl.NumberFormat): string {
  const t = cliWords(lang);
  if (status === 0) return t('scenario.inside');
  return `${t(kind === 'floor' ? 'scenario.shortfall' : 'scenario.overshoot')} ${pct.format(status)}`;
}

function table(workspace: Workspace, run: ScenarioRun, lang: Lang, ranking: NextEuroResult | null): string {
  const t = cliWords(lang);
  const f = formats(lang);
  const scenario = workspace.scenarios.find((s) => s.id === run.scenarioId)!;
  const planName = (id: string) => workspace.plans.find((p) => p.id === id)?.name ?? id;
  const first = run.years[0]!;
  const last = run.years.at(-1)!;
  const out: string[] = [
    t('scenario.heading', { name: scenario.name, id: run.scenarioId }),
    t('scenario.projection', { first, last, draws: run.monteCarlo.draws, seed: run.monteCarlo.seed }),
    '',
  ];

  const planRows = run.plans.map((p) => {
    const b = run.blend.plans.find((x) => x.planId === p.planId)!;
    return [
      planName(p.planId),
      f.money.format(b.totalCost / 100),
      f.money.format(b.funded / 100),
      f.money.format(b.gap / 100),
      f.pct.format(p.fundedShare),
      f.pct.format(p.probabilityFullyFunded),
      f.pct.format(p.expectedFundedShare),
    ];
  });
  const totalCost = run.blend.totalCost;
  planRows.push([
    t('words.total'),
    f.money.format(totalCost / 100),
    f.money.format(run.blend.funded / 100),
    f.money.format(run.blend.gap / 100),
    f.pct.format(totalCost === 0 ? 1 : run.blend.funded / totalCost),
    '',
    '',
  ]);
  out.push(
    ...render(
      [
        ...['plan', 'cost', 'funded', 'gap', 'covered'].map((key) => t(`words.${key}`)),
        t('scenario.probabilityFull'),
        t('scenario.expectedCovered'),
      ],
      planRows,
    ),
    '',
  );
  const pooled = run.desiloing;
  if (pooled !== null) {
    const euros = (cents: number) => f.money.format(cents / 100);
    out.push(
      t('scenario.desiloing', {
        silos: pooled.silos.map(siloLabel).join(', '),
        siloed: euros(pooled.gapSiloed),
        pooled: euros(pooled.gapPooled),
        closed: euros(pooled.gapClosed),
        gained: pooled.weightedDistanceGained.toPrecision(3),
      }),
      '',
    );
  }

  const indicatorRows = run.indicators.map(({ indicator, years }) => {
    const a = years[0]!;
    const z = years.at(-1)!;
    return [
      `${indicator.label} (${dimensionLabel(indicator.dimension, lang)})`,
      indicator.unit,
      f.num.format(indicator.threshold),
      f.num.format(a.value),
      f.num.format(z.value),
      `${f.num.format(z.p10)} - ${f.num.format(z.p90)}`,
      statusText(indicator.kind, z.status, lang, f.pct),
    ];
  });
  out.push(
    ...render(
      [
        t('scenario.indicator'),
        t('scenario.unit'),
        t('scenario.threshold'),
        String(first),
        String(last),
        t('scenario.band', { year: last }),
        t('scenario.status', { year: last }),
      ],
      indicatorRows,
      2,
    ),
    '',
  );

  const costly = run.gapCost.dimensions.filter((d) => d.cost !== 0);
  out.push(t('scenario.gapCost'));
  if (costly.length === 0) out.push(t('scenario.gapCostNothing'));
  for (const d of costly) {
    const points = f.points.format(d.cost * 100);
    out.push(
      `  ${dimensionLabel(d.dimension, lang)}: ${f.pct.format(d.distanceActual)} / ${f.pct.format(d.distanceFullyFunded)}; ` +
        t('scenario.gapCosts', { points }),
    );
  }
  out.push(t('scenario.whyGap', { id: run.scenarioId }));

  if (ranking !== null) {
    const name = (id: string) =>
      workspace.fundingStreams.find((s) => s.id === id)?.name ?? t('scenario.newIncubatorBudget');
    out.push(
      '',
      t('scenario.nextEuro', { step: f.money.format(ranking.stepEurosPerYear) }),
      ...render(
        ['stream', 'lever', 'added', 'fundedChange', 'perMillion'].map((key) => t(`scenario.${key}`)),
        ranking.candidates.map((c) => [
          name(c.streamId),
          c.lever,
          f.money.format(c.addedEuros),
          f.money.format(c.fundedChange),
          f.points.format(c.perEuro * 1e6 * 100),
        ]),
      ),
    );
  }
  return `${out.join('\n')}\n`;
}

/** Progress on stderr, at most once per whole percent. */
function progressBar(io: CliIo, label: string) {
  let shown = -1;
  return (done: number, total: number) => {
    const percent = Math.floor((100 * done) / total);
    if (percent === shown) return;
    shown = percent;
    io.stderr(`\r${label}: ${done}/${total}`);
    if (done === total) io.stderr('\n');
  };
}

export function registerScenario(program: Command, io: CliIo): void {
  const command = program
    .command('scenario')
    .description("project a scenario's Doughnut impact with Monte Carlo bands (spec sections 7-9)");
  addSourceOptions(command, 'short')
    .option('--scenario <id>', 'the scenario to run')
    .option('--draws <n>', "Monte Carlo draws (default: the scenario's)")
    .option('--seed <s>', "random seed (default: the scenario's)")
    .option('--next-euro', 'also rank where the next euro helps most (table only; re-blends per stream)');
  addOutputOptions(command, 'print the result as JSON (spec section 9)').action(
    async (
      options: SourceCommandOptions & {
        scenario?: string;
        draws?: string;
        seed?: string;
        nextEuro?: boolean;
      },
    ) => {
      const lang = resolveLang(options.lang, io.env);
      const draws = wholeNumber(options.draws, '--draws', 1, MAX_DRAWS, lang);
      const seed = wholeNumber(options.seed, '--seed', 0, MAX_SEED, lang);
      // Both refusals come before the workspace is read, as they need no workspace.
      if (options.scenario === undefined) throw badInput(lang, 'option.giveScenario');
      if (options.json === true && options.nextEuro === true) throw badInput(lang, 'option.nextEuroNotJson');
      const workspace = loadWorkspaceFrom(io, options, lang);
      const scenario = requireScenario(workspace, options.scenario, lang);
      let run: ScenarioRun;
      try {
        run = await runScenario(workspace, scenario.id, {
          lang,
          ...(draws === undefined ? {} : { draws }),
          ...(seed === undefined ? {} : { seed }),
          onProgress: progressBar(io, 'Monte Carlo'),
        });
      } catch (error) {
        if (error instanceof MonteCarloTooLargeError)
          throw badInput(lang, 'option.tooManyDraws', { cells: error.cells, limit: error.limit });
        throw error;
      }
      if (options.json === true) {
        io.stdout(`${JSON.stringify(scenarioToJson(run), null, 2)}\n`);
        return;
      }
      const ranking =
        options.nextEuro === true
          ? await nextEuro(workspace, scenario.id, {
              lang,
              baseline: run.blend,
              onProgress: progressBar(io, cliWords(lang)('scenario.nextEuroProgress')),
            })
          : null;
      io.stdout(table(workspace, run, lang, ranking));
    },
  );
}
