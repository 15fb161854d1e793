// The facts the blend checker needs about a workspace, computed here rather than
// imported from the optimiser's files so that the checker stays an independent
// reading of the spec (section 6 and the decided semantics).
import type { Workspace } from '../../../src/model/workspace';
// The spec's eligibility is production code (the stream picker runs it): shared, not copied.
export { isEligible } from '../../../src/finance/blend/eligibility';
import type { BlendRequest, BlendRule } from '../../../src/finance/blend/types';

export type CheckPlan = Workspace['plans'][number];
export type CheckStream = Workspace['fundingStreams'][number];
export type CheckCooperative = Workspace['cooperatives'][number];
export type CheckCostLine = CheckPlan['costs'][number];

/** Where a rule is broken; every field is optional because each rule has its own place. */
export interface Place {
  planId?: string;
  streamId?: string;
  costId?: string;
  cooperativeId?: string;
  year?: number;
}

/**
 * One (plan, stream, cost line, year) cell: what the result allocates there and what
 * the plan locks there. Cells exist for every allocation and every locked amount.
 */
export interface Cell {
  plan: CheckPlan;
  cooperative: CheckCooperative | undefined;
  stream: CheckStream;
  cost: CheckCostLine;
  year: number;
  amount: number;
  locked: number;
  /** True when the plan locks an amount (possibly 0) in this cell. */
  hasLock: boolean;
}

/** One thing wrong with a blend result. */
export interface Violation extends Place {
  /** `ownRevenue`: a plan uses more own revenue in a year than it earns (blend-semantics section 1). */
  rule: BlendRule | 'locked' | 'shape' | 'totals' | 'ownRevenue' | 'award';
  message: string;
  /** Cents over the limit, where the rule has one. */
  excess?: number;
}

export interface CheckContext {
  workspace: Workspace;
  /** Requested plans that exist, in request order, without repeats. */
  plans: CheckPlan[];
  streams: Map<string, CheckStream>;
  cooperatives: Map<string, CheckCooperative>;
  factors: Readonly<Record<string, number>>;
  tolerance: number;
  /** Whether reported amounts must be whole cents (CheckOptions.wholeCents). */
  wholeCents: boolean;
}

/** Own revenue of a plan year paying one of its cost lines, as the result reports it. */
export interface OwnUse {
  plan: CheckPlan;
  cost: CheckCostLine;
  year: number;
  amount: number;
}

/** A guarantee backing a plan's loan draw, as the result reports it. */
export interface GuaranteeCell {
  plan: CheckPlan;
  cooperative: CheckCooperative | undefined;
  guarantee: CheckStream;
  loan: CheckStream;
  year: number;
  amount: number;
}

/** What the result reports besides allocations, gathered and shape-checked. */
export interface Extras {
  own: OwnUse[];
  guarantees: GuaranteeCell[];
}

export function buildContext(
  workspace: Workspace,
  request: BlendRequest,
  tolerance: number,
  wholeCents = true,
): CheckContext {
  const byId = new Map(workspace.plans.map((p) => [p.id, p]));
  const plans: CheckPlan[] = [];
  const seen = new Set<string>();
  for (const id of request.planIds) {
    const plan = byId.get(id);
    if (plan !== undefined && !seen.has(id)) plans.push(plan);
    seen.add(id);
  }
  return {
    workspace,
    plans,
    streams: new Map(workspace.fundingStreams.map((s) => [s.id, s])),
    cooperatives: new Map(workspace.cooperatives.map((c) => [c.id, c])),
    factors: request.streamFactors ?? {},
    tolerance,
    wholeCents,
  };
}

/**
 * Rounds half away from zero. A product such as 1234.5 * 1.1 should be 1357.95 on paper
 * but lands a hair below in binary; the tiny relative nudge lets the paper value win.
 */
export function roundHalfAwayFromZero(value: number): number {
  const magnitude = Math.abs(value);
  const rounded = Math.floor(magnitude + 0.5 + Math.max(1e-9, magnitude * 1e-12));
  return value < 0 ? -rounded : rounded;
}

export function factorOf(ctx: CheckContext, streamId: string): number {
  return ctx.factors[streamId] ?? 1;
}

/** Effective budget of a stream in a year in cents, or undefined when unlimited. */
export function effectiveBudget(ctx: CheckContext, stream: CheckStream, year: number): number | undefined {
  const budget = stream.budgetPerYear;
  if (budget === undefined) return undefined;
  const base = typeof budget === 'number' ? budget : (budget[String(year)] ?? 0);
  return roundHalfAwayFromZero(base * factorOf(ctx, stream.id));
}

export function effectiveMaxPerPlan(ctx: CheckContext, stream: CheckStream): number | undefined {
  if (stream.maxPerPlan === undefined) return undefined;
  return roundHalfAwayFromZero(stream.maxPerPlan * factorOf(ctx, stream.id));
}

/** Sector and stage: whether a stream (a guarantee, say) is open to the cooperative at all. */
export function isAvailable(stream: CheckStream, cooperative: CheckCooperative | undefined): boolean {
  const rules = stream.eligible;
  if (
    rules?.sectors !== undefined &&
    (cooperative === undefined || !rules.sectors.includes(cooperative.sector))
  )
    return false;
  return (
    rules?.stages === undefined || (cooperative !== undefined && rules.stages.includes(cooperative.stage))
  );
}

/** Whether an amount is as the options require: finite and positive, whole cents if asked. */
export function wellFormedAmount(ctx: CheckContext, amount: unknown): boolean {
  if (typeof amount !== 'number') return false;
  const ok = ctx.wholeCents ? Number.isSafeInteger(amount) : Number.isFinite(amount);
  return ok && amount > 0;
}

/** The last year of any blended plan: revolving funds are reported up to it. */
export function lastPlanYear(ctx: CheckContext): number {
  return Math.max(...ctx.plans.map((p) => p.startYear + p.years - 1));
}

export function costIn(cost: CheckCostLine, year: number): number {
  return cost.amounts[String(year)] ?? 0;
}

export function planTotalCost(plan: CheckPlan): number {
  let total = 0;
  for (const cost of plan.costs) for (const amount of Object.values(cost.amounts)) total += amount;
  return total;
}

/** Revenue in a year; after the plan's last year it stays at the last year's revenue. */
export function revenueAt(plan: CheckPlan, year: number): number {
  const last = plan.startYear + plan.years - 1;
  return plan.revenues[String(Math.min(year, last))] ?? 0;
}

/** Money in cents as a finance officer reads it: "EUR 1,234.56". */
export function euros(cents: number): string {
  const value = cents / 100;
  return `EUR ${value.toLocaleString('en-GB', { minimumFractionDigits: 2, maximumFractionDigits: 2 })}`;
}

export function cellKey(planId: string, streamId: string, costId: string, year: number): string {
  return `${planId}\u0000${streamId}\u0000${costId}\u0000${year}`;
}

/** Groups cells by a key and sums their allocated and locked amounts. */
export function sumBy<K>(cells: readonly Cell[], keyOf: (cell: Cell) => K | undefined): Map<K, Sums> {
  const out = new Map<K, Sums>();
  for (const cell of cells) {
    const key = keyOf(cell);
    if (key === undefined) continue;
    const sums = out.get(key) ?? { amount: 0, locked: 0, first: cell };
    sums.amount += cell.amount;
    sums.locked += cell.locked;
    out.set(key, sums);
  }
  return out;
}

export interface Sums {
  amount: number;
  locked: number;
  /** A representative cell of the group, for ids and names. */
  first: Cell;
}
