/**
 * The Doughnut projection as formulas (spec section 7, src/impact/projection): one row
 * per impact line with its net effect per year, then per indicator the path without the
 * portfolio, the expected value (that path plus the net effects of its lines) and the
 * status (floor shortfall or ceiling overshoot as a share of the threshold).
 */
import { divisorOf, netEffect } from '../../impact';
import type { Lang } from '../../model/messages';
import type { ScenarioFigures } from './figures';
import { IMPACT_COL, type InputsIndex } from './inputs';
import { tr } from './lang';
import { INDICATOR_COL, type ScenarioInputsIndex } from './scenario-inputs';
import {
  absRef,
  cellRef,
  formula,
  FORMAT,
  num,
  SheetBuilder,
  text,
  type CellSpec,
  type SheetSpec,
} from './sheet';
import type { TotalsIndex } from './totals';

const YEAR_ROW = 3;
const FIRST_YEAR_COL = 6;
const SHARE_COL = 5;

type Projection = ScenarioFigures['projection'][number];

interface EffectRows {
  first: number;
  last: number;
}

function yearHeader(b: SheetBuilder, figures: ScenarioFigures, inputs: InputsIndex, lang: Lang): void {
  const years: CellSpec[] = figures.overlay.years.map((year, k) =>
    k === 0
      ? formula(inputs.startYear, year, 'ratio', FORMAT.year)
      : formula(`${cellRef(FIRST_YEAR_COL + k - 1, YEAR_ROW)}+1`, year, 'ratio', FORMAT.year),
  );
  b.add([text(tr(lang, 'impact.year')), undefined, undefined, undefined, undefined, ...years], 'header');
}

function effectsSection(
  b: SheetBuilder,
  figures: ScenarioFigures,
  inputs: InputsIndex,
  scenarioInputs: ScenarioInputsIndex,
  totals: TotalsIndex,
  lang: Lang,
): EffectRows {
  const first = b.table(tr(lang, 'impact.netEffectPerImpact'), [
    tr(lang, 'impact.lineNr'),
    tr(lang, 'impact.planId'),
    tr(lang, 'common.indicatorNumber'),
    tr(lang, 'impact.indicatorId'),
    tr(lang, 'impact.coveredShare'),
  ]);
  const years = figures.overlay.years;
  const divisors = new Map(figures.overlay.indicators.map((i) => [i.id, divisorOf(i)]));
  const yearRefs = years.map((_, k) => cellRef(FIRST_YEAR_COL + k, YEAR_ROW, 'row'));
  // Plans in priority order, lines in line order: the order in which the engine sums them.
  for (const { plan, share } of figures.plans) {
    const lines = inputs.impactRows.get(plan.id) ?? [];
    plan.impacts.forEach((line, i) => {
      const indicatorNr = scenarioInputs.indicatorNr.get(line.indicatorId);
      const at = lines[i];
      // The engine skips a line whose indicator is unknown; a valid workspace has none.
      if (indicatorNr === undefined || at === undefined) return;
      const row = b.nextRow;
      const input = (col: number) => absRef(inputs.sheet, col, at.row);
      const start = input(IMPACT_COL.start);
      const shareCell = cellRef(SHARE_COL, row, 'column');
      const duration = input(IMPACT_COL.duration);
      const deflate = [IMPACT_COL.deadweight, IMPACT_COL.attribution, IMPACT_COL.displacement]
        .map((col) => `*(1-${input(col)})`)
        .join('');
      // Only the year changes along the row; the rest of the formula is built once.
      const inWindow = [`>=${start},`, `<${start}+${duration}),`];
      const divisorRow = scenarioInputs.indicatorRow.get(line.indicatorId) ?? 0;
      const divisor = absRef(scenarioInputs.sheet, INDICATOR_COL.divisor, divisorRow);
      const effect = `${input(IMPACT_COL.output)}/${divisor}*${shareCell}${deflate}*(1-${input(IMPACT_COL.dropOff)})^(`;
      const effects = years.map((year, k) => {
        const t = yearRefs[k] ?? '';
        return formula(
          `IF(AND(${t}${inWindow[0]}${t}${inWindow[1]}${effect}${t}-${start}),0)`,
          netEffect(line, divisors.get(line.indicatorId) ?? 1, share, year),
          'ratio',
        );
      });
      b.add([
        num(at.nr, FORMAT.integer),
        text(plan.id),
        num(indicatorNr, FORMAT.integer),
        text(line.indicatorId),
        formula(totals.shareRef.get(plan.id) ?? '0', share, 'ratio', FORMAT.share),
        ...effects,
      ]);
    });
  }
  return { first, last: b.nextRow - 1 };
}

export function impactSheet(
  figures: ScenarioFigures,
  inputs: InputsIndex,
  scenarioInputs: ScenarioInputsIndex,
  totals: TotalsIndex,
  name: string,
  lang: Lang,
): SheetSpec {
  const b = new SheetBuilder(name);
  b.heading(tr(lang, 'impact.doughnutImpact'), tr(lang, 'impact.formulasNetEffectOutput'));
  yearHeader(b, figures, inputs, lang);
  b.freeze = { rows: YEAR_ROW, columns: FIRST_YEAR_COL - 1 };
  const effects = effectsSection(b, figures, inputs, scenarioInputs, totals, lang);
  const headers = ['Nr', 'Id', tr(lang, 'impact.indicator'), tr(lang, 'impact.unit')];
  const label = (nr: number, p: Projection): (CellSpec | undefined)[] => [
    num(nr, FORMAT.integer),
    text(p.indicator.id),
    text(p.indicator.label),
    text(p.indicator.unit),
    undefined,
  ];
  const years = figures.overlay.years.map((_, k) => ({ k, t: cellRef(FIRST_YEAR_COL + k, YEAR_ROW, 'row') }));
  const indicatorCell = (p: Projection, col: number) =>
    absRef(scenarioInputs.sheet, col, scenarioInputs.indicatorRow.get(p.indicator.id) ?? 0);

  b.table(tr(lang, 'impact.withoutThePortfolio'), headers);
  // indicators.noActionValue: baseline * (1 + trend)^(year - baseline year).
  const noActionRows = figures.projection.map((p, i) =>
    b.add([
      ...label(i + 1, p),
      ...years.map(({ k, t }) =>
        formula(
          `${indicatorCell(p, INDICATOR_COL.baseValue)}*(1+${indicatorCell(p, INDICATOR_COL.trend)})^(${t}-${indicatorCell(p, INDICATOR_COL.baseYear)})`,
          p.years[k]?.noAction ?? null,
          'ratio',
        ),
      ),
    ]),
  );

  b.table(tr(lang, 'impact.expectedWithThePortfolio'), headers);
  const keys = `${cellRef(3, effects.first, 'both')}:${cellRef(3, Math.max(effects.first, effects.last), 'both')}`;
  const valueRows = figures.projection.map((p, i) => {
    const row = b.nextRow;
    return b.add([
      ...label(i + 1, p),
      ...years.map(({ k }) => {
        const col = FIRST_YEAR_COL + k;
        const sums = `${cellRef(col, effects.first, 'row')}:${cellRef(col, Math.max(effects.first, effects.last), 'row')}`;
        return formula(
          `${cellRef(col, noActionRows[i] ?? row)}+SUMIF(${keys},${cellRef(1, row, 'column')},${sums})`,
          p.years[k]?.value ?? null,
          'ratio',
        );
      }),
    ]);
  });

  b.table(tr(lang, 'impact.statusShortfallOrOvershoot'), headers);
  figures.projection.forEach((p, i) => {
    const kind = indicatorCell(p, INDICATOR_COL.kind);
    const threshold = indicatorCell(p, INDICATOR_COL.threshold);
    b.add([
      ...label(i + 1, p),
      ...years.map(({ k }) => {
        const v = cellRef(FIRST_YEAR_COL + k, valueRows[i] ?? 0);
        // indicators.indicatorStatus; the kind is the format's fixed code.
        return formula(
          `IF(${kind}="floor",MAX(0,(${threshold}-${v})/${threshold}),MAX(0,(${v}-${threshold})/${threshold}))`,
          p.years[k]?.status ?? null,
          'ratio',
          FORMAT.share,
        );
      }),
    ]);
  });
  return b.build();
}
