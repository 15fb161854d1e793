import type { Sector } from '../../../src/model/cooperative';
import { uniqueId } from '../../../src/model/ids';
import type { PlanJson } from '../../../src/model/plan';
import type { CostCategory } from '../../../src/model/stream';

/**
 * The plan builder's changes as pure functions from one plan (JSON form, euros) to the
 * next. Each result is sent whole through `plans.update`, so undo is "write the
 * previous plan back".
 */

type Schedule = Record<string, number>;
type LockedAmount = NonNullable<PlanJson['locked']>[number];

/** A schedule with one year set; `null` removes the year (missing years are 0, so nothing is stored). */
function withYear(schedule: Schedule, year: number, value: number | null): Schedule {
  const next: Schedule = {};
  const key = String(year);
  for (const [existing, amount] of Object.entries(schedule)) {
    if (existing !== key) next[existing] = amount;
  }
  if (value !== null) next[key] = value;
  // Keys in year order, as the export writes them, so an edit never reorders the file.
  return Object.fromEntries(Object.entries(next).sort(([a], [b]) => Number(a) - Number(b)));
}

/** A cost line's amount in one year. The value may still be invalid: the schema judges it. */
export function setCostAmount(plan: PlanJson, costId: string, year: number, value: number | null): PlanJson {
  return {
    ...plan,
    costs: plan.costs.map((cost) =>
      cost.id === costId ? { ...cost, amounts: withYear(cost.amounts, year, value) } : cost,
    ),
  };
}

export function setRevenue(plan: PlanJson, year: number, value: number | null): PlanJson {
  return { ...plan, revenues: withYear(plan.revenues ?? {}, year, value) };
}

/** A new, empty cost line at the end; its id is made from the label and free within the plan. */
export function addCostLine(plan: PlanJson, category: CostCategory, label: string): PlanJson {
  const id = uniqueId(label, new Set(plan.costs.map((cost) => cost.id)));
  return { ...plan, costs: [...plan.costs, { id, category, label, amounts: {} }] };
}

/** What the edit dialog changes on a cost line; `continues` undefined: the default for its category. */
export interface CostLineChange {
  category: CostCategory;
  label: string;
  continues?: boolean | undefined;
  /** The line's own sector; undefined: the cooperative's sector counts. */
  sector?: Sector | undefined;
}

/** A cost line's category, label and `continues` changed; its id (which locks refer to) and amounts stay. */
export function updateCostLine(plan: PlanJson, costId: string, change: CostLineChange): PlanJson {
  return {
    ...plan,
    costs: plan.costs.map((cost) => {
      if (cost.id !== costId) return cost;
      // No `continues` or `sector` key at all for the default, so the file says nothing rather than `null`.
      const { continues: _previous, sector: _sector, ...rest } = { ...cost, ...change };
      return {
        ...rest,
        ...(change.sector === undefined ? {} : { sector: change.sector }),
        ...(change.continues === undefined ? {} : { continues: change.continues }),
      };
    }),
  };
}

/** Removes a cost line and the locked amounts on it (they could never be paid any more). */
export function removeCostLine(plan: PlanJson, costId: string): PlanJson {
  return {
    ...plan,
    costs: plan.costs.filter((cost) => cost.id !== costId),
    locked: (plan.locked ?? []).filter((lock) => lock.costId !== costId),
  };
}

/** Where one stream pays one cost line in one year: an allocation cell. */
export interface CellKey {
  streamId: string;
  costId: string;
  year: number;
}

function sameCell(lock: LockedAmount, cell: CellKey): boolean {
  return lock.streamId === cell.streamId && lock.costId === cell.costId && lock.year === cell.year;
}

export function findLock(plan: PlanJson, cell: CellKey): LockedAmount | undefined {
  return (plan.locked ?? []).find((lock) => sameCell(lock, cell));
}

/** Fixes the amount the blend allocated to this cell; it replaces an earlier lock of the same cell. */
export function lockCell(plan: PlanJson, cell: CellKey, amount: number): PlanJson {
  const others = (plan.locked ?? []).filter((lock) => !sameCell(lock, cell));
  return { ...plan, locked: [...others, { ...cell, amount }] };
}

export function unlockCell(plan: PlanJson, cell: CellKey): PlanJson {
  return { ...plan, locked: (plan.locked ?? []).filter((lock) => !sameCell(lock, cell)) };
}
