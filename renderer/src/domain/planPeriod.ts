import type { PlanJson } from '../../../src/model/plan';
import { sumEuros } from './money';

/**
 * A plan's years (start year and number of years) can change after amounts were
 * entered. Amounts stay in their calendar years; whatever would fall outside the new
 * period is listed here first, so it is never dropped without the user saying so.
 */

/** One stored amount that lies outside a proposed period. */
export interface OutsideAmount {
  kind: 'cost' | 'revenue' | 'lock';
  /** The cost line's label (for a lock: the line it is on); empty for revenue. */
  label: string;
  year: number;
  /** Euros. */
  amount: number;
}

export interface Period {
  startYear: number;
  years: number;
}

const outside = (period: Period, year: number) =>
  year < period.startYear || year > period.startYear + period.years - 1;

/** Every amount (costs, revenue, locked allocations) the plan stores outside `period`, in plan order. */
export function amountsOutside(plan: PlanJson, period: Period): OutsideAmount[] {
  const found: OutsideAmount[] = [];
  for (const cost of plan.costs) {
    for (const [key, amount] of Object.entries(cost.amounts)) {
      if (outside(period, Number(key)))
        found.push({ kind: 'cost', label: cost.label, year: Number(key), amount });
    }
  }
  for (const [key, amount] of Object.entries(plan.revenues ?? {})) {
    if (outside(period, Number(key))) found.push({ kind: 'revenue', label: '', year: Number(key), amount });
  }
  for (const lock of plan.locked ?? []) {
    if (outside(period, lock.year)) {
      const label = plan.costs.find((cost) => cost.id === lock.costId)?.label ?? lock.costId;
      found.push({ kind: 'lock', label, year: lock.year, amount: lock.amount });
    }
  }
  return found;
}

/** Euros of the costs and revenues among `amounts` (locks are allocations of those costs, not extra money). */
export function outsideTotal(amounts: readonly OutsideAmount[]): number {
  return sumEuros(amounts.filter((a) => a.kind !== 'lock').map((a) => a.amount));
}

function keepInside(schedule: Record<string, number>, period: Period): Record<string, number> {
  return Object.fromEntries(Object.entries(schedule).filter(([key]) => !outside(period, Number(key))));
}

/** The plan in `period`, with everything outside it removed (only after the user confirmed that). */
export function withPeriod(plan: PlanJson, period: Period, removeOutside: boolean): PlanJson {
  const next: PlanJson = { ...plan, startYear: period.startYear, years: period.years };
  if (!removeOutside) return next;
  return {
    ...next,
    costs: plan.costs.map((cost) => ({ ...cost, amounts: keepInside(cost.amounts, period) })),
    revenues: keepInside(plan.revenues ?? {}, period),
    locked: (plan.locked ?? []).filter((lock) => !outside(period, lock.year)),
  };
}
