/**
 * The council letter's money per scenario as a table (CSV; the XLSX writes it as a sheet
 * of live formulas, src/reports/xlsx/council-letter.ts): municipal money in, the money
 * mobilised beside it by origin, what is covered, the gap and the leverage.
 */
import type { ReportModel } from './model';
import type { ReportTable } from './tables';
import { col, OWN_REVENUE, SCENARIO } from './table-parts';

export const COUNCIL_LETTER_TABLE_ID = 'council-letter';

export const COUNCIL_LETTER_COLUMNS = [
  SCENARIO,
  col('municipal', 'Gemeentelijk geld', 'Municipal money', 'euros'),
  col('otherPublic', 'Overig publiek geld', 'Other public money', 'euros'),
  col('private', 'Privaat geld', 'Private money', 'euros'),
  col('members', 'Geld van leden', 'Members’ money', 'euros'),
  OWN_REVENUE,
  col('mobilised', 'Gemobiliseerd', 'Mobilised', 'euros'),
  col('covered', 'Gedekt', 'Covered', 'euros'),
  col('gap', 'Tekort', 'Gap', 'euros'),
  col('totalCost', 'Totale kosten', 'Total cost', 'euros'),
  col(
    'leverage',
    'Hefboom (gemobiliseerd per gemeentelijke euro)',
    'Leverage (mobilised per municipal euro)',
    'number',
  ),
  col('municipalGuarantees', 'Gemeentelijke borgstellingen', 'Municipal guarantees', 'euros'),
];

/** One row per reported scenario; empty when the report has no council letter. */
export function councilLetterTable(model: ReportModel): ReportTable {
  const names = new Map(model.scenarios.map((s) => [s.scenario.id, s.scenario.name]));
  return {
    id: COUNCIL_LETTER_TABLE_ID,
    title: { nl: 'Raadsbrief', en: 'Council letter' },
    columns: COUNCIL_LETTER_COLUMNS,
    rows: (model.councilLetter?.scenarios ?? []).map((m) => [
      names.get(m.scenarioId) ?? m.scenarioId,
      m.municipal,
      m.otherPublic,
      m.private,
      m.members,
      m.ownRevenue,
      m.mobilised,
      m.covered,
      m.gap,
      m.totalCost,
      m.leverage,
      m.municipalGuarantees,
    ]),
  };
}
