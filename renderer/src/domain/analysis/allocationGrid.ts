import type { PlanJson } from '../../../../src/model/plan';
import { sumEuros } from '../money';
import { findLock } from '../planEdits';
import { planYears } from '../plans';
import type { AnalysedAllocation } from './types';

export interface AllocationCell {
  year: number;
  /** Euros this stream pays this cost line this year in the blend. */
  amount: number;
  /** The plan fixes this cell; `lockedAmount` is what it fixes (it can differ from `amount` only in a stale result). */
  locked: boolean;
  lockedAmount: number | null;
}

export interface AllocationRow {
  streamId: string;
  costId: string;
  cells: AllocationCell[];
  total: number;
}

/**
 * The blend as a table: one row per stream and cost line that has money or a lock,
 * one column per plan year. Streams come in the order of `streamOrder` (the screen's
 * order of names), cost lines in the plan's order.
 */
export function allocationGrid(
  plan: PlanJson,
  allocations: readonly AnalysedAllocation[],
  streamOrder: (a: string, b: string) => number,
): { years: number[]; rows: AllocationRow[] } {
  const years = planYears(plan);
  const amounts = new Map<string, number[]>();
  const keyOf = (streamId: string, costId: string, year: number) => `${streamId}\u0000${costId}\u0000${year}`;
  const pairs = new Map<string, { streamId: string; costId: string }>();
  const notePair = (streamId: string, costId: string) =>
    pairs.set(`${streamId}\u0000${costId}`, { streamId, costId });

  for (const allocation of allocations) {
    if (allocation.planId !== plan.id || allocation.amount <= 0) continue;
    const key = keyOf(allocation.streamId, allocation.costId, allocation.year);
    amounts.set(key, [...(amounts.get(key) ?? []), allocation.amount]);
    notePair(allocation.streamId, allocation.costId);
  }
  const costIds = plan.costs.map((cost) => cost.id);
  for (const lock of plan.locked ?? []) {
    if (costIds.includes(lock.costId)) notePair(lock.streamId, lock.costId);
  }

  const rows = [...pairs.values()]
    .sort(
      (a, b) => streamOrder(a.streamId, b.streamId) || costIds.indexOf(a.costId) - costIds.indexOf(b.costId),
    )
    .map(({ streamId, costId }): AllocationRow => {
      const cells = years.map((year): AllocationCell => {
        const lock = findLock(plan, { streamId, costId, year });
        return {
          year,
          amount: sumEuros(amounts.get(keyOf(streamId, costId, year)) ?? []),
          locked: lock !== undefined,
          lockedAmount: lock?.amount ?? null,
        };
      });
      return { streamId, costId, cells, total: sumEuros(cells.map((cell) => cell.amount)) };
    });
  return { years, rows };
}
