import { COST_CATEGORIES, type CostCategory } from '../../model/stream';
import { LpBuilder, type BoundSource } from './lp-builder';
import { LockedAmounts } from './locks';
import type { BlendProblem, PlanData, StreamData } from './problem';
import { streamFits } from './problem';
import { addSharedRows } from './formulation-shared';
import { addPlanRows } from './formulation-plan';

/** Penalty per cent of lock-forced slack: far above what any euro of funding is worth. */
export const LOCK_PENALTY = 1e6;

/**
 * Open cost lines of one plan and year that the same streams may pay: lines of one
 * category, split off where a stream has locked an amount on a line (it may put no
 * more there, spec rule 8).
 */
export interface Cell {
  category: CostCategory;
  lineIds: string[];
  /** Open cost (after locks), cents. */
  capacity: number;
  /** Streams that locked an amount on these lines. */
  lockedBy: ReadonlySet<number>;
}

/** Euros of stream `streamIndex` paying plan `planIndex`'s cells in `mask` in `year`, on top of locks. */
export interface FundVar {
  col: number;
  planIndex: number;
  streamIndex: number;
  year: number;
  /** Bit i set: the stream may pay cell i of this plan and year. */
  mask: bigint;
}

export interface Formulation {
  lp: LpBuilder;
  funds: FundVar[];
  /** The same variables per plan index, so per-plan work never scans the whole portfolio. */
  fundsByPlan: FundVar[][];
  binaries: { col: number; planIndex: number; streamIndex: number }[];
  slacks: { col: number; rule: 'minAward' | 'matching'; planIndex: number; streamIndex: number }[];
  locked: LockedAmounts;
  /** Cost still open after locks, per plan, line and year (cents). */
  freeLine: Map<string, number>;
  /** Cells per plan and year (key `plan|year`). */
  cells: Map<string, Cell[]>;
  /** Cells that no stream may pay (rule `eligibility`). */
  uncoverable: { planIndex: number; year: number; category: CostCategory; amount: number }[];
}

export const lineKey = (planIndex: number, costId: string, year: number) => `${planIndex}|${costId}|${year}`;
export const planYearKey = (planIndex: number, year: number) => `${planIndex}|${year}`;

export function cellsOf(mask: bigint, cells: readonly Cell[]): number[] {
  const out: number[] = [];
  cells.forEach((_, i) => {
    if ((mask >> BigInt(i)) & 1n) out.push(i);
  });
  return out;
}

function capacityOf(mask: bigint, cells: readonly Cell[]): number {
  return cellsOf(mask, cells).reduce((sum, i) => sum + cells[i]!.capacity, 0);
}

/** Secondary preference per euro: cost of finance plus award risk (documented in docs/blend.md). */
export function preferenceCost(s: StreamData): number {
  const interest = s.debtFactors.reduce((sum, f) => sum + f.factor, 0) - (s.debtFactors.length > 0 ? 1 : 0);
  return Math.max(0, interest) + (1 - s.stream.awardProbability);
}

/** Per plan and stream: the share and per-plan caps in cents (Infinity when none). */
export function planStreamCap(plan: PlanData, s: StreamData): { cap: number; source: BoundSource } {
  const share = s.stream.maxShareOfPlan === undefined ? Infinity : s.stream.maxShareOfPlan * plan.totalCost;
  return share < s.maxPerPlan
    ? { cap: share, source: { rule: 'maxShareOfPlan' } }
    : { cap: s.maxPerPlan, source: s.maxPerPlan === Infinity ? null : { rule: 'maxPerPlan' } };
}

function openCells(problem: BlendProblem, plan: PlanData, f: Formulation) {
  for (const year of plan.years) {
    const byKey = new Map<string, Cell>();
    for (const line of plan.lines) {
      const cost = line.amounts.get(year) ?? 0;
      const locked = f.locked.onLine(plan.index, line.id, year);
      const free = f.locked.remainder(cost, locked, { rule: 'cover', planIndex: plan.index, year });
      f.freeLine.set(lineKey(plan.index, line.id, year), free);
      if (free <= 0) continue;
      const lockedBy = plan.locks
        .filter((l) => l.costId === line.id && l.year === year)
        .map((l) => l.streamIndex)
        .sort((a, b) => a - b);
      const key = `${line.category}|${lockedBy.join(',')}`;
      const cell = byKey.get(key);
      if (cell === undefined) {
        byKey.set(key, {
          category: line.category,
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
    for (const category of COST_CATEGORIES) {
      const amount = cells.filter((c) => c.category === category).reduce((sum, c) => sum + c.capacity, 0);
      if (amount <= 0) continue;
      const anyStream = plan.streams.some((s) => streamFits(problem.streams[s]!, category, year));
      if (!anyStream) f.uncoverable.push({ planIndex: plan.index, year, category, amount });
    }
  }
}

function addFundVars(problem: BlendProblem, plan: PlanData, f: Formulation) {
  const nPlans = problem.plans.length;
  for (const year of plan.years) {
    for (const streamIndex of plan.streams) {
      const s = problem.streams[streamIndex]!;
      const cells = f.cells.get(planYearKey(plan.index, year)) ?? [];
      let mask = 0n;
      cells.forEach((cell, i) => {
        if (!cell.lockedBy.has(streamIndex) && streamFits(s, cell.category, year)) mask |= 1n << BigInt(i);
      });
      if (mask === 0n || s.budgetIn(year) <= 0) continue;
      const { cap, source } = planStreamCap(plan, s);
      const room = cap - f.locked.ofPlanStream(plan.index, streamIndex);
      if (room <= 1e-9) continue;
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
    }
  }
}

/** Hall's condition per plan and year: what streams limited to categories K pay is at most the open cost of K. */
function addHallRows(plan: PlanData, f: Formulation, funds: FundVar[]) {
  for (const year of plan.years) {
    const cells = f.cells.get(planYearKey(plan.index, year)) ?? [];
    const here = funds.filter((v) => v.year === year);
    if (here.length === 0) continue;
    const masks = new Set(here.map((v) => v.mask));
    const unions = new Set(masks);
    for (let grew = true; grew;) {
      grew = false;
      for (const a of [...unions]) {
        for (const b of masks) {
          const u = a | b;
          if (!unions.has(u)) {
            unions.add(u);
            grew = true;
          }
        }
      }
    }
    const rows = new Map<string, { cols: number[]; capacity: number }>();
    for (const union of unions) {
      const cols = here.filter((v) => (v.mask & ~union) === 0n).map((v) => v.col);
      const capacity = capacityOf(union, cells);
      const upperSum = cols.reduce((sum, c) => sum + f.lp.columns[c]!.upper, 0);
      if (upperSum <= capacity) continue;
      const id = cols.join(',');
      const seen = rows.get(id);
      if (seen === undefined || capacity < seen.capacity) rows.set(id, { cols, capacity });
    }
    for (const { cols, capacity } of rows.values()) {
      f.lp.addRow(
        cols.map((c) => [c, 1] as const),
        -Infinity,
        capacity,
        { rule: 'hall', planIndex: plan.index, year },
      );
    }
  }
}

/** The reduced formulation: one variable per plan, stream and year; see docs/blend.md. */
export function formulate(problem: BlendProblem): Formulation {
  const f: Formulation = {
    lp: new LpBuilder(),
    funds: [],
    fundsByPlan: [],
    binaries: [],
    slacks: [],
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
  addSharedRows(problem, f);
  return f;
}
