import type { PlanAnalysis } from './schemas';
import type { Allocation, BlendResult } from '../blend/types';
import { streamById } from '../cashflow';
import { planMetrics, withBlend, type MetricsOptions, type PlanMetrics } from '../metrics';
import { grantedTotal } from '../../model/award';
import type { Plan } from '../../model/plan';
import type { Workspace } from '../../model/workspace';
import { eligibleStreamIds } from './eligibility';
import { awardsInEuros } from './awards';
import {
  accountabilityInEuros,
  cashFlowInEuros,
  deMinimisInEuros,
  euros,
  explanationsOf,
  fundingMixInEuros,
  guaranteeInEuros,
} from './euros';

/** What to hand `blend` for one plan, and which streams that makes candidates. */
export interface PlanCandidates {
  /** The workspace with its streams cut down to the candidates (the same object when none were picked). */
  workspace: Workspace;
  /** The candidate streams in the workspace's order. */
  streamIds: string[];
}

/**
 * The candidate streams of a plan's blend. Picked streams restrict the blend; streams
 * named by the plan's locked amounts always stay in, because a lock is a decision the
 * blend must honour (spec rule 8), not a suggestion a filter may drop. With nothing
 * picked every stream is handed to the blend and the candidates are the eligible and
 * locked ones. Ids that name no stream are ignored here (callers report them).
 */
export function planCandidates(workspace: Workspace, plan: Plan, picked?: readonly string[]): PlanCandidates {
  // A granted award is a decision too: its stream stays in whatever was picked.
  const locked = new Set([
    ...plan.locked.map((lock) => lock.streamId),
    ...plan.awards.filter((award) => grantedTotal(award) !== undefined).map((award) => award.streamId),
  ]);
  if (picked === undefined) {
    const eligible = new Set(eligibleStreamIds(workspace, plan));
    const streamIds = workspace.fundingStreams
      .filter((stream) => eligible.has(stream.id) || locked.has(stream.id))
      .map((stream) => stream.id);
    return { workspace, streamIds };
  }
  const keep = new Set([...picked, ...locked]);
  const fundingStreams = workspace.fundingStreams.filter((stream) => keep.has(stream.id));
  return { workspace: { ...workspace, fundingStreams }, streamIds: fundingStreams.map((s) => s.id) };
}

function lockKey(streamId: string, costId: string, year: number): string {
  return `${streamId}\u0000${costId}\u0000${year}`;
}

function analysedAllocations(workspace: Workspace, plan: Plan, allocations: readonly Allocation[]) {
  // A lock of 0 fixes nothing (the blend skips it), so only positive locks mark a cell.
  const locked = new Set(
    plan.locked.filter((l) => l.amount > 0).map((l) => lockKey(l.streamId, l.costId, l.year)),
  );
  const categoryOf = new Map(plan.costs.map((cost) => [cost.id, cost.category]));
  return allocations
    .filter((a) => a.planId === plan.id)
    .map((a) => {
      const stream = streamById(workspace, a.streamId);
      const category = categoryOf.get(a.costId);
      if (category === undefined) throw new Error(`Plan "${plan.id}" has no cost line "${a.costId}"`);
      return {
        planId: a.planId,
        streamId: a.streamId,
        costId: a.costId,
        year: a.year,
        amount: euros(a.amount),
        silo: stream.silo,
        kind: stream.kind,
        category,
        locked: locked.has(lockKey(a.streamId, a.costId, a.year)),
      };
    });
}

function planMetricsInEuros(metrics: PlanMetrics): PlanAnalysis['metrics'] {
  return {
    ...fundingMixInEuros(metrics),
    planId: metrics.planId,
    cooperativeId: metrics.cooperativeId,
    debtServiceNpv: euros(metrics.debtServiceNpv),
    npvBaseYear: metrics.npvBaseYear,
    minDscr: metrics.minDscr,
    minDscrYear: metrics.minDscrYear,
    deMinimis: deMinimisInEuros(metrics.deMinimis),
    accountability: metrics.accountability.map(accountabilityInEuros),
  };
}

/**
 * The plan builder's view of one plan under a blend: totals, allocations with what the
 * charts group by, explanations, cash flow and metrics, all in euros. `workspace` is
 * the whole workspace (not the one cut down to the candidates), so that every stream
 * the picker may offer is judged for eligibility.
 */
export function planAnalysis(
  workspace: Workspace,
  plan: Plan,
  result: BlendResult,
  streamIds: readonly string[],
  options: MetricsOptions = {},
): PlanAnalysis {
  const summary = result.plans.find((p) => p.planId === plan.id);
  if (summary === undefined) throw new Error(`The blend does not hold plan "${plan.id}"`);
  const metrics = planMetrics(workspace, plan, result.allocations, withBlend(options, result));
  return {
    planId: plan.id,
    streamIds: [...streamIds],
    eligibleStreamIds: eligibleStreamIds(workspace, plan),
    totalCost: euros(summary.totalCost),
    funded: euros(summary.funded),
    ownRevenue: euros(summary.ownRevenue),
    gap: euros(summary.gap),
    fundedShare: summary.fundedShare,
    allocations: analysedAllocations(workspace, plan, result.allocations),
    ownRevenueUses: result.ownRevenue
      .filter((u) => u.planId === plan.id)
      .map((u) => ({ costId: u.costId, year: u.year, amount: euros(u.amount) })),
    guarantees: result.guarantees.filter((g) => g.planId === plan.id).map(guaranteeInEuros),
    explanations: explanationsOf(result.binding),
    awards: awardsInEuros(result.awards.filter((a) => a.planId === plan.id)),
    cashFlow: cashFlowInEuros(metrics.cashFlow),
    metrics: planMetricsInEuros(metrics),
  };
}
