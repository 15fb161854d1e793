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
import { inBothLangs } from './words';

const euros = (cents: number) => cents / 100;
const STRUCTURAL = col('structural', 'euros');
const ONE_OFF = col('oneOff', 'euros');

function silosTable(model: ReportModel): ReportTable {
  return {
    id: 'budget-cycle-silos',
    title: inBothLangs('tables', 'titles.budgetCyclePerYearAndSilo'),
    columns: [SCENARIO, YEAR, col('silo', 'text'), STRUCTURAL, ONE_OFF],
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
    title: inBothLangs('tables', 'titles.budgetCyclePerYear'),
    columns: [
      SCENARIO,
      YEAR,
      STRUCTURAL,
      ONE_OFF,
      col('ownRevenue', 'euros'),
      col('needAfterPilots', 'euros'),
      col('oneOffCliff', 'euros'),
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
    title: inBothLangs('tables', 'titles.needAfterPilotYearsPerPlan'),
    columns: [
      SCENARIO,
      PLAN,
      col('lastYear', 'year'),
      col('continuingCost', 'euros'),
      col('revenue', 'euros', 'revenueRevenue2'),
      col('need', 'euros'),
      col('oneOffPaid', 'euros'),
      col('structuralPaid', 'euros'),
      col('oneOffFunded', 'euros'),
      col('structuralFunded', 'euros'),
      col('unfunded', 'euros'),
      col('oneOffShare', 'share'),
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
