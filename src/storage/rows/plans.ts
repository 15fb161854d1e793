import type { Plan } from '../../model';
import type { ReadDb, WriteDb } from '../sql';
import type { Removed } from '../types';
import { awardFromRow, awardToRow, awardWriter, type AwardRow } from './awards';
import { childrenOf, groupBy, scheduleEntries, scheduleFromRows } from './checked';
import { childRowsBy, itemRows, selectRows } from './select';
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
  awards: AwardRow[];
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
    awards: children.awards.map(awardFromRow),
  };
}

/** Prepared once per call, so writing thousands of plans does not re-parse SQL per row. */
function planWriters(db: WriteDb) {
  return {
    plan: db.prepare<PlanRow>(
      `INSERT INTO plans (id, position, cooperative_id, name, start_year, years)
       VALUES (@id, @position, @cooperative_id, @name, @start_year, @years)`,
    ),
    cost: db.prepare<CostLineRow>(
      `INSERT INTO cost_lines (plan_id, id, position, category, label, continues, sector)
       VALUES (@plan_id, @id, @position, @category, @label, @continues, @sector)`,
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
      `INSERT INTO impact_lines (plan_id, position, indicator_id, start_year, duration, output, output_unit,
         deadweight, attribution, displacement, drop_off, uncertainty_low, uncertainty_high, evidence, basis)
       VALUES (@plan_id, @position, @indicator_id, @start_year, @duration, @output, @output_unit,
         @deadweight, @attribution, @displacement, @drop_off, @uncertainty_low, @uncertainty_high, @evidence, @basis)`,
    ),
    award: awardWriter(db),
  };
}

type PlanWriters = ReturnType<typeof planWriters>;

/** Cost lines (parents of amounts and locks) before their children, so foreign keys hold at each row. */
function insertPlanChildren(write: PlanWriters, plan: Plan): void {
  plan.costs.forEach((cost, i) => {
    write.cost.run(costLineToRow(plan.id, cost, i));
    for (const entry of scheduleEntries(cost.amounts)) {
      write.amount.run(costAmountToRow(plan.id, cost.id, entry));
    }
  });
  for (const entry of scheduleEntries(plan.revenues)) write.revenue.run(revenueToRow(plan.id, entry));
  plan.locked.forEach((lock, i) => write.locked.run(lockedAmountToRow(plan.id, lock, i)));
  plan.impacts.forEach((impact, i) => write.impact.run(impactLineToRow(plan.id, impact, i)));
  plan.awards.forEach((award, i) => write.award.run(awardToRow(plan.id, award, i)));
}

export function insertPlanRows(db: WriteDb, plan: Plan, position: number, write = planWriters(db)): void {
  write.plan.run(planToRow(plan, position));
  insertPlanChildren(write, plan);
}

export function insertPlans(db: WriteDb, plans: readonly Plan[]): void {
  const write = planWriters(db);
  plans.forEach((plan, position) => insertPlanRows(db, plan, position, write));
}

// Children of a plan, those that point at cost lines first. Table names are constants, never input.
const PLAN_CHILD_TABLES = [
  'locked_amounts',
  'cost_amounts',
  'cost_lines',
  'plan_revenues',
  'impact_lines',
  'plan_awards',
];

/**
 * Rewrites a plan in place: an UPDATE of its row keeps scenarios that list it valid
 * (a delete would be refused by their foreign keys), then its child rows are replaced
 * whole. Call inside a write transaction, so a failure leaves the old plan intact.
 */
export function updatePlanRows(db: WriteDb, plan: Plan): boolean {
  const { changes } = db
    .prepare<PlanRow>(
      `UPDATE plans SET cooperative_id = @cooperative_id, name = @name, start_year = @start_year,
         years = @years WHERE id = @id`,
    )
    .run(planToRow(plan, 0));
  if (changes === 0) return false;
  for (const table of PLAN_CHILD_TABLES) {
    db.prepare<[string]>(`DELETE FROM ${table} WHERE plan_id = ?`).run(plan.id);
  }
  insertPlanChildren(planWriters(db), plan);
  return true;
}

/**
 * Every plan in the user's order, or the one with `id`, each with its position.
 * Children are grouped in memory (one query per table, not per plan).
 */
export function readPlans(db: ReadDb, id?: string): Removed<Plan>[] {
  const byPlan = <R extends { plan_id: string }>(table: string, order: string) =>
    childRowsBy<'plan_id', R>(db, table, 'plan_id', order, id);
  const costs = byPlan<CostLineRow>('cost_lines', 'plan_id, position');
  const amounts = groupBy(
    selectRows<CostAmountRow>(db, 'cost_amounts', 'plan_id', 'plan_id, cost_id, year', id),
    (row) => `${row.plan_id}\u0000${row.cost_id}`,
  );
  const revenues = byPlan<RevenueRow>('plan_revenues', 'plan_id, year');
  const locked = byPlan<LockedAmountRow>('locked_amounts', 'plan_id, position');
  const impacts = byPlan<ImpactLineRow>('impact_lines', 'plan_id, position');
  const awards = byPlan<AwardRow>('plan_awards', 'plan_id, position');
  const rows = itemRows<PlanRow>(db, 'plans', id);
  return rows.map((row) => {
    const planAmounts = new Map<string, CostAmountRow[]>();
    for (const cost of childrenOf(costs, row.id)) {
      planAmounts.set(cost.id, childrenOf(amounts, `${row.id}\u0000${cost.id}`));
    }
    const item = planFromRow(row, {
      costs: childrenOf(costs, row.id),
      amounts: planAmounts,
      revenues: childrenOf(revenues, row.id),
      locked: childrenOf(locked, row.id),
      impacts: childrenOf(impacts, row.id),
      awards: childrenOf(awards, row.id),
    });
    return { item, position: row.position };
  });
}
