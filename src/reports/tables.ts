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
const FUNDED = col('funded', 'Externe financiering', 'Outside funding', 'euros');
/** (outside funding + own revenue) / cost, as the engine's funded share. */
const COVERED_SHARE = col('fundedShare', 'Gedekt aandeel', 'Covered share', 'share');

function summaryTable(model: ReportModel): ReportTable {
  return {
    id: 'summary',
    title: { nl: 'Kerncijfers', en: 'Key figures' },
    columns: [
      SCENARIO,
      col('plans', 'Plannen', 'Plans', 'number'),
      col('totalCost', 'Totale kosten', 'Total cost', 'euros'),
      FUNDED,
      OWN_REVENUE,
      col('gap', 'Tekort', 'Gap', 'euros'),
      COVERED_SHARE,
      col(
        'mobilisation',
        'Hefboom (niet-publiek per publieke euro)',
        'Leverage (non-public per public euro)',
        'number',
      ),
      col('silos', "Silo's gecombineerd", 'Silos blended', 'number'),
      col('deMinimis', 'De-minimiswaarschuwingen', 'De minimis warnings', 'number'),
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
    ]),
  };
}

function plansTable(model: ReportModel): ReportTable {
  return {
    id: 'plans',
    title: { nl: 'Plannen', en: 'Plans' },
    columns: [
      SCENARIO,
      col('planId', 'Plan-id', 'Plan id', 'text'),
      PLAN,
      col('cooperative', 'Coöperatie', 'Cooperative', 'text'),
      col('totalCost', 'Totale kosten', 'Total cost', 'euros'),
      FUNDED,
      OWN_REVENUE,
      col('gap', 'Tekort', 'Gap', 'euros'),
      COVERED_SHARE,
      col('silos', "Silo's", 'Silos', 'number'),
      col('minDscr', 'Laagste DSCR (kasstroom)', 'Minimum DSCR (cash flow)', 'number'),
      // The chance alone reads "0%" for a plan 98.9% covered in most draws: the expected share beside it.
      col('probabilityFullyFunded', 'Kans volledig gefinancierd', 'Chance fully funded', 'share'),
      col('expectedFundedShare', 'Verwacht gedekt aandeel', 'Expected covered share', 'share'),
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
    title: { nl: 'Toewijzingen', en: 'Allocations' },
    columns: [
      SCENARIO,
      PLAN,
      col('stream', 'Bron', 'Stream', 'text'),
      col('silo', 'Silo', 'Silo', 'text'),
      col('kind', 'Soort', 'Kind', 'text'),
      col('costId', 'Kostenpost', 'Cost line', 'text'),
      col('category', 'Kostensoort', 'Category', 'text'),
      YEAR,
      col('amount', 'Bedrag', 'Amount', 'euros'),
      col('locked', 'Vastgezet', 'Locked', 'boolean'),
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
    title: { nl: 'Kasstroom per plan', en: 'Cash flow per plan' },
    columns: [
      SCENARIO,
      PLAN,
      YEAR,
      col('costs', 'Kosten', 'Costs', 'euros'),
      ...PAYING_KINDS.map((kind) => col(`inflow-${kind}`, `Instroom ${kind}`, `Inflow ${kind}`, 'euros')),
      OWN_REVENUE,
      col('gap', 'Tekort', 'Gap', 'euros'),
      col('revenue', 'Omzet', 'Revenue', 'euros'),
      col('interest', 'Rente', 'Interest', 'euros'),
      col('principal', 'Aflossing', 'Principal', 'euros'),
      col('net', 'Netto', 'Net', 'euros'),
      col('cumulative', 'Cumulatief', 'Cumulative', 'euros'),
      col(
        'dscr',
        'DSCR ((omzet - eigen inkomsten) / schuldendienst)',
        'DSCR ((revenue - own revenue) / debt service)',
        'number',
      ),
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
    title: { nl: 'Leningschema’s', en: 'Loan schedules' },
    columns: [
      SCENARIO,
      PLAN,
      col('stream', 'Lening', 'Loan', 'text'),
      col('drawYear', 'Opnamejaar', 'Draw year', 'year'),
      col('drawn', 'Opgenomen', 'Drawn', 'euros'),
      YEAR,
      col('interest', 'Rente', 'Interest', 'euros'),
      col('principal', 'Aflossing', 'Principal', 'euros'),
      col('payment', 'Termijn', 'Payment', 'euros'),
      col('balance', 'Restschuld', 'Balance', 'euros'),
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
    title: { nl: 'Budgetgebruik per bron', en: 'Budget use per stream' },
    columns: [
      SCENARIO,
      col('stream', 'Bron', 'Stream', 'text'),
      col('silo', 'Silo', 'Silo', 'text'),
      YEAR,
      col('used', 'Gebruikt', 'Used', 'euros'),
      col('budget', 'Budget', 'Budget', 'euros'),
      col('usedShare', 'Gebruikt aandeel', 'Used share', 'share'),
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
    title: { nl: 'Verklaring van tekorten', en: 'Why gaps remain' },
    columns: [
      SCENARIO,
      col('rule', 'Regel', 'Rule', 'text'),
      PLAN,
      col('stream', 'Bron', 'Stream', 'text'),
      YEAR,
      col('valuePerEuro', 'Tekort gedicht per euro', 'Gap closed per euro', 'number'),
      col('message', 'Toelichting', 'Explanation', 'text'),
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
    title: { nl: 'Donutindicatoren', en: 'Doughnut indicators' },
    columns: [
      SCENARIO,
      col('indicator', 'Indicator', 'Indicator', 'text'),
      col('dimension', 'Dimensie', 'Dimension', 'text'),
      col('kind', 'Grens', 'Boundary', 'text'),
      col('unit', 'Eenheid', 'Unit', 'text'),
      YEAR,
      col('threshold', 'Drempel', 'Threshold', 'number'),
      col('noAction', 'Zonder portefeuille', 'Without the portfolio', 'number'),
      col('value', 'Verwacht', 'Expected', 'number'),
      col('p10', 'P10', 'P10', 'number'),
      col('p50', 'P50', 'P50', 'number'),
      col('p90', 'P90', 'P90', 'number'),
      col('status', 'Tekort of overschrijding', 'Shortfall or overshoot', 'share'),
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
