/**
 * The budget cycle's tables (issue 15, point 5; docs/methodology.md "Budget cycle"):
 * per scenario the blended money by budget nature per year and silo, the year totals
 * with what plans need after their years, and per plan that need with the part one-off
 * money pays today. One CSV file and one XLSX table sheet each; the workbook's formula
 * sheet (xlsx/budget-cycle.ts) restates the arithmetic.
 */
import type { ReportModel } from './model';
import { col, PLAN, SCENARIO, YEAR } from './table-parts';
import type { ReportTable } from './tables';

const euros = (cents: number) => cents / 100;
const STRUCTURAL = col('structural', 'Structureel', 'Structural', 'euros');
const ONE_OFF = col('oneOff', 'Incidenteel', 'One-off', 'euros');

function silosTable(model: ReportModel): ReportTable {
  return {
    id: 'budget-cycle-silos',
    title: { nl: 'Begrotingscyclus jaar en silo', en: 'Budget cycle per year and silo' },
    columns: [SCENARIO, YEAR, col('silo', 'Silo', 'Silo', 'text'), STRUCTURAL, ONE_OFF],
    rows: model.scenarios.flatMap(({ scenario, budgetCycle }) =>
      budgetCycle.cells.map((c) => [
        scenario.name,
        c.year,
        c.siloLabel,
        euros(c.structural),
        euros(c.oneOff),
      ]),
    ),
  };
}

function yearsTable(model: ReportModel): ReportTable {
  return {
    id: 'budget-cycle-years',
    title: { nl: 'Begrotingscyclus per jaar', en: 'Budget cycle per year' },
    columns: [
      SCENARIO,
      YEAR,
      STRUCTURAL,
      ONE_OFF,
      col('ownRevenue', 'Eigen inkomsten', 'Own revenue', 'euros'),
      col('needAfterPilots', 'Nodig na pilotjaren', 'Needed after pilot years', 'euros'),
      col('oneOffCliff', 'Waarvan nu incidenteel', 'Of which one-off today', 'euros'),
    ],
    rows: model.scenarios.flatMap(({ scenario, budgetCycle }) =>
      budgetCycle.years.map((y) => [
        scenario.name,
        y.year,
        euros(y.structural),
        euros(y.oneOff),
        euros(y.ownRevenue),
        euros(y.needAfterPilots),
        euros(y.oneOffCliff),
      ]),
    ),
  };
}

function plansTable(model: ReportModel): ReportTable {
  return {
    id: 'budget-cycle-plans',
    title: { nl: 'Nodig na pilotjaren per plan', en: 'Need after pilot years per plan' },
    columns: [
      SCENARIO,
      PLAN,
      col('lastYear', 'Laatste jaar', 'Last year', 'year'),
      col('continuingCost', 'Doorlopende kosten', 'Continuing costs', 'euros'),
      col('revenue', 'Inkomsten', 'Revenue', 'euros'),
      col('need', 'Nodig per jaar', 'Need per year', 'euros'),
      col('oneOffPaid', 'Incidenteel betaald', 'Paid one-off', 'euros'),
      col('structuralPaid', 'Structureel betaald', 'Paid structural', 'euros'),
      col('oneOffFunded', 'Nu incidenteel', 'One-off today', 'euros'),
      col('structuralFunded', 'Nu structureel', 'Structural today', 'euros'),
      col('unfunded', 'Nu ongedekt', 'Unfunded today', 'euros'),
      col('oneOffShare', 'Aandeel incidenteel', 'One-off share', 'share'),
    ],
    rows: model.scenarios.flatMap(({ scenario, budgetCycle }) =>
      budgetCycle.plans.map((p) => [
        scenario.name,
        p.name,
        p.lastYear,
        euros(p.continuingCost),
        euros(p.revenue),
        euros(p.need),
        euros(p.oneOffPaid),
        euros(p.structuralPaid),
        euros(p.oneOffFunded),
        euros(p.structuralFunded),
        euros(p.unfunded),
        p.oneOffShare,
      ]),
    ),
  };
}

export function budgetCycleTables(model: ReportModel): ReportTable[] {
  return [silosTable(model), yearsTable(model), plansTable(model)];
}
