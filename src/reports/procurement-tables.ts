/**
 * Procurement as a flywheel (issue 15, point 6) as report tables (one CSV file and one XLSX
 * sheet each): per year what the municipality awarded to cooperatives and its share of the
 * relevant purchasing volume, reserved contracts and Social Return; per scenario with a
 * lever, per plan the extra contracts, their margin as revenue and the gap without and with.
 */
import { procurementAnalysis } from '../finance/analysis/procurement';
import type { ReportModel } from './model';
import { col, planName, SCENARIO, YEAR } from './table-parts';
import type { ReportTable } from './tables';
import { inBothLangs } from './words';

const euros = (cents: number | null) => (cents === null ? null : cents / 100);

export function procurementTables(model: ReportModel): ReportTable[] {
  const analysis = procurementAnalysis(model.workspace.procurement);
  const levered = model.scenarios.filter((s) => s.run.procurement !== undefined);
  const tables: ReportTable[] = [];
  if (analysis.years.length > 0) {
    tables.push({
      id: 'procurement-years',
      title: inBothLangs('tables', 'titles.procurementPerYear'),
      columns: [
        YEAR,
        col('volume', 'euros'),
        col('awarded', 'euros'),
        col('share', 'share'),
        col('reserved', 'euros'),
        col('reservedContracts', 'number'),
        col('socialReturn', 'euros'),
      ],
      rows: analysis.years.map((y) => [
        y.year,
        euros(y.volume),
        euros(y.awarded),
        y.share,
        euros(y.reserved),
        y.reservedContracts,
        euros(y.socialReturn),
      ]),
    });
  }
  if (levered.length > 0) {
    tables.push({
      id: 'procurement-lever',
      title: inBothLangs('tables', 'titles.procurementLever'),
      columns: [
        SCENARIO,
        col('plan', 'text'),
        col('extraVolume', 'euros'),
        col('extraRevenue', 'euros'),
        col('gapWithout', 'euros'),
        col('gapWith', 'euros'),
      ],
      rows: levered.flatMap(({ scenario, run }) =>
        run.procurement!.plans.map((p) => [
          scenario.name,
          planName(model, p.planId),
          p.extraVolume,
          p.extraRevenue,
          p.gapWithout,
          p.gapWith,
        ]),
      ),
    });
  }
  return tables;
}
