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

const euros = (cents: number | null) => (cents === null ? null : cents / 100);

export function procurementTables(model: ReportModel): ReportTable[] {
  const analysis = procurementAnalysis(model.workspace.procurement);
  const levered = model.scenarios.filter((s) => s.run.procurement !== undefined);
  const tables: ReportTable[] = [];
  if (analysis.years.length > 0) {
    tables.push({
      id: 'procurement-years',
      title: { nl: 'Inkoop per jaar', en: 'Procurement per year' },
      columns: [
        YEAR,
        col('volume', 'Relevant inkoopvolume', 'Relevant purchasing volume', 'euros'),
        col('awarded', 'Gegund aan coöperaties', 'Awarded to cooperatives', 'euros'),
        col('share', 'Aandeel gegund', 'Share awarded', 'share'),
        col('reserved', 'Voorbehouden opdrachten', 'Reserved contracts', 'euros'),
        col('reservedContracts', 'Aantal voorbehouden', 'Number reserved', 'number'),
        col('socialReturn', 'Social Return gerealiseerd', 'Social Return realised', 'euros'),
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
      title: { nl: 'Inkoop als vliegwiel', en: 'Procurement lever' },
      columns: [
        SCENARIO,
        col('plan', 'Plan', 'Plan', 'text'),
        col('extraVolume', 'Extra opdrachten', 'Extra contracts', 'euros'),
        col(
          'extraRevenue',
          'Extra inkomsten (dekkingsbijdrage)',
          'Extra revenue (contribution margin)',
          'euros',
        ),
        col('gapWithout', 'Tekort zonder doel', 'Gap without target', 'euros'),
        col('gapWith', 'Tekort met doel', 'Gap with target', 'euros'),
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
