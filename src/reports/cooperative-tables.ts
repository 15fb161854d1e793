/**
 * The cooperative page's figures as report tables (CSV files and XLSX sheets, issue 15):
 * funding per silo and year, the cash position per year and, for cooperatives entrusted
 * with an SGEI, their SGEI de minimis room. General de minimis room is the `de-minimis`
 * table already; the contribution per cooperative is the `contribution` table.
 */
import { siloLabel } from '../model/silo';
import type { ReportModel } from './model';
import { col, cooperativeName, deMinimisCells, deMinimisColumns, SCENARIO, YEAR } from './table-parts';
import type { ReportTable } from './tables';
import { inBothLangs } from './words';

const COOPERATIVE = col('cooperative', 'text');

function siloFundingTable(model: ReportModel): ReportTable {
  return {
    id: 'cooperative-silo-funding',
    title: inBothLangs('tables', 'titles.fundingBySilo'),
    columns: [SCENARIO, COOPERATIVE, YEAR, col('silo', 'text'), col('amount', 'euros')],
    rows: model.scenarios.flatMap(({ scenario, cooperatives }) =>
      cooperatives.flatMap((c) =>
        [...c.siloFunding]
          .sort((a, b) => a.year - b.year)
          .map((s) => [
            scenario.name,
            cooperativeName(model, c.cooperativeId),
            s.year,
            siloLabel(s.silo),
            s.amount,
          ]),
      ),
    ),
  };
}

function cashTable(model: ReportModel): ReportTable {
  return {
    id: 'cooperative-cash',
    title: inBothLangs('tables', 'titles.cashPositionByCooperative'),
    columns: [
      SCENARIO,
      COOPERATIVE,
      YEAR,
      col('costs', 'euros'),
      col('funded', 'euros', 'fundedFunding'),
      col('ownRevenue', 'euros'),
      col('gap', 'euros'),
      col('revenue', 'euros', 'revenueRevenue'),
      col('debtService', 'euros'),
      col('net', 'euros', 'netNet'),
      col('cumulative', 'euros', 'cumulativeCashPosition'),
    ],
    rows: model.scenarios.flatMap(({ scenario, cooperatives }) =>
      cooperatives.flatMap((c) =>
        c.years.map((y) => [
          scenario.name,
          cooperativeName(model, c.cooperativeId),
          y.year,
          y.costs,
          y.funded,
          y.ownRevenue,
          y.gap,
          y.revenue,
          y.debtService,
          y.net,
          y.cumulative,
        ]),
      ),
    ),
  };
}

/** Only when a reported cooperative is entrusted with an SGEI. */
function sgeiTable(model: ReportModel): ReportTable[] {
  const rows = model.scenarios.flatMap(({ scenario, cooperatives }) =>
    cooperatives.flatMap((c) => {
      const room = c.sgeiDeMinimis;
      if (room === null) return [];
      return [[scenario.name, cooperativeName(model, c.cooperativeId), ...deMinimisCells(room)]];
    }),
  );
  if (rows.length === 0) return [];
  return [
    {
      id: 'sgei-de-minimis',
      title: inBothLangs('tables', 'titles.sgeiDeMinimisAid'),
      columns: [
        SCENARIO,
        COOPERATIVE,
        ...deMinimisColumns(
          col('ceiling', 'euros', 'ceilingSgeiCeiling'),
          col('priorAid', 'euros', 'priorAidSgeiGge'),
        ),
      ],
      rows,
    },
  ];
}

/** The cooperative page's tables, in the order the files are listed. */
export function cooperativeTables(model: ReportModel): ReportTable[] {
  return [siloFundingTable(model), cashTable(model), ...sgeiTable(model)];
}
