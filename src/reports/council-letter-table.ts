/**
 * The council letter's money per scenario as a table (CSV; the XLSX writes it as a sheet
 * of live formulas, src/reports/xlsx/council-letter.ts): municipal money in, the money
 * mobilised beside it by origin, what is covered, the gap and the leverage.
 */
import type { ReportModel } from './model';
import type { ReportTable } from './tables';
import { col, OWN_REVENUE, SCENARIO } from './table-parts';
import { inBothLangs } from './words';

export const COUNCIL_LETTER_TABLE_ID = 'council-letter';

export const COUNCIL_LETTER_COLUMNS = [
  SCENARIO,
  col('municipal', 'euros'),
  col('otherPublic', 'euros'),
  col('private', 'euros'),
  col('members', 'euros'),
  OWN_REVENUE,
  col('mobilised', 'euros'),
  col('covered', 'euros'),
  col('gap', 'euros'),
  col('totalCost', 'euros'),
  col('leverage', 'number'),
  col('municipalGuarantees', 'euros'),
];

/** One row per reported scenario; empty when the report has no council letter. */
export function councilLetterTable(model: ReportModel): ReportTable {
  const names = new Map(model.scenarios.map((s) => [s.scenario.id, s.scenario.name]));
  return {
    id: COUNCIL_LETTER_TABLE_ID,
    title: inBothLangs('tables', 'titles.councilLetter'),
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
