import type { Sector } from '../../model/cooperative';
import type { CostCategory } from '../../model/stream';
import { yearKey } from './keys';
import { LpBuilder, type BoundSource } from './lp-builder';
import { LockedAmounts } from './locks';
import type { BlendProblem, PlanData, StreamData } from './problem';
import { streamFits } from './problem';
import { addSharedRows } from './formulation-shared';
import { addPlanRows } from './formulation-plan';
import { addGuarantees, type GuaranteeVar } from './formulation-guarantee';
import { addHallRows, capacityOf } from './formulation-hall';
import type { GrantSlack } from './formulation-award';

export { cellsOf } from './formulation-hall';

/** Penalty per cent of lock-forced slack: far above what any euro of funding is worth. */
export const LOCK_PENALTY = 1e6;

/**
 * A slack column that lets locked amounts break a rule instead of making the LP
 * infeasible, recorded so the blend can report the break. `penalty` orders the rules
 * locks may break when several could give way (LOCK_PENALTY or a fraction of it).
 */
export function addLockSlack(
  f: Formulation,
  penalty: number,
  slack: Omit<Formulation['slacks'][number], 'col'>,
): number {
  const col = f.lp.addColumn({
    lower: 0,
    upper: Infinity,
    cost: -penalty,
    secondary: 0,
    integer: false,
    boundSource: null,
  });
  f.slacks.push({ col, ...slack });
  return col;
}

/**
 * Open cost lines of one plan and year that the same streams may pay: lines of one
 * category and sector (the line's own or the cooperative's), split off where a stream
 * has locked an amount on a line (it may put no more there, spec rule 8).
 */
export interface Cell {
  category: CostCategory;
  sector: Sector;
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
  /**
   * The award choices; `linkCap` is the rule whose limit the link row states once the stream
   * gives (a cap), or null when the row only repeats the columns' own bounds.
   */
  binaries: {
    col: number;
    planIndex: number;
    streamIndex: number;
    linkCap: 'maxPerPlan' | 'maxShareOfPlan' | null;
    /** What the optimiser asks of the award when it gives: its minimum plus a rounding margin. */
    minimum: number;
  }[];
  slacks: {
    col: number;
    rule: 'minAward' | 'matching' | 'budget' | 'guarantee';
    planIndex?: number;
    streamIndex: number;
    year?: number;
    /** Needed for the LP only: its use is reported under another year's slack. */
    silent?: boolean;
  }[];
  /**
   * Cents asked of an award beyond its minimum, by `pairKey(plan, stream)`: set when
   * rounding to cents could not keep an award the optimum gives at exactly its minimum
   * (blend.ts solves once more with them).
   */
  awardMargins: ReadonlyMap<number, number>;
  /** Guarantees backing loan draws (formulation-guarantee.ts). */
  guarantees: GuaranteeVar[];
  /** Shortfall columns of granted awards (formulation-award.ts): bounded like `slacks` in phase 2. */
  grants: GrantSlack[];
  /** Returned money of a revolving fund lent again, per stream and year (see formulation-shared.ts). */
  relent: { col: number; streamIndex: number; year: number }[];
  locked: LockedAmounts;
  /** Cost still open after locks, per line and year (key `lineKey`, cents). */
  freeLine: Map<number, number>;
  /** Cells per plan and year (key `planYearKey`). */
  cells: Map<number, Cell[]>;
  /** Cells that no stream may pay (rule `eligibility`). */
  uncoverable: { planIndex: number; year: number; category: CostCategory; sector: Sector; amount: number }[];
}

/** Key of a cost line of `plan` in `year`; locks and amounts only ever name the plan's own lines. */
export const lineKey = (plan: PlanData, costId: string, year: number) =>
  yearKey(plan.lineSlots.get(costId)!, year);
export const planYearKey = (planIndex: number, year: number) => yearKey(planIndex, year);

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

/**
 * Per plan and stream: the share and per-plan caps in cents (Infinity when none), and a
 * granted award's amount, which the stream never goes beyond (its limit is the award's,
 * explained with the award, so no rule is named as its source).
 */
export function planStreamCap(plan: PlanData, s: StreamData): { cap: number; source: BoundSource } {
  const rule = ruleCapOf(plan, s);
  const granted = plan.awards.granted.get(s.index);
  return granted !== undefined && granted < rule.cap ? { cap: granted, source: null } : rule;
}

/** The share and per-plan caps alone, without a granted award. */
export function ruleCapOf(plan: PlanData, s: StreamData): { cap: number; source: BoundSource } {
  const share = s.stream.maxShareOfPlan === undefined ? Infinity : s.stream.maxShareOfPlan * plan.totalCost;
  return share < s.maxPerPlan
    ? { cap: share, source: { rule: 'maxShareOfPlan' } }
    : { cap: s.maxPerPlan, source: s.maxPerPlan === Infinity ? null : { rule: 'maxPerPlan' } };
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
