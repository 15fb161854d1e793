// The formulation's data and the small helpers every part of it uses. Its own module so
// that formulation.ts (which builds the LP) and formulation-*.ts (which add its rows)
// import it instead of each other.
import type { Sector } from '../../model/cooperative';
import type { CostCategory } from '../../model/stream';
import { yearKey } from './keys';
import type { BoundSource, LpBuilder } from './lp-builder';
import type { LockedAmounts } from './locks';
import type { PlanData, StreamData } from './problem';

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
   * (blend.ts solves once more with them). `WITHDRAWN_AWARD` (Infinity) keeps the stream
   * out of the plan: rounding withdrew the award whole, and the blend is solved once more
   * without it so that its explanations come from the blend the table shows.
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

/** The part of plan `planIndex`'s draw from loan `loanIndex` in `year` that guarantee `streamIndex` backs. */
export interface GuaranteeVar {
  col: number;
  planIndex: number;
  streamIndex: number;
  loanIndex: number;
  year: number;
}

/** The shortfall column of one plan's granted award of one stream. */
export interface GrantSlack {
  col: number;
  planIndex: number;
  streamIndex: number;
}

/** Key of a cost line of `plan` in `year`; locks and amounts only ever name the plan's own lines. */
export const lineKey = (plan: PlanData, costId: string, year: number) =>
  yearKey(plan.lineSlots.get(costId)!, year);
export const planYearKey = (planIndex: number, year: number) => yearKey(planIndex, year);

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

/** An award margin that keeps the stream out of the plan (see `Formulation.awardMargins`). */
export const WITHDRAWN_AWARD = Infinity;
