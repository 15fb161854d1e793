/**
 * A scenario's own inputs: the blend's allocations (the optimiser's answer, which the
 * formulas take as given) and the indicators with the scenario's overrides applied.
 * Allocations carry plan and stream numbers and the stream's kind, the keys the cash
 * flow, loan and totals sheets sum them by.
 */
import { divisorOf } from '../../impact/denominator';
import type { Workspace } from '../../model/workspace';
import type { ScenarioFigures } from './figures';
import { planNrCell, revenueTable, type InputsIndex, type LongTable } from './inputs';
import { tr } from './lang';
import { FORMAT, num, SheetBuilder, text, type SheetSpec } from './sheet';
import type { Lang } from '../../model/messages';

export const INDICATOR_COL = {
  nr: 1,
  id: 2,
  label: 3,
  kind: 5,
  unit: 6,
  baseYear: 7,
  baseValue: 8,
  trend: 9,
  threshold: 10,
  divisor: 11,
} as const;

export interface ScenarioInputsIndex {
  sheet: string;
  allocations: { plan: string; stream: string; kind: string; year: string; amount: string };
  /** The blend's own revenue uses (eigen inkomsten), summed by plan and year like the allocations. */
  ownRevenue: { plan: string; year: string; amount: string };
  indicatorNr: Map<string, number>;
  indicatorRow: Map<string, number>;
  /**
   * The plans' revenue as the scenario counts it: the shared inputs' table, or this
   * sheet's own where a scenario lever (procurement) adds to it.
   */
  revenues: LongTable;
}

/**
 * Whether the scenario's plans carry other revenue than the shared inputs' plans (the
 * stored ones): a procurement lever adds its contract margin.
 */
function revenueChanged(inputs: InputsIndex, figures: ScenarioFigures): boolean {
  const stored = new Map(inputs.plans.map((p) => [p.id, p.revenues]));
  return figures.overlay.plans.some((plan) => {
    const before = stored.get(plan.id) ?? {};
    const keys = new Set([...Object.keys(before), ...Object.keys(plan.revenues)]);
    return [...keys].some((year) => (before[year] ?? 0) !== (plan.revenues[year] ?? 0));
  });
}

/** The scenario's plans' revenue per year, for the cash flow, where a lever changed it. */
function scenarioRevenuesSection(
  b: SheetBuilder,
  figures: ScenarioFigures,
  inputs: InputsIndex,
  lang: Lang,
): LongTable {
  const heads = [
    'common.planNumber',
    'scenarioInputs.planId',
    'scenarioInputs.year',
    'scenarioInputs.amount',
  ] as const;
  return revenueTable(
    b,
    tr(lang, 'scenarioInputs.revenuePerYearAs'),
    heads.map((key) => tr(lang, key)),
    figures.overlay.plans,
    inputs.planNr,
  );
}

function allocationsSection(
  b: SheetBuilder,
  workspace: Workspace,
  figures: ScenarioFigures,
  inputs: InputsIndex,
  lang: Lang,
): ScenarioInputsIndex['allocations'] {
  const first = b.table(tr(lang, 'scenarioInputs.allocationsTheOptimisersResult'), [
    tr(lang, 'common.planNumber'),
    tr(lang, 'scenarioInputs.planId'),
    tr(lang, 'scenarioInputs.streamNr'),
    tr(lang, 'scenarioInputs.streamId'),
    tr(lang, 'scenarioInputs.kind'),
    tr(lang, 'scenarioInputs.costLine'),
    tr(lang, 'scenarioInputs.year'),
    tr(lang, 'scenarioInputs.amount'),
  ]);
  const kinds = new Map(workspace.fundingStreams.map((s) => [s.id, s.kind]));
  for (const a of figures.report.blend.allocations) {
    b.add([
      planNrCell(inputs.planNr, a.planId),
      text(a.planId),
      num(inputs.streamNr.get(a.streamId) ?? 0, FORMAT.integer),
      text(a.streamId),
      text(kinds.get(a.streamId) ?? ''),
      text(a.costId),
      num(a.year, FORMAT.year),
      num(a.amount / 100, FORMAT.euros),
    ]);
  }
  return b.columnRanges(first, { plan: 1, stream: 3, kind: 5, year: 7, amount: 8 });
}

/**
 * The plans' own revenue that pays their costs: the optimiser's answer like the
 * allocations, kept apart from them because it is no funding stream (no kind, no budget).
 */
function ownRevenueSection(
  b: SheetBuilder,
  figures: ScenarioFigures,
  inputs: InputsIndex,
  lang: Lang,
): ScenarioInputsIndex['ownRevenue'] {
  const first = b.table(tr(lang, 'scenarioInputs.ownRevenueRevenuePaying'), [
    tr(lang, 'common.planNumber'),
    tr(lang, 'scenarioInputs.planId'),
    tr(lang, 'scenarioInputs.costLine'),
    tr(lang, 'scenarioInputs.year'),
    tr(lang, 'scenarioInputs.amount'),
  ]);
  for (const u of figures.report.blend.ownRevenue) {
    b.add([
      planNrCell(inputs.planNr, u.planId),
      text(u.planId),
      text(u.costId),
      num(u.year, FORMAT.year),
      num(u.amount / 100, FORMAT.euros),
    ]);
  }
  return b.columnRanges(first, { plan: 1, year: 4, amount: 5 });
}

export function scenarioInputsSheet(
  workspace: Workspace,
  figures: ScenarioFigures,
  inputs: InputsIndex,
  name: string,
  lang: Lang,
): { sheet: SheetSpec; index: ScenarioInputsIndex } {
  const b = new SheetBuilder(name);
  const { scenario } = figures.report;
  b.add([text(tr(lang, 'scenarioInputs.scenarioInputs'))], 'title');
  b.add([text(tr(lang, 'scenarioInputs.scenario')), text(scenario.name)]);
  b.add([text('Id'), text(scenario.id)]);
  const allocations = allocationsSection(b, workspace, figures, inputs, lang);
  const ownRevenue = ownRevenueSection(b, figures, inputs, lang);
  const revenues = revenueChanged(inputs, figures)
    ? scenarioRevenuesSection(b, figures, inputs, lang)
    : inputs.revenues;

  b.table(tr(lang, 'scenarioInputs.indicatorsWithThisScenarios'), [
    'Nr',
    'Id',
    tr(lang, 'scenarioInputs.indicator'),
    tr(lang, 'scenarioInputs.dimension'),
    tr(lang, 'scenarioInputs.boundary'),
    tr(lang, 'scenarioInputs.unit'),
    tr(lang, 'scenarioInputs.baselineYear'),
    tr(lang, 'scenarioInputs.baselineValue'),
    tr(lang, 'scenarioInputs.trendPerYear'),
    tr(lang, 'scenarioInputs.threshold'),
    tr(lang, 'scenarioInputs.divisorCityTotal1'),
    tr(lang, 'scenarioInputs.unitOfTheTotal'),
  ]);
  const indicatorNr = new Map<string, number>();
  const indicatorRow = new Map<string, number>();
  figures.overlay.indicators.forEach((indicator, i) => {
    const row = b.add([
      num(i + 1, FORMAT.integer),
      text(indicator.id),
      text(indicator.label),
      text(indicator.dimension),
      text(indicator.kind),
      text(indicator.unit),
      num(indicator.baseline.year, FORMAT.year),
      num(indicator.baseline.value),
      num(indicator.trend, FORMAT.rate),
      num(indicator.threshold),
      num(divisorOf(indicator)),
      text(indicator.denominator?.unit ?? ''),
    ]);
    indicatorNr.set(indicator.id, i + 1);
    indicatorRow.set(indicator.id, row);
  });
  return {
    sheet: b.build(),
    index: { sheet: name, allocations, ownRevenue, indicatorNr, indicatorRow, revenues },
  };
}
