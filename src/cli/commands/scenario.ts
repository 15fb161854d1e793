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
import type { Lang } from '../../model/messages';
import type { Workspace } from '../../model/workspace';
import { CliFailure, EXIT_BAD_INPUT, resolveLang, type CliIo } from '../io';
import { siloLabel } from '../../model/silo';
import { loadWorkspaceFrom } from '../workspace-source';

const MAX_DRAWS = 1_000_000;
const MAX_SEED = 2 ** 32 - 1;

/** A whole number option in [min, max]; the message names the option. */
function wholeNumber(value: string | undefined, option: string, min: number, max: number, lang: Lang) {
  if (value === undefined) return undefined;
  const n = /^\d+$/.test(value) ? Number(value) : Number.NaN;
  if (!Number.isSafeInteger(n) || n < min || n > max) {
    throw new CliFailure(
      lang === 'nl'
        ? `${option} moet een geheel getal van ${min} tot en met ${max} zijn, niet "${value}".`
        : `${option} must be a whole number from ${min} to ${max}, not "${value}".`,
      EXIT_BAD_INPUT,
    );
  }
  return n;
}

function formats(lang: Lang) {
  const locale = lang === 'nl' ? 'nl-NL' : 'en-GB';
  return {
    money: new Intl.NumberFormat(locale, { style: 'currency', currency: 'EUR', maximumFractionDigits: 0 }),
    pct: new Intl.NumberFormat(locale, { style: 'percent', maximumFractionDigits: 1 }),
    num: new Intl.NumberFormat(locale, { maximumSignificantDigits: 5 }),
    points: new Intl.NumberFormat(locale, { maximumSignificantDigits: 2 }),
  };
}

function render(head: string[], rows: string[][], rightFrom = 1): string[] {
  const widths = head.map((h, i) => Math.max(h.length, ...rows.map((r) => r[i]!.length)));
  const line = (cells: string[]) =>
    cells
      .map((c, i) => (i < rightFrom ? c.padEnd(widths[i]!) : c.padStart(widths[i]!)))
      .join('  ')
      .trimEnd();
  return [line(head), widths.map((w) => '-'.repeat(w)).join('  '), ...rows.map(line)];
}

function statusText(kind: 'floor' | 'ceiling', status: number, lang: Lang, pct: Intl.NumberFormat): string {
  if (status === 0) return lang === 'nl' ? 'binnen' : 'inside';
  const word =
    kind === 'floor'
      ? lang === 'nl'
        ? 'tekort'
        : 'shortfall'
      : lang === 'nl'
        ? 'overschrijding'
        : 'overshoot';
  return `${word} ${pct.format(status)}`;
}

function table(workspace: Workspace, run: ScenarioRun, lang: Lang, ranking: NextEuroResult | null): string {
  const nl = lang === 'nl';
  const f = formats(lang);
  const scenario = workspace.scenarios.find((s) => s.id === run.scenarioId)!;
  const planName = (id: string) => workspace.plans.find((p) => p.id === id)?.name ?? id;
  const first = run.years[0]!;
  const last = run.years.at(-1)!;
  const out: string[] = [
    `${nl ? 'Scenario' : 'Scenario'}: ${scenario.name} (${run.scenarioId})`,
    nl
      ? `Projectie ${first}-${last}; P10-P90 uit ${run.monteCarlo.draws} trekkingen, seed ${run.monteCarlo.seed}.`
      : `Projection ${first}-${last}; P10-P90 from ${run.monteCarlo.draws} draws, seed ${run.monteCarlo.seed}.`,
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
    nl ? 'Totaal' : 'Total',
    f.money.format(totalCost / 100),
    f.money.format(run.blend.funded / 100),
    f.money.format(run.blend.gap / 100),
    f.pct.format(totalCost === 0 ? 1 : run.blend.funded / totalCost),
    '',
    '',
  ]);
  out.push(
    ...render(
      nl
        ? ['Plan', 'Kosten', 'Gefinancierd', 'Tekort', 'Dekking', 'Kans volledig', 'Verwachte dekking']
        : ['Plan', 'Cost', 'Funded', 'Gap', 'Covered', 'P(fully funded)', 'Expected covered'],
      planRows,
    ),
    '',
  );
  const pooled = run.desiloing;
  if (pooled !== null) {
    const euros = (cents: number) => f.money.format(cents / 100);
    out.push(
      nl
        ? `Ontschotting (${pooled.silos.map(siloLabel).join(', ')}): tekort met schotten ${euros(pooled.gapSiloed)}, ontschot ${euros(pooled.gapPooled)}, gedicht ${euros(pooled.gapClosed)}; gewogen afstand gewonnen ${pooled.weightedDistanceGained.toPrecision(3)}.`
        : `De-siloing (${pooled.silos.map(siloLabel).join(', ')}): gap with silos ${euros(pooled.gapSiloed)}, pooled ${euros(pooled.gapPooled)}, closed ${euros(pooled.gapClosed)}; weighted distance gained ${pooled.weightedDistanceGained.toPrecision(3)}.`,
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
      nl
        ? [
            'Indicator (dimensie)',
            'Eenheid',
            'Drempel',
            String(first),
            String(last),
            `P10-P90 ${last}`,
            `Status ${last}`,
          ]
        : [
            'Indicator (dimension)',
            'Unit',
            'Threshold',
            String(first),
            String(last),
            `P10-P90 ${last}`,
            `Status ${last}`,
          ],
      indicatorRows,
      2,
    ),
    '',
  );

  const costly = run.gapCost.dimensions.filter((d) => d.cost !== 0);
  out.push(
    nl
      ? 'Wat het tekort kost (gemiddelde afstand tot de Donut zoals gefinancierd en volledig gefinancierd):'
      : 'What the gap costs (mean distance from the Doughnut as funded and fully funded):',
  );
  if (costly.length === 0)
    out.push(nl ? '  niets: elk plan is volledig gefinancierd.' : '  nothing: every plan is fully funded.');
  for (const d of costly) {
    const points = f.points.format(d.cost * 100);
    out.push(
      `  ${dimensionLabel(d.dimension, lang)}: ${f.pct.format(d.distanceActual)} / ${f.pct.format(d.distanceFullyFunded)}; ` +
        (nl ? `het tekort kost ${points} procentpunt` : `the gap costs ${points} percentage points`),
    );
  }
  out.push(
    nl
      ? `Waarom er een tekort blijft: coopfolio blend --scenario ${run.scenarioId}`
      : `Why a gap remains: coopfolio blend --scenario ${run.scenarioId}`,
  );

  if (ranking !== null) {
    const name = (id: string) =>
      workspace.fundingStreams.find((s) => s.id === id)?.name ??
      (nl ? 'Nieuw incubatorbudget' : 'New incubator budget');
    out.push(
      '',
      nl
        ? `Waar de volgende euro het meest helpt (+${f.money.format(ranking.stepEurosPerYear)} per jaar; verandering van de gewogen afstand in procentpunten per miljoen euro; negatief is beter):`
        : `Where the next euro helps most (+${f.money.format(ranking.stepEurosPerYear)} per year; change in the weighted distance in percentage points per million euros; negative is better):`,
      ...render(
        nl
          ? ['Bron', 'Hefboom', 'Extra', 'Meer gefinancierd', 'Per miljoen']
          : ['Stream', 'Lever', 'Added', 'Funded change', 'Per million'],
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
  program
    .command('scenario')
    .description("project a scenario's Doughnut impact with Monte Carlo bands (spec sections 7-9)")
    .option('--db <file>', 'a workspace file')
    .option('--workspace <workspace.json>', 'a workspace JSON file')
    .option('--scenario <id>', 'the scenario to run')
    .option('--draws <n>', "Monte Carlo draws (default: the scenario's)")
    .option('--seed <s>', "random seed (default: the scenario's)")
    .option('--next-euro', 'also rank where the next euro helps most (table only; re-blends per stream)')
    .option('--json', 'print the result as JSON (spec section 9)')
    .option('--lang <nl|en>', 'language of messages')
    .action(
      async (options: {
        db?: string;
        workspace?: string;
        scenario?: string;
        draws?: string;
        seed?: string;
        nextEuro?: boolean;
        json?: boolean;
        lang?: string;
      }) => {
        const lang = resolveLang(options.lang, io.env);
        const nl = lang === 'nl';
        const draws = wholeNumber(options.draws, '--draws', 1, MAX_DRAWS, lang);
        const seed = wholeNumber(options.seed, '--seed', 0, MAX_SEED, lang);
        if (options.scenario === undefined)
          throw new CliFailure(nl ? 'Geef --scenario.' : 'Give --scenario.', EXIT_BAD_INPUT);
        if (options.json === true && options.nextEuro === true) {
          throw new CliFailure(
            nl
              ? '--next-euro toont een tabel en gaat niet samen met --json.'
              : '--next-euro prints a table and cannot be combined with --json.',
            EXIT_BAD_INPUT,
          );
        }
        const workspace = loadWorkspaceFrom(io, options, lang);
        if (!workspace.scenarios.some((s) => s.id === options.scenario)) {
          throw new CliFailure(
            nl
              ? `Scenario "${options.scenario}" bestaat niet.`
              : `Scenario "${options.scenario}" does not exist.`,
            EXIT_BAD_INPUT,
          );
        }
        let run: ScenarioRun;
        try {
          run = await runScenario(workspace, options.scenario, {
            lang,
            ...(draws === undefined ? {} : { draws }),
            ...(seed === undefined ? {} : { seed }),
            onProgress: progressBar(io, 'Monte Carlo'),
          });
        } catch (error) {
          if (error instanceof MonteCarloTooLargeError) {
            throw new CliFailure(
              nl
                ? `--draws: te veel trekkingen voor dit scenario (${error.cells} waarden, hoogstens ${error.limit}).`
                : `--draws: too many draws for this scenario (${error.cells} values, at most ${error.limit}).`,
              EXIT_BAD_INPUT,
            );
          }
          throw error;
        }
        if (options.json === true) {
          io.stdout(`${JSON.stringify(scenarioToJson(run), null, 2)}\n`);
          return;
        }
        const ranking =
          options.nextEuro === true
            ? await nextEuro(workspace, options.scenario, {
                lang,
                baseline: run.blend,
                onProgress: progressBar(io, nl ? 'Volgende euro' : 'Next euro'),
              })
            : null;
        io.stdout(table(workspace, run, lang, ranking));
      },
    );
}
