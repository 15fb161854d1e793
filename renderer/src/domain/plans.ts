import type { CooperativeJson } from '../../../src/model/cooperative';
import type { PlanJson } from '../../../src/model/plan';
import type { CostCategory } from '../../../src/model/stream';
import { yearRange } from '../../../src/model/years';
import { sumEuros } from './money';

export function planYears(plan: Pick<PlanJson, 'startYear' | 'years'>): number[] {
  return yearRange(plan.startYear, plan.years);
}

export function planLastYear(plan: Pick<PlanJson, 'startYear' | 'years'>): number {
  return plan.startYear + plan.years - 1;
}

/** Euros: the sum of every cost line in every year. */
export function planTotalCost(plan: Pick<PlanJson, 'costs'>): number {
  return sumEuros(plan.costs.flatMap((cost) => Object.values(cost.amounts)));
}

export interface CostTableRow {
  id: string;
  label: string;
  category: CostCategory;
  /** Euros per plan year, in `years` order (missing years are 0). */
  amounts: number[];
  total: number;
}

export interface CostTable {
  years: number[];
  rows: CostTableRow[];
  /** Column totals, in `years` order. */
  yearTotals: number[];
  total: number;
  /** Revenues per plan year, in `years` order. */
  revenues: number[];
  revenueTotal: number;
  /** Every figure is whole euros, so the table can leave out the cents. */
  wholeEuros: boolean;
}

/** A plan's cost lines laid out as a year-by-year table with row and column totals. */
export function costTable(plan: PlanJson): CostTable {
  const years = planYears(plan);
  const rows = plan.costs.map((cost) => {
    const amounts = years.map((year) => cost.amounts[String(year)] ?? 0);
    return { id: cost.id, label: cost.label, category: cost.category, amounts, total: sumEuros(amounts) };
  });
  const yearTotals = years.map((_, i) => sumEuros(rows.map((row) => row.amounts[i] ?? 0)));
  const revenues = years.map((year) => plan.revenues?.[String(year)] ?? 0);
  const figures = [...rows.flatMap((row) => row.amounts), ...revenues];
  return {
    years,
    rows,
    yearTotals,
    total: sumEuros(yearTotals),
    revenues,
    revenueTotal: sumEuros(revenues),
    wholeEuros: figures.every((euros) => Number.isInteger(euros)),
  };
}

/** Name lookup that still shows something for a dangling reference. */
export function nameById<T extends { id: string }>(
  items: readonly T[],
  nameOf: (item: T) => string,
): (id: string) => string {
  const names = new Map(items.map((item) => [item.id, nameOf(item)]));
  return (id) => names.get(id) ?? id;
}

export function cooperativeNames(cooperatives: readonly CooperativeJson[]): (id: string) => string {
  return nameById(cooperatives, (c) => c.name);
}
