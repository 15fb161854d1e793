/**
 * The shared inputs sheet: settings, scenarios, funding streams with their loan terms,
 * plans, costs, revenues and impact lines, as numbers. Costs and revenues are long
 * tables (one row per line and year) so that every formula sheet sums them the same
 * way, with SUMIFS on a plan number and a year. Plans are keyed by number rather than
 * by id: a SUMIFS criterion is matched case-insensitively and may be read as a date
 * or a wildcard pattern, a number cannot.
 */
import type { Lang } from '../../model/messages';
import type { Plan } from '../../model/plan';
import { siloLabel } from '../../model/silo';
import type { ReportModel } from '../model';
import { tr } from './lang';
import { poolStreamsOf } from './desiloing';
import { absRef, cellRef, formula, FORMAT, num, SheetBuilder, text, type SheetSpec } from './sheet';

/** Column numbers of the tables that formulas read. */
export const STREAM_COL = { nr: 1, id: 2, kind: 5, rate: 8, term: 9, grace: 10 } as const;
export const PLAN_COL = { nr: 1, id: 2, start: 5, years: 6, last: 7 } as const;
export const IMPACT_COL = {
  nr: 1,
  start: 5,
  duration: 6,
  output: 7,
  deadweight: 9,
  attribution: 10,
  displacement: 11,
  dropOff: 12,
} as const;

/** Where a SUMIFS finds a long table: absolute ranges of its key and amount columns. */
export interface LongTable {
  plan: string;
  year: string;
  amount: string;
}

export interface InputsIndex {
  sheet: string;
  /** Absolute reference to the start year setting. */
  startYear: string;
  plans: Plan[];
  planNr: Map<string, number>;
  planRow: Map<string, number>;
  streamNr: Map<string, number>;
  streamRow: Map<string, number>;
  /** Per plan id, its impact lines in line order: their number and row. */
  impactRows: Map<string, { nr: number; row: number }[]>;
  costs: LongTable;
  revenues: LongTable;
}

/** The plans of the chosen scenarios, in workspace order. */
function reportPlans(model: ReportModel): Plan[] {
  const wanted = new Set(model.scenarios.flatMap((s) => s.scenario.plans));
  return model.workspace.plans.filter((p) => wanted.has(p.id));
}

/** A plan's number, the key the formula sheets sum by, as a cell (0 for a plan not listed). */
export function planNrCell(planNr: ReadonlyMap<string, number>, planId: string): ReturnType<typeof num> {
  return num(planNr.get(planId) ?? 0, FORMAT.integer);
}

/** A schedule's years and amounts (cents), in year order. */
function inYearOrder(schedule: Readonly<Record<string, number>>): [string, number][] {
  return Object.entries(schedule).sort(([a], [b]) => Number(a) - Number(b));
}

function keyValue(b: SheetBuilder, label: string, value: ReturnType<typeof num>): number {
  return b.add([text(label), value]);
}

function headerSections(b: SheetBuilder, model: ReportModel, lang: Lang): number {
  const { provenance, workspace } = model;
  b.table(tr(lang, 'inputs.report'), [tr(lang, 'inputs.item'), tr(lang, 'inputs.value')]);
  b.add([text(tr(lang, 'inputs.municipality')), text(model.municipality)]);
  b.add([text(tr(lang, 'inputs.coopfolioVersion')), text(provenance.appVersion)]);
  b.add([text(tr(lang, 'inputs.workspace')), text(provenance.workspaceFile)]);
  b.add([text(tr(lang, 'inputs.generatedUTC')), text(provenance.generatedAt)]);

  const s = workspace.settings;
  b.table(tr(lang, 'inputs.settings'), [tr(lang, 'inputs.setting'), tr(lang, 'inputs.value')]);
  const startRow = keyValue(b, tr(lang, 'inputs.startYear'), num(s.startYear, FORMAT.year));
  keyValue(b, tr(lang, 'inputs.horizonYears'), num(s.horizonYears, FORMAT.integer));
  keyValue(b, tr(lang, 'inputs.discountRate'), num(s.discountRate, FORMAT.rate));
  keyValue(b, tr(lang, 'inputs.minimumDSCR'), num(s.minDscr, FORMAT.ratio));

  b.table(tr(lang, 'inputs.scenarios'), ['Nr', 'Id', tr(lang, 'inputs.name'), tr(lang, 'inputs.sheets')]);
  model.scenarios.forEach(({ scenario }, i) =>
    b.add([num(i + 1, FORMAT.integer), text(scenario.id), text(scenario.name), text(`S${i + 1}`)]),
  );
  return startRow;
}

function streamsSection(b: SheetBuilder, model: ReportModel, lang: Lang, index: InputsIndex): void {
  b.table(tr(lang, 'inputs.fundingStreams'), [
    'Nr',
    'Id',
    tr(lang, 'inputs.name'),
    'Silo',
    tr(lang, 'inputs.kind'),
    tr(lang, 'inputs.public'),
    tr(lang, 'inputs.awardProbability'),
    tr(lang, 'inputs.rate'),
    tr(lang, 'inputs.termYears'),
    tr(lang, 'inputs.graceYears'),
  ]);
  // Then the pools of de-siloing scenarios, which their blends pay from (desiloing.ts).
  [...model.workspace.fundingStreams, ...poolStreamsOf(model)].forEach((stream, i) => {
    const loan = stream.loan;
    const row = b.add([
      num(i + 1, FORMAT.integer),
      text(stream.id),
      text(stream.name),
      text(siloLabel(stream.silo)),
      text(stream.kind),
      { value: stream.public },
      num(stream.awardProbability, FORMAT.share),
      ...(loan === undefined
        ? []
        : [
            num(loan.rate, FORMAT.rate),
            num(loan.termYears, FORMAT.integer),
            num(loan.graceYears, FORMAT.integer),
          ]),
    ]);
    index.streamNr.set(stream.id, i + 1);
    index.streamRow.set(stream.id, row);
  });
}

function plansSection(b: SheetBuilder, model: ReportModel, lang: Lang, index: InputsIndex): void {
  b.table(tr(lang, 'inputs.plans'), [
    'Nr',
    'Id',
    tr(lang, 'inputs.name'),
    tr(lang, 'inputs.cooperative'),
    tr(lang, 'inputs.startYear'),
    tr(lang, 'inputs.years'),
    tr(lang, 'inputs.lastYear'),
  ]);
  index.plans.forEach((plan, i) => {
    const row = b.nextRow;
    const cooperative = model.workspace.cooperatives.find((c) => c.id === plan.cooperativeId);
    b.add([
      num(i + 1, FORMAT.integer),
      text(plan.id),
      text(plan.name),
      text(cooperative?.name ?? plan.cooperativeId),
      num(plan.startYear, FORMAT.year),
      num(plan.years, FORMAT.integer),
      // planLastYear in src/finance/cashflow: the plan's own last calendar year.
      formula(
        `${cellRef(PLAN_COL.start, row)}+${cellRef(PLAN_COL.years, row)}-1`,
        plan.startYear + plan.years - 1,
        'ratio',
        FORMAT.year,
      ),
    ]);
    index.planNr.set(plan.id, i + 1);
    index.planRow.set(plan.id, row);
  });
}

function costsSection(b: SheetBuilder, lang: Lang, index: InputsIndex): LongTable {
  const first = b.table(tr(lang, 'inputs.costsPerLineAnd'), [
    tr(lang, 'common.planNumber'),
    tr(lang, 'inputs.planId'),
    tr(lang, 'inputs.costLine'),
    tr(lang, 'inputs.category'),
    tr(lang, 'inputs.label'),
    tr(lang, 'inputs.year'),
    tr(lang, 'inputs.amount'),
  ]);
  for (const plan of index.plans) {
    for (const cost of plan.costs) {
      for (const [year, cents] of inYearOrder(cost.amounts)) {
        b.add([
          planNrCell(index.planNr, plan.id),
          text(plan.id),
          text(cost.id),
          text(cost.category),
          text(cost.label),
          num(Number(year), FORMAT.year),
          num(cents / 100, FORMAT.euros),
        ]);
      }
    }
  }
  return b.columnRanges(first, { plan: 1, year: 6, amount: 7 });
}

function revenuesSection(b: SheetBuilder, lang: Lang, index: InputsIndex): LongTable {
  const heads = ['common.planNumber', 'inputs.planId', 'inputs.year', 'inputs.amount'] as const;
  return revenueTable(
    b,
    tr(lang, 'inputs.revenuePerYear'),
    heads.map((key) => tr(lang, key)),
    index.plans,
    index.planNr,
  );
}

/**
 * Plans' revenue per year as a long table (plan number, id, year, amount) whose ranges the
 * cash-flow formulas read; the scenario sheet lists its overlay's revenue the same way.
 */
export function revenueTable(
  b: SheetBuilder,
  title: string,
  heads: readonly string[],
  plans: readonly Pick<Plan, 'id' | 'revenues'>[],
  planNr: ReadonlyMap<string, number>,
): LongTable {
  const first = b.table(title, [...heads]);
  for (const plan of plans) {
    for (const [year, cents] of inYearOrder(plan.revenues)) {
      b.add([
        planNrCell(planNr, plan.id),
        text(plan.id),
        num(Number(year), FORMAT.year),
        num(cents / 100, FORMAT.euros),
      ]);
    }
  }
  return b.columnRanges(first, { plan: 1, year: 3, amount: 4 });
}

function impactSection(b: SheetBuilder, lang: Lang, index: InputsIndex): void {
  b.table(tr(lang, 'inputs.impactLines'), [
    'Nr',
    tr(lang, 'common.planNumber'),
    tr(lang, 'inputs.planId'),
    tr(lang, 'inputs.indicatorId'),
    'Start',
    tr(lang, 'inputs.durationYears'),
    tr(lang, 'inputs.outputPerYear'),
    tr(lang, 'inputs.unitOfTheOutput'),
    'Deadweight',
    tr(lang, 'inputs.attribution'),
    tr(lang, 'inputs.displacement'),
    tr(lang, 'inputs.dropOffPerYear'),
    tr(lang, 'inputs.evidence'),
    tr(lang, 'inputs.basis'),
  ]);
  let nr = 0;
  for (const plan of index.plans) {
    const rows: { nr: number; row: number }[] = [];
    for (const line of plan.impacts) {
      nr += 1;
      rows.push({
        nr,
        row: b.add([
          num(nr, FORMAT.integer),
          planNrCell(index.planNr, plan.id),
          text(plan.id),
          text(line.indicatorId),
          num(line.start, FORMAT.year),
          num(line.duration, FORMAT.integer),
          num(line.output),
          text(line.outputUnit ?? ''),
          num(line.deadweight, FORMAT.share),
          num(line.attribution, FORMAT.share),
          num(line.displacement, FORMAT.share),
          num(line.dropOff, FORMAT.share),
          text(line.evidence),
          text(line.basis),
        ]),
      });
    }
    index.impactRows.set(plan.id, rows);
  }
}

/** The inputs sheet and where its figures are. */
export function inputsSheet(model: ReportModel, name: string): { sheet: SheetSpec; index: InputsIndex } {
  const lang = model.lang;
  const b = new SheetBuilder(name);
  b.heading(tr(lang, 'inputs.inputs'), tr(lang, 'inputs.inputsOfTheFormulas'));
  const startRow = headerSections(b, model, lang);
  const index: InputsIndex = {
    sheet: name,
    startYear: absRef(name, 2, startRow),
    plans: reportPlans(model),
    planNr: new Map(),
    planRow: new Map(),
    streamNr: new Map(),
    streamRow: new Map(),
    impactRows: new Map(),
    costs: { plan: '', year: '', amount: '' },
    revenues: { plan: '', year: '', amount: '' },
  };
  streamsSection(b, model, lang, index);
  plansSection(b, model, lang, index);
  index.costs = costsSection(b, lang, index);
  index.revenues = revenuesSection(b, lang, index);
  impactSection(b, lang, index);
  return { sheet: b.build(), index };
}
