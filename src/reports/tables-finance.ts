/**
 * The tables issue 13 added to the report: own revenue per plan, cost line and year (the
 * counterpart of the allocations), guarantees (borgstellingen) backing loan draws,
 * revolving loan funds year by year, and de minimis aid per cooperative as the gross
 * grant equivalent (brutosubsidie-equivalent) the EU regulation counts.
 */
import type { ReportModel } from './model';
import {
  col,
  cooperativeName,
  deMinimisCells,
  deMinimisColumns,
  OWN_REVENUE,
  PLAN,
  planName,
  SCENARIO,
  streamName,
  YEAR,
} from './table-parts';
import type { ReportTable } from './tables';
import { inBothLangs } from './words';

export function ownRevenueTable(model: ReportModel): ReportTable {
  return {
    id: 'own-revenue',
    title: inBothLangs('tables', 'titles.ownRevenue'),
    columns: [SCENARIO, PLAN, col('costId', 'text'), YEAR, { ...OWN_REVENUE, key: 'amount' }],
    rows: model.scenarios.flatMap(({ scenario, plans }) =>
      plans.flatMap((plan) =>
        plan.ownRevenueUses.map((u) => [
          scenario.name,
          planName(model, plan.planId),
          u.costId,
          u.year,
          u.amount,
        ]),
      ),
    ),
  };
}

export function guaranteesTable(model: ReportModel): ReportTable {
  return {
    id: 'guarantees',
    title: inBothLangs('tables', 'titles.guarantees'),
    columns: [
      SCENARIO,
      PLAN,
      col('guarantee', 'text'),
      col('loan', 'text'),
      YEAR,
      col('amount', 'euros', 'amountAmountGuaranteed'),
    ],
    rows: model.scenarios.flatMap(({ scenario, portfolio }) =>
      portfolio.guarantees.map((g) => [
        scenario.name,
        planName(model, g.planId),
        streamName(model, g.streamId),
        streamName(model, g.loanStreamId),
        g.year,
        g.amount,
      ]),
    ),
  };
}

export function fundsTable(model: ReportModel): ReportTable {
  return {
    id: 'revolving-funds',
    title: inBothLangs('tables', 'titles.revolvingFunds'),
    columns: [
      SCENARIO,
      col('stream', 'text', 'streamFund'),
      YEAR,
      col('budget', 'euros'),
      col('drawn', 'euros'),
      col('returned', 'euros'),
      col('relent', 'euros'),
      col('balance', 'euros', 'balanceBalance'),
    ],
    rows: model.scenarios.flatMap(({ scenario, portfolio }) =>
      portfolio.funds.map((f) => [
        scenario.name,
        streamName(model, f.streamId),
        f.year,
        f.budget,
        f.drawn,
        f.returned,
        f.relent,
        f.balance,
      ]),
    ),
  };
}

export function deMinimisTable(model: ReportModel): ReportTable {
  return {
    id: 'de-minimis',
    // Short: the title is also the XLSX sheet name (31 characters at most); the columns say GGE.
    title: inBothLangs('tables', 'titles.deMinimisAid'),
    columns: [
      SCENARIO,
      col('cooperative', 'text'),
      ...deMinimisColumns(col('ceiling', 'euros'), col('priorAid', 'euros', 'priorAidGge')),
    ],
    rows: model.scenarios.flatMap(({ scenario, portfolio }) =>
      portfolio.metrics.deMinimis.map((d) => [
        scenario.name,
        cooperativeName(model, d.cooperativeId),
        ...deMinimisCells(d),
      ]),
    ),
  };
}
