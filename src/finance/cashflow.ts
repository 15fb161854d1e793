import type { Allocation, OwnRevenueUse } from './blend/types';
import { dscrByYear, loanSchedule, type LoanYear } from './loans';
import { asCents, type Cents } from '../model/money';
import type { Plan } from '../model/plan';
import { PAYING_KINDS, payingKindOf, type FundingStream, type PayingKind } from '../model/stream';
import type { Workspace } from '../model/workspace';
import { amountInYear } from '../model/years';

/*
 * Cash flow of one plan under a blend. Conventions (a finance officer's reading of spec
 * sections 5-6):
 * - Every allocation is received in its own year, as an inflow of its stream's kind:
 *   grant, loan (the draw), equity (member or investor shares, never repaid here),
 *   procurement (contract income for the work the cost line pays) and in-kind.
 * - In-kind counts as an inflow that pays its cost line: the cost stays in `costs`, so
 *   donated goods or hours net to zero instead of looking like a cash shortfall.
 * - Unfunded costs (the gap) are simply not matched by an inflow; the low point of the
 *   cumulative cash shows how much bridging money the plan would need.
 * - Revenue is the plan's schedule inside its years; after its last year the last
 *   year's revenue continues (spec rule 7), so loan years after the plan are covered.
 * - Net cash = inflows + revenue - costs - debt service (interest + principal).
 * - Own revenue used (the blend's `ownRevenue`) is revenue that pays the plan's costs: it
 *   changes no cash, but it is not available for debt service.
 * - DSCR = (revenue - own revenue used) / debt service: the cash flow available for debt
 *   service over interest and principal, only in years with debt service (as a lender does).
 */

export type InflowsByKind = Record<PayingKind, Cents>;

export interface CashFlowYear {
  year: number;
  costs: Cents;
  /** Allocations received this year by stream kind; `loan` holds the draws. */
  inflows: InflowsByKind;
  totalInflows: Cents;
  revenue: Cents;
  /** Revenue that pays the plan's costs this year (eigen inkomsten). */
  ownRevenue: Cents;
  interest: Cents;
  principal: Cents;
  debtService: Cents;
  /** totalInflows + revenue - costs - debtService. */
  net: Cents;
  /** Running sum of `net` from the first year. */
  cumulative: Cents;
  /** (revenue - ownRevenue) / debtService; null in a year without debt service. */
  dscr: number | null;
}

/** One draw: all allocations of one loan stream in one year, scheduled together. */
export interface LoanDraw {
  streamId: string;
  year: number;
  amount: Cents;
  schedule: LoanYear[];
}

export interface PlanCashFlow {
  planId: string;
  firstYear: number;
  lastYear: number;
  years: CashFlowYear[];
  loans: LoanDraw[];
  /** The year with the lowest cumulative cash (the earliest one on a tie) and that value. */
  lowPoint: { year: number; cumulative: Cents };
  /** Lowest DSCR over the years with debt service (earliest on a tie); null without debt. */
  minDscr: number | null;
  minDscrYear: number | null;
}

/** The stream an allocation names; a blend never names an unknown stream, so this is a bug. */
export function streamById(workspace: Workspace, streamId: string): FundingStream {
  const stream = workspace.fundingStreams.find((s) => s.id === streamId);
  if (stream === undefined) throw new Error(`Unknown funding stream "${streamId}"`);
  return stream;
}

/** The plan's own last calendar year (`startYear + years - 1`). */
export function planLastYear(plan: Plan): number {
  return plan.startYear + plan.years - 1;
}

/**
 * Revenue of the plan in a year: its schedule inside the plan, the last plan year's
 * revenue after it (spec rule 7), nothing before the start.
 */
export function planRevenueIn(plan: Plan, year: number): Cents {
  if (year < plan.startYear) return asCents(0);
  return amountInYear(plan.revenues, Math.min(year, planLastYear(plan)));
}

/** Own revenue the plan uses per year; uses of other plans are ignored. */
export function ownRevenueByYear(plan: Plan, ownRevenue: readonly OwnRevenueUse[]): Map<number, number> {
  const out = new Map<number, number>();
  for (const u of ownRevenue) if (u.planId === plan.id) out.set(u.year, (out.get(u.year) ?? 0) + u.amount);
  return out;
}

/** The allocations that belong to the plan; callers may pass a whole blend's list. */
export function allocationsOf(plan: Plan, allocations: readonly Allocation[]): Allocation[] {
  return allocations.filter((a) => a.planId === plan.id);
}

/**
 * Loan allocations summed per stream and draw year, then scheduled. Summing first keeps
 * rounding per draw, as a lender would issue one loan for a year's total, and makes the
 * schedule independent of how the blend split the draw over cost lines.
 */
export function planLoanDraws(workspace: Workspace, allocations: readonly Allocation[]): LoanDraw[] {
  const totals = new Map<string, { streamId: string; year: number; amount: number }>();
  for (const a of allocations) {
    const stream = streamById(workspace, a.streamId);
    if (stream.kind !== 'loan' || a.amount === 0) continue;
    const key = `${a.streamId}\u0000${a.year}`;
    const entry = totals.get(key) ?? { streamId: a.streamId, year: a.year, amount: 0 };
    entry.amount += a.amount;
    totals.set(key, entry);
  }
  const draws: LoanDraw[] = [];
  for (const { streamId, year, amount } of totals.values()) {
    const terms = streamById(workspace, streamId).loan;
    // The schema requires terms on every loan stream; missing terms mean a corrupt model.
    if (terms === undefined) throw new Error(`Loan stream "${streamId}" has no loan terms`);
    const cents = asCents(amount);
    draws.push({ streamId, year, amount: cents, schedule: loanSchedule(cents, year, terms) });
  }
  // Stable order for reports and tests: by year, then stream id.
  return draws.sort((x, y) => x.year - y.year || (x.streamId < y.streamId ? -1 : 1));
}

function zeroInflows(): Record<PayingKind, number> {
  const out = {} as Record<PayingKind, number>;
  for (const kind of PAYING_KINDS) out[kind] = 0;
  return out;
}

function add(map: Map<number, number>, year: number, value: number): void {
  map.set(year, (map.get(year) ?? 0) + value);
}

/** Per-year totals gathered before the rows are built. */
interface YearTotals {
  costs: Map<number, number>;
  inflows: Map<number, Record<PayingKind, number>>;
  interest: Map<number, number>;
  principal: Map<number, number>;
}

function gatherTotals(
  workspace: Workspace,
  plan: Plan,
  own: readonly Allocation[],
  loans: LoanDraw[],
): YearTotals {
  const totals: YearTotals = {
    costs: new Map(),
    inflows: new Map(),
    interest: new Map(),
    principal: new Map(),
  };
  for (const cost of plan.costs) {
    for (const [key, amount] of Object.entries(cost.amounts)) add(totals.costs, Number(key), amount);
  }
  for (const a of own) {
    const kind = payingKindOf(streamById(workspace, a.streamId));
    const row = totals.inflows.get(a.year) ?? zeroInflows();
    row[kind] += a.amount;
    totals.inflows.set(a.year, row);
  }
  for (const draw of loans) {
    for (const row of draw.schedule) {
      add(totals.interest, row.year, row.interest);
      add(totals.principal, row.year, row.principal);
    }
  }
  return totals;
}

/**
 * The plan's cash flow per year, from its start year to the last year in which
 * anything falls (plan years, allocations and loan repayments). Allocations of other
 * plans are ignored, so a whole blend result may be passed.
 */
export function planCashFlow(
  workspace: Workspace,
  plan: Plan,
  allocations: readonly Allocation[],
  ownRevenue: readonly OwnRevenueUse[] = [],
): PlanCashFlow {
  const usedByYear = ownRevenueByYear(plan, ownRevenue);
  const own = allocationsOf(plan, allocations);
  const loans = planLoanDraws(workspace, own);
  const totals = gatherTotals(workspace, plan, own, loans);

  const touched = [...totals.costs.keys(), ...totals.inflows.keys(), ...totals.interest.keys()];
  // A valid blend never allocates before the start; if one does, widen rather than drop money.
  const firstYear = Math.min(plan.startYear, ...touched);
  const lastYear = Math.max(planLastYear(plan), ...touched);

  const debtService = new Map<number, Cents>();
  for (let year = firstYear; year <= lastYear; year++) {
    debtService.set(year, asCents((totals.interest.get(year) ?? 0) + (totals.principal.get(year) ?? 0)));
  }
  const dscr = dscrByYear(debtService, (year) =>
    asCents(planRevenueIn(plan, year) - (usedByYear.get(year) ?? 0)),
  );

  const years: CashFlowYear[] = [];
  let cumulative = 0;
  let lowPoint = { year: firstYear, cumulative: asCents(0) };
  let minDscr: number | null = null;
  let minDscrYear: number | null = null;
  for (let year = firstYear; year <= lastYear; year++) {
    const raw = totals.inflows.get(year) ?? zeroInflows();
    const inflows = {} as InflowsByKind;
    let totalInflows = 0;
    for (const kind of PAYING_KINDS) {
      inflows[kind] = asCents(raw[kind]);
      totalInflows += raw[kind];
    }
    const costs = totals.costs.get(year) ?? 0;
    const revenue = planRevenueIn(plan, year);
    const interest = totals.interest.get(year) ?? 0;
    const principal = totals.principal.get(year) ?? 0;
    const service = interest + principal;
    const net = totalInflows + revenue - costs - service;
    cumulative += net;
    const ratio = dscr.get(year) ?? null;
    years.push({
      year,
      costs: asCents(costs),
      inflows,
      totalInflows: asCents(totalInflows),
      revenue,
      ownRevenue: asCents(usedByYear.get(year) ?? 0),
      interest: asCents(interest),
      principal: asCents(principal),
      debtService: asCents(service),
      net: asCents(net),
      cumulative: asCents(cumulative),
      dscr: ratio,
    });
    if (year === firstYear || cumulative < lowPoint.cumulative) {
      lowPoint = { year, cumulative: asCents(cumulative) };
    }
    if (ratio !== null && (minDscr === null || ratio < minDscr)) {
      minDscr = ratio;
      minDscrYear = year;
    }
  }
  return { planId: plan.id, firstYear, lastYear, years, loans, lowPoint, minDscr, minDscrYear };
}
