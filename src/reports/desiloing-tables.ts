/**
 * A de-siloing scenario's figures as report tables (one CSV file and one XLSX sheet
 * each), only when a scenario of the report pools silos: per plan the gap with silos,
 * pooled and closed; per Doughnut dimension the distance with silos, pooled and gained.
 */
import { dimensionLabel } from '../impact/framework';
import type { ReportModel } from './model';
import { col, planName, SCENARIO } from './table-parts';
import type { ReportTable } from './tables';

export function desiloingTables(model: ReportModel): ReportTable[] {
  const pooling = model.scenarios.filter((s) => s.run.desiloing !== null);
  if (pooling.length === 0) return [];
  return [
    {
      id: 'desiloing-gap',
      title: { nl: 'Ontschotting tekort', en: 'De-siloing gap' },
      columns: [
        SCENARIO,
        col('plan', 'Plan', 'Plan', 'text'),
        col('gapSiloed', 'Tekort met schotten', 'Gap with silos', 'euros'),
        col('gapPooled', 'Tekort ontschot', 'Gap pooled', 'euros'),
        col('gapClosed', 'Tekort gedicht', 'Gap closed', 'euros'),
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
      title: { nl: 'Ontschotting donut', en: 'De-siloing Doughnut' },
      columns: [
        SCENARIO,
        col('dimension', 'Dimensie', 'Dimension', 'text'),
        col('distanceSiloed', 'Afstand met schotten', 'Distance with silos', 'share'),
        col('distancePooled', 'Afstand ontschot', 'Distance pooled', 'share'),
        col('gained', 'Donut gewonnen', 'Doughnut gained', 'share'),
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
