/**
 * The report's tables as plain rows and typed columns: one CSV file and one XLSX sheet
 * each. Values are the model's own (euros, fractions, years); formatting is left to
 * the format that writes them, so a spreadsheet gets numbers, never formatted text.
 */
import type { PlanAnalysis } from '../finance/analysis/schemas';
import type { Lang } from '../model/messages';
import { siloLabel } from '../model/silo';
import { PAYING_KINDS } from '../model/stream';
import type { ReportModel } from './model';
import { streamTermsTable } from './stream-terms';
import { awardsTable } from './awards';
import { budgetCycleTables } from './budget-cycle';
import { councilLetterTable } from './council-letter-table';
import { contributionTable } from './contribution-table';
import { desiloingTables } from './desiloing-tables';
import { procurementTables } from './procurement-tables';
import { cooperativeTables } from './cooperative-tables';
import { deMinimisTable, fundsTable, guaranteesTable, ownRevenueTable } from './tables-finance';
import { col, cooperativeName, OWN_REVENUE, PLAN, planName, SCENARIO, streamName, YEAR } from './table-parts';
import { inBothLangs } from './words';

export type ColumnType = 'text' | 'euros' | 'number' | 'share' | 'year' | 'boolean';
export type CellValue = string | number | boolean | null;

export interface ReportColumn {
  key: string;
  label: Record<Lang, string>;
  type: ColumnType;
}

export interface ReportTable {
  /** File and sheet name: lowercase, dashes. */
  id: string;
  title: Record<Lang, string>;
  columns: ReportColumn[];
  rows: CellValue[][];
}

/** Outside money only: own revenue has its own column beside it. */
const FUNDED = col('funded', 'euros');
/** (outside funding + own revenue) / cost, as the engine's funded share. */
const COVERED_SHARE = col('fundedShare', 'share');

function summaryTable(model: ReportModel): ReportTable {
  return {
    id: 'summary',
    title: inBothLangs('tables', 'titles.keyFigures'),
    columns: [
      SCENARIO,
      col('plans', 'number'),
      col('totalCost', 'euros'),
      FUNDED,
      OWN_REVENUE,
      col('gap', 'euros'),
      COVERED_SHARE,
      col('mobilisation', 'number'),
      col('silos', 'number'),
      col('deMinimis', 'number'),
      // The proven bound and the distance to it (issue 18): 0 when the blend is proven optimal.
      col('bound', 'euros'),
      col('distance', 'euros'),
    ],
    rows: model.scenarios.map(({ scenario, keyFigures: k }) => [
      scenario.name,
      k.plans,
      k.totalCost,
      k.funded,
      k.ownRevenue,
      k.gap,
      k.fundedShare,
      k.mobilisationRatio,
      k.silosBlended,
      k.deMinimisWarnings,
      k.bound,
      k.distance,
    ]),
  };
}

function plansTable(model: ReportModel): ReportTable {
  return {
    id: 'plans',
    title: inBothLangs('tables', 'titles.plans'),
    columns: [
      SCENARIO,
      col('planId', 'text'),
      PLAN,
      col('cooperative', 'text'),
      col('totalCost', 'euros'),
      FUNDED,
      OWN_REVENUE,
      col('gap', 'euros'),
      COVERED_SHARE,
      col('silos', 'number', 'silosSilos'),
      col('minDscr', 'number'),
      // The chance alone reads "0%" for a plan 98.9% covered in most draws: the expected share beside it.
      col('probabilityFullyFunded', 'share'),
      col('expectedFundedShare', 'share'),
    ],
    rows: model.scenarios.flatMap(({ scenario, portfolio, run }) =>
      portfolio.plans.map((p) => [
        scenario.name,
        p.planId,
        p.name,
        cooperativeName(model, p.cooperativeId),
        p.totalCost,
        p.funded,
        p.ownRevenue,
        p.gap,
        p.fundedShare,
        p.siloCount,
        p.minDscr,
        run.plans.find((r) => r.planId === p.planId)?.probabilityFullyFunded ?? null,
        run.plans.find((r) => r.planId === p.planId)?.expectedFundedShare ?? null,
      ]),
    ),
  };
}

function allocationsTable(model: ReportModel): ReportTable {
  return {
    id: 'allocations',
    title: inBothLangs('tables', 'titles.allocations'),
    columns: [
      SCENARIO,
      PLAN,
      col('stream', 'text'),
      col('silo', 'text'),
      col('kind', 'text'),
      col('costId', 'text'),
      col('category', 'text'),
      YEAR,
      col('amount', 'euros'),
      col('locked', 'boolean'),
    ],
    rows: model.scenarios.flatMap(({ scenario, plans }) =>
      plans.flatMap((plan) =>
        plan.allocations.map((a) => [
          scenario.name,
          planName(model, a.planId),
          streamName(model, a.streamId),
          siloLabel(a.silo),
          a.kind,
          a.costId,
          a.category,
          a.year,
          a.amount,
          a.locked,
        ]),
      ),
    ),
  };
}

/**
 * What no money pays in a year: the blend covers each year's cost lines with that year's
 * allocations and own revenue, so outside money + own revenue + gap = costs, year by year.
 */
export function yearGap(y: PlanAnalysis['cashFlow']['years'][number]): number {
  return Math.max(0, Math.round((y.costs - y.totalInflows - y.ownRevenue) * 100) / 100);
}

function cashFlowTable(model: ReportModel): ReportTable {
  return {
    id: 'cash-flow',
    title: inBothLangs('tables', 'titles.cashFlowPerPlan'),
    columns: [
      SCENARIO,
      PLAN,
      YEAR,
      col('costs', 'euros'),
      ...PAYING_KINDS.map((kind): ReportColumn => ({
        key: `inflow-${kind}`,
        label: inBothLangs('tables', 'columns.inflow', { kind }),
        type: 'euros',
      })),
      OWN_REVENUE,
      col('gap', 'euros'),
      col('revenue', 'euros'),
      col('interest', 'euros'),
      col('principal', 'euros'),
      col('net', 'euros'),
      col('cumulative', 'euros'),
      col('dscr', 'number'),
    ],
    rows: model.scenarios.flatMap(({ scenario, plans }) =>
      plans.flatMap((plan) =>
        plan.cashFlow.years.map((y) => [
          scenario.name,
          planName(model, plan.planId),
          y.year,
          y.costs,
          ...PAYING_KINDS.map((kind) => y.inflows[kind]),
          y.ownRevenue,
          yearGap(y),
          y.revenue,
          y.interest,
          y.principal,
          y.net,
          y.cumulative,
          y.dscr,
        ]),
      ),
    ),
  };
}

function loansTable(model: ReportModel): ReportTable {
  return {
    id: 'loans',
    title: inBothLangs('tables', 'titles.loanSchedules'),
    columns: [
      SCENARIO,
      PLAN,
      col('stream', 'text', 'streamLoan'),
      col('drawYear', 'year'),
      col('drawn', 'euros'),
      YEAR,
      col('interest', 'euros'),
      col('principal', 'euros'),
      col('payment', 'euros'),
      col('balance', 'euros'),
    ],
    rows: model.scenarios.flatMap(({ scenario, plans }) =>
      plans.flatMap((plan) =>
        plan.cashFlow.loans.flatMap((loan) =>
          loan.schedule.map((s) => [
            scenario.name,
            planName(model, plan.planId),
            streamName(model, loan.streamId),
            loan.year,
            loan.amount,
            s.year,
            s.interest,
            s.principal,
            s.payment,
            s.balance,
          ]),
        ),
      ),
    ),
  };
}

function streamUseTable(model: ReportModel): ReportTable {
  return {
    id: 'stream-use',
    title: inBothLangs('tables', 'titles.budgetUsePerStream'),
    columns: [
      SCENARIO,
      col('stream', 'text'),
      col('silo', 'text'),
      YEAR,
      col('used', 'euros'),
      col('budget', 'euros'),
      col('usedShare', 'share'),
    ],
    rows: model.scenarios.flatMap(({ scenario, portfolio }) =>
      portfolio.streamUse.map((u) => [
        scenario.name,
        streamName(model, u.streamId),
        siloLabel(u.silo),
        u.year,
        u.used,
        u.budget,
        u.usedShare,
      ]),
    ),
  };
}

function explanationsTable(model: ReportModel): ReportTable {
  return {
    id: 'explanations',
    title: inBothLangs('tables', 'titles.whyGapsRemain'),
    columns: [
      SCENARIO,
      col('rule', 'text'),
      PLAN,
      col('stream', 'text'),
      YEAR,
      col('valuePerEuro', 'number'),
      col('message', 'text'),
    ],
    rows: model.scenarios.flatMap(({ scenario, portfolio }) =>
      portfolio.explanations.map((e) => [
        scenario.name,
        e.rule,
        e.planId === null ? '' : planName(model, e.planId),
        streamName(model, e.streamId),
        e.year,
        e.valuePerEuro,
        e.message,
      ]),
    ),
  };
}

function indicatorsTable(model: ReportModel): ReportTable {
  return {
    id: 'indicators',
    title: inBothLangs('tables', 'titles.doughnutIndicators'),
    columns: [
      SCENARIO,
      col('indicator', 'text'),
      col('dimension', 'text'),
      col('kind', 'text', 'kindBoundary'),
      col('unit', 'text'),
      YEAR,
      col('threshold', 'number'),
      col('noAction', 'number'),
      col('value', 'number'),
      col('p10', 'number'),
      col('p50', 'number'),
      col('p90', 'number'),
      col('status', 'share'),
    ],
    rows: model.scenarios.flatMap(({ scenario, run }) =>
      run.indicators.flatMap((indicator) =>
        indicator.years.map((y) => [
          scenario.name,
          indicator.label,
          indicator.dimension,
          indicator.kind,
          indicator.unit,
          y.year,
          indicator.threshold,
          y.noAction,
          y.value,
          y.p10,
          y.p50,
          y.p90,
          y.status,
        ]),
      ),
    ),
  };
}

/** Every table of the report, in the order the files are listed. */
export function reportTables(model: ReportModel): ReportTable[] {
  return [
    summaryTable(model),
    councilLetterTable(model),
    plansTable(model),
    allocationsTable(model),
    cashFlowTable(model),
    loansTable(model),
    streamUseTable(model),
    explanationsTable(model),
    ownRevenueTable(model),
    guaranteesTable(model),
    fundsTable(model),
    deMinimisTable(model),
    ...cooperativeTables(model),
    streamTermsTable(model),
    awardsTable(model),
    indicatorsTable(model),
    contributionTable(model),
    ...budgetCycleTables(model),
    // Only when a scenario of the report pools silos.
    ...desiloingTables(model),
    // Only when the workspace has procurement data or a scenario a procurement lever.
    ...procurementTables(model),
  ];
}
