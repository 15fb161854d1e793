import type { Sector } from '../../model/cooperative';
import type { CostCategory } from '../../model/stream';
import { yearKey } from './keys';
import { LpBuilder } from './lp-builder';
import { LockedAmounts } from './locks';
import type { BlendProblem, PlanData, StreamData } from './problem';
import { streamFits } from './problem';
import { addSharedRows } from './formulation-shared';
import { addPlanRows } from './formulation-plan';
import { addGuarantees } from './formulation-guarantee';
import { addHallRows, capacityOf } from './formulation-hall';
import { planStreamCap, planYearKey, type Cell, type Formulation } from './formulation-model';

// What formulate() returns; its parts import it from formulation-model.ts.
export type { Formulation } from './formulation-model';

/** The cells a stream may pay as a mask; built as a number when the cells fit in 30 bits. */
function payableCells(cells: readonly Cell[], pays: (cell: Cell) => boolean): bigint {
  if (cells.length <= 30) {
    let small = 0;
    cells.forEach((cell, i) => {
      if (pays(cell)) small |= 1 << i;
    });
    return BigInt(small);
  }
  let mask = 0n;
  cells.forEach((cell, i) => {
    if (pays(cell)) mask |= 1n << BigInt(i);
  });
  return mask;
}

/** Secondary preference per euro: cost of finance plus award risk (documented in docs/blend.md). */
export function preferenceCost(s: StreamData): number {
  // Own revenue comes before any outside money when the gap is the same.
  if (s.ownRevenue) return -1;
  const interest = s.debtFactors.reduce((sum, f) => sum + f.factor, 0) - (s.debtFactors.length > 0 ? 1 : 0);
  return Math.max(0, interest) + (1 - s.stream.awardProbability);
}

const NO_STREAMS: readonly number[] = [];

function openCells(problem: BlendProblem, plan: PlanData, f: Formulation) {
  for (const year of plan.years) {
    const byKey = new Map<string, Cell>();
    for (const line of plan.lines) {
      const cost = line.amounts.get(year) ?? 0;
      const locked = f.locked.onLine(line.slot, year);
      const free = f.locked.remainder(cost, locked, { rule: 'cover', planIndex: plan.index, year });
      f.freeLine.set(yearKey(line.slot, year), free);
      if (free <= 0) continue;
      const lockedBy =
        plan.locks.length === 0
          ? NO_STREAMS
          : plan.locks
              .filter((l) => l.costId === line.id && l.year === year)
              .map((l) => l.streamIndex)
              .sort((a, b) => a - b);
      const kind = `${line.category}/${line.sector}`;
      const key = lockedBy.length === 0 ? kind : `${kind}|${lockedBy.join(',')}`;
      const cell = byKey.get(key);
      if (cell === undefined) {
        byKey.set(key, {
          category: line.category,
          sector: line.sector,
          lineIds: [line.id],
          capacity: free,
          lockedBy: new Set(lockedBy),
        });
      } else {
        cell.lineIds.push(line.id);
        cell.capacity += free;
      }
    }
    const cells = [...byKey.values()];
    f.cells.set(planYearKey(plan.index, year), cells);
    // One entry per category and sector, in the order the lines first name them.
    const kinds = new Map<string, { category: CostCategory; sector: Sector; amount: number }>();
    for (const cell of cells) {
      const key = `${cell.category}/${cell.sector}`;
      const kind = kinds.get(key) ?? { category: cell.category, sector: cell.sector, amount: 0 };
      kind.amount += cell.capacity;
      kinds.set(key, kind);
    }
    for (const { category, sector, amount } of kinds.values()) {
      if (amount <= 0) continue;
      // Own revenue may pay anything; what it leaves of such a cost is settled after the solve.
      const anyStream = plan.streams.some(
        (s) =>
          s !== problem.ownRevenueIndex && streamFits(problem.streams[s]!, plan, { category, sector }, year),
      );
      if (!anyStream) f.uncoverable.push({ planIndex: plan.index, year, category, sector, amount });
    }
  }
}

function addFundVars(problem: BlendProblem, plan: PlanData, f: Formulation) {
  const nPlans = problem.plans.length;
  // Per stream, what the plan may still take from it (caps less locks), once for all years.
  const caps = plan.streams.map((streamIndex) => {
    const { cap, source } = planStreamCap(plan, problem.streams[streamIndex]!);
    return { room: cap - f.locked.ofPlanStream(plan.index, streamIndex), source };
  });
  for (const year of plan.years) {
    const cells = f.cells.get(planYearKey(plan.index, year)) ?? [];
    plan.streams.forEach((streamIndex, k) => {
      const s = problem.streams[streamIndex]!;
      const mask = payableCells(
        cells,
        (cell) => !cell.lockedBy.has(streamIndex) && streamFits(s, plan, cell, year),
      );
      const cap = caps[k]!;
      // Own revenue pays at most what the plan earns that year.
      const room = s.ownRevenue ? Math.min(cap.room, plan.revenueIn(year)) : cap.room;
      const source = s.ownRevenue ? null : cap.source;
      if (mask === 0n || room <= 1e-9 || s.budgetIn(year) <= 0) return;
      // Never more than the open cost it may pay that year: keeps every bound (and big-M) finite.
      const open = capacityOf(mask, cells);
      const col = f.lp.addColumn({
        lower: 0,
        upper: Math.min(room, open),
        cost: 1,
        // Later plans in the priority order give way first when all else is equal.
        secondary: preferenceCost(s) + (1e-3 * plan.index) / nPlans,
        integer: false,
        boundSource: room <= open ? source : null,
      });
      f.funds.push({ col, planIndex: plan.index, streamIndex, year, mask });
    });
  }
}

/** The reduced formulation: one variable per plan, stream and year; see docs/blend.md. */
export function formulate(
  problem: BlendProblem,
  awardMargins: ReadonlyMap<number, number> = new Map(),
): Formulation {
  const f: Formulation = {
    awardMargins,
    lp: new LpBuilder(),
    funds: [],
    fundsByPlan: [],
    binaries: [],
    slacks: [],
    guarantees: [],
    grants: [],
    relent: [],
    locked: new LockedAmounts(problem),
    freeLine: new Map(),
    cells: new Map(),
    uncoverable: [],
  };
  for (const plan of problem.plans) {
    openCells(problem, plan, f);
    const before = f.funds.length;
    addFundVars(problem, plan, f);
    f.fundsByPlan[plan.index] = f.funds.slice(before);
    addHallRows(plan, f, f.fundsByPlan[plan.index]!);
  }
  for (const plan of problem.plans) addPlanRows(problem, plan, f);
  addGuarantees(problem, f);
  addSharedRows(problem, f);
  return f;
}
