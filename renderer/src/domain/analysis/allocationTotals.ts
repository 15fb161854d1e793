import type { PlanJson } from '../../../../src/model/plan';
import { sumEuros } from '../money';
import { planYears } from '../plans';
import type { AnalysedAllocation, OwnRevenueUseJson } from './types';

/** The plan's own revenue paying one cost line, per plan year. */
export interface OwnRevenueRow {
  costId: string;
  cells: { year: number; amount: number }[];
  total: number;
}

/** What pays a year's cost: outside money, own revenue and the gap left, which add up to the cost. */
export interface CoverFigures {
  outside: number;
  ownRevenue: number;
  gap: number;
  cost: number;
}

export interface AllocationTotals {
  years: (CoverFigures & { year: number })[];
  total: CoverFigures;
}

/** One row per cost line that own revenue pays, in the plan's order of cost lines. */
export function ownRevenueRows(plan: PlanJson, uses: readonly OwnRevenueUseJson[]): OwnRevenueRow[] {
  const years = planYears(plan);
  return plan.costs
    .map((cost): OwnRevenueRow => {
      const cells = years.map((year) => ({
        year,
        amount: sumEuros(uses.filter((u) => u.costId === cost.id && u.year === year).map((u) => u.amount)),
      }));
      return { costId: cost.id, cells, total: sumEuros(cells.map((cell) => cell.amount)) };
    })
    .filter((row) => row.total > 0);
}

/**
 * The allocation table's foot: per plan year the outside money, the own revenue, the
 * gap and the cost, so that outside + own revenue + gap = cost can be read off. The gap
 * is what remains of the cost (never negative: a stale result may pay more than a cost
 * that was lowered since).
 */
export function allocationTotals(
  plan: PlanJson,
  allocations: readonly AnalysedAllocation[],
  uses: readonly OwnRevenueUseJson[],
): AllocationTotals {
  const years = planYears(plan).map((year) => {
    const outside = sumEuros(
      allocations.filter((a) => a.planId === plan.id && a.year === year).map((a) => a.amount),
    );
    const ownRevenue = sumEuros(uses.filter((u) => u.year === year).map((u) => u.amount));
    const cost = sumEuros(plan.costs.map((c) => c.amounts[String(year)] ?? 0));
    return { year, outside, ownRevenue, cost, gap: Math.max(0, sumEuros([cost, -outside, -ownRevenue])) };
  });
  const total = (key: keyof CoverFigures) => sumEuros(years.map((y) => y[key]));
  return {
    years,
    total: {
      outside: total('outside'),
      ownRevenue: total('ownRevenue'),
      gap: total('gap'),
      cost: total('cost'),
    },
  };
}
