import type { Allocation, OwnRevenueUse } from '../blend/types';
import { allocationsOf, streamById } from '../cashflow';
import { awardProbabilityFor } from '../../model/award';
import { asCents, type Cents } from '../../model/money';
import type { Plan } from '../../model/plan';
import { PAYING_KINDS, payingKindOf, type FundingStream, type PayingKind } from '../../model/stream';
import type { Workspace } from '../../model/workspace';
import { ratioOrNull, roundToCents } from './rounding';

/**
 * Market reference rate for the concessional test of loans: 5 % a year. Illustrative,
 * not a sourced market figure; it is a parameter so an officer can set the rate a
 * commercial bank actually offers cooperatives of this kind.
 */
export const DEFAULT_MARKET_RATE = 0.05;

/** How money is split and weighed; every figure is in cents, every share a number. */
export interface FundingMix {
  totalCost: Cents;
  /** Sum of the allocations (spec rule 1: sum x). */
  /** Outside money: the allocations of funding streams. */
  funded: Cents;
  /** The plans' own revenue that pays their costs (eigen inkomsten). */
  ownRevenue: Cents;
  /** max(0, totalCost - funded - ownRevenue), per plan; a portfolio's gap is the sum of its plans' gaps. */
  gap: Cents;
  /**
   * Allocations beyond the cost (only when locked amounts break the cover rule), so
   * that funded + gap - overfunded = totalCost always holds.
   */
  overfunded: Cents;
  /** (totalCost - gap) / totalCost, 1 when there are no costs (as `PlanBlend`). */
  fundedShare: number;
  byKind: Record<PayingKind, Cents>;
  /** Euros from streams with `public: true`, of any kind. */
  publicFunding: Cents;
  privateFunding: Cents;
  /** publicFunding / funded; null when nothing is funded. */
  publicShare: number | null;
  /** Non-public euros per public euro; null when there are no public euros. */
  mobilisationRatio: number | null;
  /** See `isConcessional`. */
  concessional: Cents;
  marketRate: Cents;
  /** Distinct silos of the streams with a positive allocation, sorted. */
  silos: string[];
  siloCount: number;
  /**
   * Sum of amount x awardProbability. Locked amounts are weighed too: a lock fixes the
   * amount asked for, the funder may still say no (spec section 7 draws every award). A
   * granted or settled award of the plan counts as certain.
   */
  expectedFunding: Cents;
}

/**
 * Concessional capital: grants (public or from a foundation), in-kind contributions (free
 * by nature) and loans whose rate is below the market reference rate, whoever lends.
 * Everything else (equity, procurement, loans at or above the reference) is counted as
 * market-rate. A strict "below" keeps a loan priced at the reference on the market side.
 */
export function isConcessional(stream: FundingStream, marketRate: number = DEFAULT_MARKET_RATE): boolean {
  switch (stream.kind) {
    // Grants are concessional whoever gives them (blended-finance convention: a
    // foundation grant is as concessional as a municipal one).
    case 'grant':
    case 'in-kind':
      return true;
    case 'loan':
      return stream.loan !== undefined && stream.loan.rate < marketRate;
    default:
      return false;
  }
}

/** Cents summed as plain numbers while adding up, turned into `Cents` once at the end. */
interface MixTotals {
  totalCost: number;
  funded: number;
  ownRevenue: number;
  gap: number;
  overfunded: number;
  byKind: Record<PayingKind, number>;
  publicFunding: number;
  concessional: number;
  silos: Set<string>;
  expectedFunding: number;
}

function emptyTotals(): MixTotals {
  const byKind = {} as Record<PayingKind, number>;
  for (const kind of PAYING_KINDS) byKind[kind] = 0;
  return {
    totalCost: 0,
    funded: 0,
    ownRevenue: 0,
    gap: 0,
    overfunded: 0,
    byKind,
    publicFunding: 0,
    concessional: 0,
    silos: new Set(),
    expectedFunding: 0,
  };
}

function finish(t: MixTotals): FundingMix {
  const byKind = {} as Record<PayingKind, Cents>;
  for (const kind of PAYING_KINDS) byKind[kind] = asCents(t.byKind[kind]);
  const privateFunding = t.funded - t.publicFunding;
  const silos = [...t.silos].sort();
  return {
    totalCost: asCents(t.totalCost),
    funded: asCents(t.funded),
    ownRevenue: asCents(t.ownRevenue),
    gap: asCents(t.gap),
    overfunded: asCents(t.overfunded),
    fundedShare: t.totalCost === 0 ? 1 : (t.totalCost - t.gap) / t.totalCost,
    byKind,
    publicFunding: asCents(t.publicFunding),
    privateFunding: asCents(privateFunding),
    publicShare: ratioOrNull(t.publicFunding, t.funded),
    mobilisationRatio: ratioOrNull(privateFunding, t.publicFunding),
    concessional: asCents(t.concessional),
    marketRate: asCents(t.funded - t.concessional),
    silos,
    siloCount: silos.length,
    expectedFunding: asCents(t.expectedFunding),
  };
}

/** The plan's total cost: every cost line in every year. */
export function planTotalCost(plan: Plan): Cents {
  let total = 0;
  for (const cost of plan.costs) for (const amount of Object.values(cost.amounts)) total += amount;
  return asCents(total);
}

function planTotals(
  workspace: Workspace,
  plan: Plan,
  allocations: readonly Allocation[],
  marketRate: number,
  ownRevenue: readonly OwnRevenueUse[],
): MixTotals {
  const t = emptyTotals();
  t.totalCost = planTotalCost(plan);
  for (const u of ownRevenue) if (u.planId === plan.id) t.ownRevenue += u.amount;
  let expected = 0;
  for (const a of allocationsOf(plan, allocations)) {
    const stream = streamById(workspace, a.streamId);
    t.funded += a.amount;
    t.byKind[payingKindOf(stream)] += a.amount;
    if (stream.public) t.publicFunding += a.amount;
    if (isConcessional(stream, marketRate)) t.concessional += a.amount;
    if (a.amount > 0) t.silos.add(stream.silo);
    // A granted award is certain, as in the Monte Carlo (src/model/award.ts).
    expected += a.amount * awardProbabilityFor(plan, stream);
  }
  // Rounded once per plan, so a portfolio's expected funding is the sum of its rows.
  t.expectedFunding = roundToCents(expected);
  t.gap = Math.max(0, t.totalCost - t.funded - t.ownRevenue);
  t.overfunded = Math.max(0, t.funded + t.ownRevenue - t.totalCost);
  return t;
}

/** The funding mix of one plan; allocations of other plans are ignored. */
export function planFundingMix(
  workspace: Workspace,
  plan: Plan,
  allocations: readonly Allocation[],
  marketRate: number = DEFAULT_MARKET_RATE,
  ownRevenue: readonly OwnRevenueUse[] = [],
): FundingMix {
  return finish(planTotals(workspace, plan, allocations, marketRate, ownRevenue));
}

/**
 * The funding mix of a set of plans: money summed over the plans (gaps per plan, as the
 * spec's portfolio gap), ratios recomputed on the sums, silos united.
 */
export function portfolioFundingMix(
  workspace: Workspace,
  plans: readonly Plan[],
  allocations: readonly Allocation[],
  marketRate: number = DEFAULT_MARKET_RATE,
  ownRevenue: readonly OwnRevenueUse[] = [],
): FundingMix {
  const t = emptyTotals();
  for (const plan of plans) {
    const p = planTotals(workspace, plan, allocations, marketRate, ownRevenue);
    t.totalCost += p.totalCost;
    t.funded += p.funded;
    t.ownRevenue += p.ownRevenue;
    t.gap += p.gap;
    t.overfunded += p.overfunded;
    for (const kind of PAYING_KINDS) t.byKind[kind] += p.byKind[kind];
    t.publicFunding += p.publicFunding;
    t.concessional += p.concessional;
    for (const silo of p.silos) t.silos.add(silo);
    t.expectedFunding += p.expectedFunding;
  }
  return finish(t);
}
