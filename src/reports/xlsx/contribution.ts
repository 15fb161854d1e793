/**
 * A scenario's contribution as a formula sheet ("S1 Bijdrage"): one row per group,
 * indicator and year (contribution-rows.ts) with the engine's effect and Monte Carlo
 * figures as values, and as live formulas over the scenario's inputs sheet the divisor,
 * the absolute figure (effect x divisor), the path without the portfolio, the threshold
 * and the share of the distance to the boundary that the effect closes (empty where the
 * path without the portfolio is already inside). See docs/methodology.md "Bijdrage".
 */
import { dimensionLabel } from '../../impact/framework';
import { noActionValue } from '../../impact/indicators';
import type { Lang } from '../../model/messages';
import type { Workspace } from '../../model/workspace';
import { contributionRows, groupKindLabel, groupLabel, lensLabel } from '../contribution-rows';
import type { ScenarioFigures } from './figures';
import { tr } from './lang';
import { INDICATOR_COL, type ScenarioInputsIndex } from './scenario-inputs';
import { absRef, cellRef, formula, FORMAT, num, SheetBuilder, text, type SheetSpec } from './sheet';

export function contributionSheetName(lang: Lang, n: number): string {
  return `S${n} ${tr(lang, 'contribution.contribution')}`;
}

/** 1-based columns of the sheet's table. */
const COL = {
  year: 7,
  effect: 8,
  divisor: 13,
  absolute: 14,
  noAction: 16,
  threshold: 17,
  kind: 18,
  share: 19,
} as const;

export function contributionSheet(
  workspace: Workspace,
  figures: ScenarioFigures,
  scenarioInputs: ScenarioInputsIndex,
  name: string,
  lang: Lang,
): SheetSpec {
  const b = new SheetBuilder(name);
  b.heading(tr(lang, 'contribution.contributionToTheDoughnut'), tr(lang, 'contribution.whatThePortfolioAnd'));
  b.table(tr(lang, 'contribution.perGroupIndicatorAnd'), [
    tr(lang, 'contribution.groupKind'),
    tr(lang, 'contribution.group'),
    tr(lang, 'contribution.indicatorId'),
    'Indicator',
    tr(lang, 'contribution.dimension'),
    'Lens',
    tr(lang, 'contribution.year'),
    'Effect',
    tr(lang, 'contribution.mean'),
    'P10',
    'P50',
    'P90',
    tr(lang, 'contribution.divisor'),
    tr(lang, 'contribution.absolute'),
    tr(lang, 'contribution.absoluteUnit'),
    tr(lang, 'contribution.withoutThePortfolio'),
    tr(lang, 'contribution.threshold'),
    tr(lang, 'contribution.kind'),
    tr(lang, 'contribution.shareOfTheDistance'),
  ]);
  b.freeze = { rows: 5, columns: 2 };
  const indicators = new Map(figures.overlay.indicators.map((i) => [i.id, i]));
  const run = figures.report.engineRun;
  for (const { kind, key, indicator, year } of contributionRows(run.contribution)) {
    const source = indicators.get(indicator.indicatorId);
    const inputRow = scenarioInputs.indicatorRow.get(indicator.indicatorId);
    // Every indicator the contribution lists is one of the overlay's, on the inputs sheet.
    if (source === undefined || inputRow === undefined) continue;
    const input = (col: number) => absRef(scenarioInputs.sheet, col, inputRow);
    const row = b.nextRow;
    const at = (col: number) => cellRef(col, row);
    const noAction = noActionValue(source, year.year);
    const [effect, without, threshold] = [at(COL.effect), at(COL.noAction), at(COL.threshold)];
    b.add([
      text(groupKindLabel(kind, lang)),
      text(groupLabel(workspace, kind, key, lang)),
      text(indicator.indicatorId),
      text(source.label),
      text(dimensionLabel(indicator.dimension, lang)),
      text(lensLabel(indicator, lang)),
      num(year.year, FORMAT.year),
      num(year.effect),
      num(year.mean),
      num(year.p10),
      num(year.p50),
      num(year.p90),
      formula(input(INDICATOR_COL.divisor), indicator.divisor, 'ratio'),
      formula(`${effect}*${at(COL.divisor)}`, year.absolute, 'ratio'),
      text(indicator.absoluteUnit),
      // indicators.noActionValue: baseline * (1 + trend)^(year - baseline year).
      formula(
        `${input(INDICATOR_COL.baseValue)}*(1+${input(INDICATOR_COL.trend)})^(${at(COL.year)}-${input(INDICATOR_COL.baseYear)})`,
        noAction,
        'ratio',
      ),
      formula(input(INDICATOR_COL.threshold), source.threshold, 'ratio'),
      text(source.kind),
      // contribution.shareOfDistance; the kind is the format's fixed code.
      formula(
        `IF(${at(COL.kind)}="floor",IF(${without}<${threshold},${effect}/(${threshold}-${without}),""),IF(${without}>${threshold},-${effect}/(${without}-${threshold}),""))`,
        year.shareOfDistance,
        'ratio',
        FORMAT.rate,
      ),
    ]);
  }
  return b.build();
}
