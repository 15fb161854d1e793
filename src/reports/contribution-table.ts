/**
 * The contribution as a report table (one CSV file, one XLSX table sheet): per scenario,
 * group, indicator and year what the group changes against the path without the
 * portfolio, in long format (docs/methodology.md "Bijdrage"). The XLSX also has a formula
 * sheet per scenario (xlsx/contribution.ts) with the absolute figure and the share of the
 * distance as live formulas.
 */
import { dimensionLabel } from '../impact/framework';
import { contributionRows, groupKindLabel, groupLabel, lensLabel } from './contribution-rows';
import type { ReportModel } from './model';
import { col, SCENARIO, YEAR } from './table-parts';
import type { ReportTable } from './tables';
import { inBothLangs } from './words';

export function contributionTable(model: ReportModel): ReportTable {
  const { lang, workspace } = model;
  return {
    id: 'contribution',
    title: inBothLangs('tables', 'titles.contribution'),
    columns: [
      SCENARIO,
      col('groupKind', 'text'),
      col('group', 'text'),
      col('indicatorId', 'text'),
      col('indicator', 'text'),
      col('dimension', 'text'),
      col('lens', 'text'),
      YEAR,
      col('unit', 'text'),
      col('effect', 'number'),
      col('mean', 'number'),
      col('p10', 'number'),
      col('p50', 'number'),
      col('p90', 'number'),
      col('absolute', 'number'),
      col('absoluteUnit', 'text'),
      col('shareOfDistance', 'share'),
    ],
    rows: model.scenarios.flatMap(({ scenario, engineRun }) => {
      const labels = new Map(engineRun.indicators.map((i) => [i.indicator.id, i.indicator.label]));
      return contributionRows(engineRun.contribution).map(({ kind, key, indicator, year }) => [
        scenario.name,
        groupKindLabel(kind, lang),
        groupLabel(workspace, kind, key, lang),
        indicator.indicatorId,
        labels.get(indicator.indicatorId) ?? indicator.indicatorId,
        dimensionLabel(indicator.dimension, lang),
        lensLabel(indicator, lang),
        year.year,
        indicator.unit,
        year.effect,
        year.mean,
        year.p10,
        year.p50,
        year.p90,
        year.absolute,
        indicator.absoluteUnit,
        year.shareOfDistance,
      ]);
    }),
  };
}
