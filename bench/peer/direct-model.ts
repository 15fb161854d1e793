// The direct formulation of spec section 6 and the issue-13 semantics as a
// solver-neutral mixed-integer model: one column per eligible stream x cost line x
// year, own revenue per plan and year, a binary per plan and stream with a
// minimum award, revolving relending and guarantee columns, and one row per limit.
// Written straight from the semantics (not from the optimiser or the checker) so that
// it can serve as an independent optimum.
import type { BlendRequest } from '../../src/finance/blend/types';
import type { Workspace } from '../../src/model/workspace';
import {
  Builder,
  CENTS_PER_UNIT,
  budgetCents,
  eligible,
  sumTerms,
  type Column,
  type Coop,
  type Factors,
  type Plan,
  type Row,
  type Var,
} from './direct-builder';
import { addGuarantees, type GuaranteeRef } from './direct-guarantees';
import { addAwards, refusedFor } from './direct-awards';
import { addBudgets, addDebtService, addDeMinimis, addPerPlan, type RelentRef } from './direct-rules';

export { CENTS_PER_UNIT, type Column, type Row, type Term } from './direct-builder';
export type { GuaranteeRef } from './direct-guarantees';
export type { RelentRef } from './direct-rules';

/** The allocation a column stands for. */
export interface CellRef {
  planId: string;
  streamId: string;
  costId: string;
  year: number;
  column: number;
}

/**
 * Own revenue of a plan year. It may pay any of that year's cost lines, so one column
 * per year suffices: what outside money leaves open summed over the year's cost lines
 * bounds it, and `splitOwnRevenue` assigns the solved amount to cost lines afterwards
 * (any assignment within each line's remainder is valid; the lines come in plan order).
 */
export interface OwnRevenueRef {
  planId: string;
  year: number;
  column: number;
  /** The year's cost lines and amounts in cents, in plan order. */
  costs: { costId: string; amount: number }[];
}

export interface DirectModel {
  columns: Column[];
  rows: Row[];
  cells: CellRef[];
  ownRevenue: OwnRevenueRef[];
  guarantees: GuaranteeRef[];
  relent: RelentRef[];
  /** Set when locked amounts break a rule no matter what (a lock on an ineligible or empty cell). */
  lockProblem: string | undefined;
}

function lockProblemOf(workspace: Workspace, plan: Plan, coop: Coop, locks: Map<string, number>) {
  for (const [key, amount] of locks) {
    const [streamId, costId, year] = key.split('|');
    const stream = workspace.fundingStreams.find((s) => s.id === streamId);
    const cost = plan.costs.find((c) => c.id === costId);
    const y = Number(year);
    const open = stream !== undefined && cost !== undefined && (cost.amounts[String(y)] ?? 0) > 0;
    const pays = stream !== undefined && stream.kind !== 'guarantee';
    if (amount > 0 && !(open && pays && eligible(stream, coop, cost.category, y))) {
      return `plan ${plan.id} locks ${key}, which is ineligible or has no cost`;
    }
  }
  return undefined;
}

/** Builds the direct model of blending `request.planIds` together. */
export function buildDirectModel(workspace: Workspace, request: BlendRequest): DirectModel {
  const b = new Builder();
  const U = CENTS_PER_UNIT;
  const factors: Factors = { of: (s) => request.streamFactors?.[s.id] ?? 1 };
  const coops = new Map(workspace.cooperatives.map((c) => [c.id, c]));
  const plans = request.planIds.map((id) => {
    const plan = workspace.plans.find((p) => p.id === id);
    if (plan === undefined) throw new Error(`unknown plan ${id}`);
    return plan;
  });
  const vars: Var[] = [];
  const cells: CellRef[] = [];
  const ownRevenue: OwnRevenueRef[] = [];
  /** Own revenue columns per plan and year, for the revenue and debt-service rows. */
  const revenueColumns = new Map<string, number[]>();
  let lockProblem: string | undefined;
  for (const plan of plans) {
    const coop = coops.get(plan.cooperativeId);
    if (coop === undefined) throw new Error(`unknown cooperative ${plan.cooperativeId}`);
    const locks = new Map<string, number>();
    for (const l of plan.locked) {
      const key = `${l.streamId}|${l.costId}|${l.year}`;
      locks.set(key, (locks.get(key) ?? 0) + l.amount);
    }
    lockProblem ??= lockProblemOf(workspace, plan, coop, locks);
    const last = plan.startYear + plan.years - 1;
    /** This plan's paying columns, for the own-revenue rows of their year. */
    const yearCells: Var[] = [];
    for (const cost of plan.costs) {
      for (const [yearKey, amount] of Object.entries(cost.amounts)) {
        const year = Number(yearKey);
        if (amount <= 0) continue;
        const cover: Var[] = [];
        for (const stream of workspace.fundingStreams) {
          if (stream.kind === 'guarantee' || !eligible(stream, coop, cost.category, year)) continue;
          if (refusedFor(plan, stream)) continue;
          const lock = locks.get(`${stream.id}|${cost.id}|${year}`);
          // A revolving fund can lend more than its own budget (returned money): its budget is a row.
          const budget = stream.revolving ? Infinity : budgetCents(stream, year, factors.of(stream));
          const upper = lock ?? Math.min(amount, budget);
          if (upper <= 0) continue;
          const column = b.addColumn(`x${b.columns.length}`, lock === undefined ? 0 : lock / U, upper / U);
          const v = { plan, coop, stream, costId: cost.id, year, column };
          vars.push(v);
          cover.push(v);
          cells.push({ planId: plan.id, streamId: stream.id, costId: cost.id, year, column });
        }
        b.addRow(sumTerms(cover), '<=', amount / U);
        yearCells.push(...cover);
      }
    }
    // Section 1: own revenue of a plan year may pay any of that year's cost lines.
    for (let year = plan.startYear; year <= last; year++) {
      const revenue = plan.revenues[String(year)] ?? 0;
      const costs = plan.costs
        .map((cost) => ({ costId: cost.id, amount: cost.amounts[String(year)] ?? 0 }))
        .filter((c) => c.amount > 0);
      if (revenue <= 0 || costs.length === 0) continue;
      const total = costs.reduce((sum, c) => sum + c.amount, 0);
      const column = b.addColumn(`o${b.columns.length}`, 0, Math.min(total, revenue) / U);
      ownRevenue.push({ planId: plan.id, year, column, costs });
      revenueColumns.set(`${plan.id}|${year}`, [column]);
      const outside = yearCells.filter((v) => v.year === year);
      b.addRow([...sumTerms(outside), { column, coefficient: 1 }], '<=', total / U);
    }
  }
  const relent = addBudgets(b, vars, factors);
  addPerPlan(b, vars, factors);
  const guarantees = addGuarantees(b, workspace, plans, vars, factors);
  addDeMinimis(b, workspace, vars, guarantees.aid);
  addDebtService(b, workspace, plans, vars, revenueColumns);
  lockProblem ??= addAwards(b, plans, workspace.fundingStreams, vars);
  return {
    columns: b.columns,
    rows: b.rows,
    cells,
    ownRevenue,
    guarantees: guarantees.refs,
    relent,
    lockProblem,
  };
}
