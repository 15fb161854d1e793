/**
 * A de-siloing scenario's figures as report tables (one CSV file and one XLSX sheet
 * each), only when a scenario of the report pools silos: per plan the gap with silos,
 * pooled and closed; per Doughnut dimension the distance with silos, pooled and gained.
 */
import { dimensionLabel } from '../impact/framework';
import type { ReportModel } from './model';
import { col, planName, SCENARIO } from './table-parts';
import type { ReportTable } from './tables';
import { inBothLangs } from './words';

export function desiloingTables(model: ReportModel): ReportTable[] {
  const pooling = model.scenarios.filter((s) => s.run.desiloing !== null);
  if (pooling.length === 0) return [];
  return [
    {
      id: 'desiloing-gap',
      title: inBothLangs('tables', 'titles.deSiloingGap'),
      columns: [
        SCENARIO,
        col('plan', 'text'),
        col('gapSiloed', 'euros'),
        col('gapPooled', 'euros'),
        col('gapClosed', 'euros'),
      ],
      rows: pooling.flatMap(({ scenario, run }) =>
        run.desiloing!.plans.map((p) => [
          scenario.name,
          planName(model, p.planId),
          p.gapSiloed,
          p.gapPooled,
          p.gapClosed,
        ]),
      ),
    },
    {
      id: 'desiloing-doughnut',
      title: inBothLangs('tables', 'titles.deSiloingDoughnut'),
      columns: [
        SCENARIO,
        col('dimension', 'text'),
        col('distanceSiloed', 'share'),
        col('distancePooled', 'share'),
        col('gained', 'share'),
      ],
      rows: pooling.flatMap(({ scenario, run }) =>
        run.desiloing!.dimensions.map((d) => [
          scenario.name,
          dimensionLabel(d.dimension, model.lang),
          d.distanceSiloed,
          d.distancePooled,
          d.gained,
        ]),
      ),
    },
  ];
}
