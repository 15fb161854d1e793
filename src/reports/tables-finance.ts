/**
 * The tables issue 13 added to the report: own revenue per plan, cost line and year (the
 * counterpart of the allocations), guarantees (borgstellingen) backing loan draws,
 * revolving loan funds year by year, and de minimis aid per cooperative as the gross
 * grant equivalent (brutosubsidie-equivalent) the EU regulation counts.
 */
import type { ReportModel } from './model';
import { col, cooperativeName, OWN_REVENUE, PLAN, planName, SCENARIO, streamName, YEAR } from './table-parts';
import type { ReportTable } from './tables';

export function ownRevenueTable(model: ReportModel): ReportTable {
  return {
    id: 'own-revenue',
    title: { nl: 'Eigen inkomsten', en: 'Own revenue' },
    columns: [
      SCENARIO,
      PLAN,
      col('costId', 'Kostenpost', 'Cost line', 'text'),
      YEAR,
      { ...OWN_REVENUE, key: 'amount' },
    ],
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
    title: { nl: 'Borgstellingen', en: 'Guarantees' },
    columns: [
      SCENARIO,
      PLAN,
      col('guarantee', 'Borgstelling', 'Guarantee', 'text'),
      col('loan', 'Lening', 'Loan', 'text'),
      YEAR,
      col('amount', 'Bedrag geborgd', 'Amount guaranteed', 'euros'),
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
    title: { nl: 'Revolverende fondsen', en: 'Revolving funds' },
    columns: [
      SCENARIO,
      col('stream', 'Fonds', 'Fund', 'text'),
      YEAR,
      col('budget', 'Budget', 'Budget', 'euros'),
      col('drawn', 'Opgenomen', 'Drawn', 'euros'),
      col('returned', 'Terugbetaald', 'Returned', 'euros'),
      col('relent', 'Opnieuw uitgeleend', 'Lent again', 'euros'),
      col('balance', 'Saldo', 'Balance', 'euros'),
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

const GGE = { nl: ' (brutosubsidie-equivalent)', en: ' (gross grant equivalent)' };
const gge = (key: string, nl: string, en: string) => col(key, nl + GGE.nl, en + GGE.en, 'euros');

export function deMinimisTable(model: ReportModel): ReportTable {
  return {
    id: 'de-minimis',
    // Short: the title is also the XLSX sheet name (31 characters at most); the columns say GGE.
    title: { nl: 'De-minimissteun', en: 'De minimis aid' },
    columns: [
      SCENARIO,
      col('cooperative', 'Coöperatie', 'Cooperative', 'text'),
      col('first', 'Eerste jaar van de periode', 'First year of the window', 'year'),
      col('last', 'Laatste jaar van de periode', 'Last year of the window', 'year'),
      col('ceiling', 'Plafond', 'Ceiling', 'euros'),
      gge('priorAid', 'Eerdere steun', 'Aid received before'),
      gge('blendAid', 'Steun uit de mix', 'Aid in the blend'),
      gge('used', 'Gebruikt', 'Used'),
      col('headroom', 'Ruimte', 'Headroom', 'euros'),
      col('usedShare', 'Gebruikt aandeel', 'Used share', 'share'),
    ],
    rows: model.scenarios.flatMap(({ scenario, portfolio }) =>
      portfolio.metrics.deMinimis.map((d) => [
        scenario.name,
        cooperativeName(model, d.cooperativeId),
        d.window.first,
        d.window.last,
        d.ceiling,
        d.priorAid,
        d.blendAid,
        d.used,
        d.headroom,
        d.usedShare,
      ]),
    ),
  };
}
