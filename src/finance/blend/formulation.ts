import { COST_CATEGORIES, type CostCategory } from '../../model/stream';
import { LpBuilder, type BoundSource } from './lp-builder';
import { LockedAmounts } from './locks';
import type { BlendProblem, PlanData, StreamData } from './problem';
import { streamFits } from './problem';
import { addSharedRows } from './formulation-shared';
import { addPlanRows } from './formulation-plan';

/** Penalty per cent of lock-forced slack: far above what any euro of funding is worth. */
export const LOCK_PENALTY = 1e6;

const CATEGORY_BIT = new Map<CostCategory, number>(COST_CATEGORIES.map((c, i) => [c, 1 << i]));

/** Euros of stream `streamIndex` paying plan `planIndex`'s costs of the categories in `mask` in `year`, on top of locks. */
export interface FundVar {
  col: number;
  planIndex: number;
  streamIndex: number;
  year: number;
  mask: number;
}

export interface Formulation {
  lp: LpBuilder;
  funds: FundVar[];
  binaries: { col: number; planIndex: number; streamIndex: number }[];
  slacks: { col: number; rule: 'minAward' | 'matching'; planIndex: number; streamIndex: number }[];
  locked: LockedAmounts;
  /** Cost still open after locks, per plan, line and year (cents). */
  freeLine: Map<string, number>;
  /** Open cost per plan, year and category (cents). */
  cells: Map<string, number>;
  /** Cells that no stream may pay (rule `eligibility`). */
  uncoverable: { planIndex: number; year: number; category: CostCategory; amount: number }[];
}

export const lineKey = (planIndex: number, costId: string, year: number) => `${planIndex}|${costId}|${year}`;
export const cellKey = (planIndex: number, year: number, category: CostCategory) =>
  `${planIndex}|${year}|${category}`;

export function categoriesOf(mask: number): CostCategory[] {
  return COST_CATEGORIES.filter((c) => (mask & CATEGORY_BIT.get(c)!) !== 0);
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
    for (const line of plan.lines) {
      const cost = line.amounts.get(year) ?? 0;
      const locked = f.locked.onLine(plan.index, line.id, year);
      const free = f.locked.remainder(cost, locked, { rule: 'cover', planIndex: plan.index, year });
      f.freeLine.set(lineKey(plan.index, line.id, year), free);
      if (free <= 0) continue;
      const k = cellKey(plan.index, year, line.category);
      f.cells.set(k, (f.cells.get(k) ?? 0) + free);
    }
    for (const category of COST_CATEGORIES) {
      const amount = f.cells.get(cellKey(plan.index, year, category)) ?? 0;
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
      let mask = 0;
      for (const category of COST_CATEGORIES) {
        if ((f.cells.get(cellKey(plan.index, year, category)) ?? 0) > 0 && streamFits(s, category, year)) {
          mask |= CATEGORY_BIT.get(category)!;
        }
      }
      if (mask === 0 || s.budgetIn(year) <= 0) continue;
      const { cap, source } = planStreamCap(plan, s);
      const room = cap - f.locked.ofPlanStream(plan.index, streamIndex);
      if (room <= 1e-9) continue;
      const col = f.lp.addColumn({
        lower: 0,
        upper: room,
        cost: 1,
        // Later plans in the priority order give way first when all else is equal.
        secondary: preferenceCost(s) + (1e-3 * plan.index) / nPlans,
        integer: false,
        boundSource: source,
      });
      f.funds.push({ col, planIndex: plan.index, streamIndex, year, mask });
    }
  }
}

/** Hall's condition per plan and year: what streams limited to categories K pay is at most the open cost of K. */
function addHallRows(plan: PlanData, f: Formulation, funds: FundVar[]) {
  for (const year of plan.years) {
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
      const cols = here.filter((v) => (v.mask & ~union) === 0).map((v) => v.col);
      const capacity = categoriesOf(union).reduce(
        (sum, c) => sum + (f.cells.get(cellKey(plan.index, year, c)) ?? 0),
        0,
      );
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
    addHallRows(plan, f, f.funds.slice(before));
  }
  for (const plan of problem.plans) addPlanRows(problem, plan, f);
  addSharedRows(problem, f);
  return f;
}
