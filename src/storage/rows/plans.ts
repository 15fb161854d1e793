import type { Plan } from '../../model';
import type { Db } from '../sql';
import { childrenOf, groupBy, scheduleEntries, scheduleFromRows } from './checked';
import {
  costAmountToRow,
  costLineFromRow,
  costLineToRow,
  impactLineFromRow,
  impactLineToRow,
  lockedAmountFromRow,
  lockedAmountToRow,
  revenueToRow,
  type CostAmountRow,
  type CostLineRow,
  type ImpactLineRow,
  type LockedAmountRow,
  type RevenueRow,
} from './plan-lines';

export interface PlanRow {
  id: string;
  position: number;
  cooperative_id: string;
  name: string;
  start_year: number;
  years: number;
}

export function planToRow(plan: Plan, position: number): PlanRow {
  return {
    id: plan.id,
    position,
    cooperative_id: plan.cooperativeId,
    name: plan.name,
    start_year: plan.startYear,
    years: plan.years,
  };
}

export interface PlanChildren {
  costs: CostLineRow[];
  amounts: Map<string, CostAmountRow[]>;
  revenues: RevenueRow[];
  locked: LockedAmountRow[];
  impacts: ImpactLineRow[];
}

export function planFromRow(row: PlanRow, children: PlanChildren): Plan {
  return {
    id: row.id,
    cooperativeId: row.cooperative_id,
    name: row.name,
    startYear: row.start_year,
    years: row.years,
    costs: children.costs.map((cost) => costLineFromRow(cost, childrenOf(children.amounts, cost.id))),
    revenues: scheduleFromRows(children.revenues),
    locked: children.locked.map(lockedAmountFromRow),
    impacts: children.impacts.map(impactLineFromRow),
  };
}

/** Prepared once per call, so writing thousands of plans does not re-parse SQL per row. */
function planWriters(db: Db) {
  return {
    plan: db.prepare<PlanRow>(
      `INSERT INTO plans (id, position, cooperative_id, name, start_year, years)
       VALUES (@id, @position, @cooperative_id, @name, @start_year, @years)`,
    ),
    cost: db.prepare<CostLineRow>(
      `INSERT INTO cost_lines (plan_id, id, position, category, label)
       VALUES (@plan_id, @id, @position, @category, @label)`,
    ),
    amount: db.prepare<CostAmountRow>(
      `INSERT INTO cost_amounts (plan_id, cost_id, year, amount_cents)
       VALUES (@plan_id, @cost_id, @year, @amount_cents)`,
    ),
    revenue: db.prepare<RevenueRow>(
      'INSERT INTO plan_revenues (plan_id, year, amount_cents) VALUES (@plan_id, @year, @amount_cents)',
    ),
    locked: db.prepare<LockedAmountRow>(
      `INSERT INTO locked_amounts (plan_id, position, stream_id, cost_id, year, amount_cents)
       VALUES (@plan_id, @position, @stream_id, @cost_id, @year, @amount_cents)`,
    ),
    impact: db.prepare<ImpactLineRow>(
      `INSERT INTO impact_lines (plan_id, position, indicator_id, start_year, duration, annual, deadweight,
         attribution, displacement, drop_off, uncertainty_low, uncertainty_high, evidence, basis)
       VALUES (@plan_id, @position, @indicator_id, @start_year, @duration, @annual, @deadweight,
         @attribution, @displacement, @drop_off, @uncertainty_low, @uncertainty_high, @evidence, @basis)`,
    ),
  };
}

export function insertPlans(db: Db, plans: readonly Plan[]): void {
  const write = planWriters(db);
  plans.forEach((plan, position) => {
    write.plan.run(planToRow(plan, position));
    plan.costs.forEach((cost, i) => {
      write.cost.run(costLineToRow(plan.id, cost, i));
      for (const entry of scheduleEntries(cost.amounts)) {
        write.amount.run(costAmountToRow(plan.id, cost.id, entry));
      }
    });
    for (const entry of scheduleEntries(plan.revenues)) write.revenue.run(revenueToRow(plan.id, entry));
    plan.locked.forEach((lock, i) => write.locked.run(lockedAmountToRow(plan.id, lock, i)));
    plan.impacts.forEach((impact, i) => write.impact.run(impactLineToRow(plan.id, impact, i)));
  });
}

function all<R>(db: Db, sql: string): R[] {
  return db.prepare<[], R>(sql).all();
}

/** Every plan in the user's order, children grouped in memory (one query per table, not per plan). */
export function readPlans(db: Db): Plan[] {
  const byPlan = <R extends { plan_id: string }>(rows: R[]) => groupBy(rows, (row) => row.plan_id);
  const costs = byPlan(all<CostLineRow>(db, 'SELECT * FROM cost_lines ORDER BY plan_id, position'));
  const amounts = groupBy(
    all<CostAmountRow>(db, 'SELECT * FROM cost_amounts ORDER BY plan_id, cost_id, year'),
    (row) => `${row.plan_id}\u0000${row.cost_id}`,
  );
  const revenues = byPlan(all<RevenueRow>(db, 'SELECT * FROM plan_revenues ORDER BY plan_id, year'));
  const locked = byPlan(all<LockedAmountRow>(db, 'SELECT * FROM locked_amounts ORDER BY plan_id, position'));
  const impacts = byPlan(all<ImpactLineRow>(db, 'SELECT * FROM impact_lines ORDER BY plan_id, position'));
  return all<PlanRow>(db, 'SELECT * FROM plans ORDER BY position, id').map((row) => {
    const planAmounts = new Map<string, CostAmountRow[]>();
    for (const cost of childrenOf(costs, row.id)) {
      planAmounts.set(cost.id, childrenOf(amounts, `${row.id}\u0000${cost.id}`));
    }
    return planFromRow(row, {
      costs: childrenOf(costs, row.id),
      amounts: planAmounts,
      revenues: childrenOf(revenues, row.id),
      locked: childrenOf(locked, row.id),
      impacts: childrenOf(impacts, row.id),
    });
  });
}
