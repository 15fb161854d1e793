/**
 * The cooperative page's figures as report tables (CSV files and XLSX sheets, issue 15):
 * funding per silo and year, the cash position per year and, for cooperatives entrusted
 * with an SGEI, their SGEI de minimis room. General de minimis room is the `de-minimis`
 * table already; the contribution per cooperative is the `contribution` table.
 */
import { siloLabel } from '../model/silo';
import type { ReportModel } from './model';
import { col, cooperativeName, SCENARIO, YEAR } from './table-parts';
import type { ReportTable } from './tables';

const COOPERATIVE = col('cooperative', 'Coöperatie', 'Cooperative', 'text');

function siloFundingTable(model: ReportModel): ReportTable {
  return {
    id: 'cooperative-silo-funding',
    title: { nl: 'Financiering per silo', en: 'Funding by silo' },
    columns: [
      SCENARIO,
      COOPERATIVE,
      YEAR,
      col('silo', 'Silo', 'Silo', 'text'),
      col('amount', 'Bedrag', 'Amount', 'euros'),
    ],
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
    title: { nl: 'Kaspositie per coöperatie', en: 'Cash position by cooperative' },
    columns: [
      SCENARIO,
      COOPERATIVE,
      YEAR,
      col('costs', 'Kosten', 'Costs', 'euros'),
      col('funded', 'Financiering', 'Funding', 'euros'),
      col('ownRevenue', 'Eigen inkomsten', 'Own revenue', 'euros'),
      col('gap', 'Tekort', 'Gap', 'euros'),
      col('revenue', 'Opbrengsten', 'Revenue', 'euros'),
      col('debtService', 'Rente en aflossing', 'Interest and repayment', 'euros'),
      col('net', 'Saldo', 'Net', 'euros'),
      col('cumulative', 'Kaspositie', 'Cash position', 'euros'),
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

const GGE = { nl: ' (brutosubsidie-equivalent)', en: ' (gross grant equivalent)' };

/** Only when a reported cooperative is entrusted with an SGEI. */
function sgeiTable(model: ReportModel): ReportTable[] {
  const rows = model.scenarios.flatMap(({ scenario, cooperatives }) =>
    cooperatives.flatMap((c) => {
      const room = c.sgeiDeMinimis;
      if (room === null) return [];
      return [
        [
          scenario.name,
          cooperativeName(model, c.cooperativeId),
          room.window.first,
          room.window.last,
          room.ceiling,
          room.priorAid,
          room.blendAid,
          room.used,
          room.headroom,
          room.usedShare,
        ],
      ];
    }),
  );
  if (rows.length === 0) return [];
  return [
    {
      id: 'sgei-de-minimis',
      title: { nl: 'DAEB-de-minimissteun', en: 'SGEI de minimis aid' },
      columns: [
        SCENARIO,
        COOPERATIVE,
        col('first', 'Eerste jaar van de periode', 'First year of the window', 'year'),
        col('last', 'Laatste jaar van de periode', 'Last year of the window', 'year'),
        col('ceiling', 'DAEB-plafond', 'SGEI ceiling', 'euros'),
        col(
          'priorAid',
          `Eerdere steun, algemeen en DAEB${GGE.nl}`,
          `Aid received before, general and SGEI${GGE.en}`,
          'euros',
        ),
        col('blendAid', `Steun uit de mix${GGE.nl}`, `Aid in the blend${GGE.en}`, 'euros'),
        col('used', `Gebruikt${GGE.nl}`, `Used${GGE.en}`, 'euros'),
        col('headroom', 'Ruimte', 'Headroom', 'euros'),
        col('usedShare', 'Gebruikt aandeel', 'Used share', 'share'),
      ],
      rows,
    },
  ];
}

/** The cooperative page's tables, in the order the files are listed. */
export function cooperativeTables(model: ReportModel): ReportTable[] {
  return [siloFundingTable(model), cashTable(model), ...sgeiTable(model)];
}
