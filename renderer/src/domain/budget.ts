import type { FundingStreamJson } from '../../../src/model/stream';

export type BudgetSummary =
  | { kind: 'unlimited' }
  | { kind: 'fixed'; amount: number }
  | { kind: 'schedule'; first: number; last: number; min: number; max: number }
  | { kind: 'empty-schedule' };

/** How a stream's yearly budget reads in a list. */
export function summariseBudget(budget: FundingStreamJson['budgetPerYear']): BudgetSummary {
  if (budget === undefined) return { kind: 'unlimited' };
  if (typeof budget === 'number') return { kind: 'fixed', amount: budget };
  const entries = Object.entries(budget);
  if (entries.length === 0) return { kind: 'empty-schedule' };
  const years = entries.map(([year]) => Number(year));
  const amounts = entries.map(([, amount]) => amount);
  return {
    kind: 'schedule',
    first: Math.min(...years),
    last: Math.max(...years),
    min: Math.min(...amounts),
    max: Math.max(...amounts),
  };
}

/** A number to sort budgets by: unlimited sorts above any amount. */
export function budgetSortValue(summary: BudgetSummary): number {
  switch (summary.kind) {
    case 'unlimited':
      return Number.POSITIVE_INFINITY;
    case 'fixed':
      return summary.amount;
    case 'schedule':
      return summary.max;
    case 'empty-schedule':
      return 0;
    default: {
      const never: never = summary;
      return never;
    }
  }
}

/** The silos in use, sorted, for the editor's suggestions. */
export function existingSilos(streams: readonly { silo: string }[]): string[] {
  return [...new Set(streams.map((s) => s.silo))].sort();
}
