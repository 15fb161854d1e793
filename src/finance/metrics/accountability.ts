import type { Allocation } from '../blend/types';
import { allocationsOf, streamById } from '../cashflow';
import { asCents, type Cents } from '../../model/money';
import type { Plan } from '../../model/plan';
import type { Workspace } from '../../model/workspace';

/**
 * Dutch subsidy accountability tiers (Awb title 4.2, typical provincial and municipal
 * practice; shared/reference/facts.md, "EU and Dutch rules"): under EUR 25,000 the
 * subsidy is settled at once; EUR 25,000 up to 125,000 the recipient accounts for
 * results; EUR 125,000 and more for results and costs, with an auditor's statement.
 */
export const ACCOUNTABILITY_TIERS = [
  'settle-at-once',
  'account-for-results',
  'results-and-costs-audited',
] as const;
export type AccountabilityTier = (typeof ACCOUNTABILITY_TIERS)[number];

/** Lower bounds (inclusive) of the two higher tiers. Funders differ, hence a parameter. */
export interface AccountabilityThresholds {
  resultsFrom: Cents;
  auditFrom: Cents;
}

export const DEFAULT_ACCOUNTABILITY_THRESHOLDS: AccountabilityThresholds = {
  resultsFrom: asCents(2_500_000),
  auditFrom: asCents(12_500_000),
};

/** One award: a plan's total from one public grant stream. */
export interface AccountabilityAward {
  planId: string;
  streamId: string;
  amount: Cents;
  tier: AccountabilityTier;
  /** True in the highest tier, where the costs need an auditor's statement. */
  auditorStatement: boolean;
}

export function accountabilityTier(
  amount: Cents,
  thresholds: AccountabilityThresholds = DEFAULT_ACCOUNTABILITY_THRESHOLDS,
): AccountabilityTier {
  if (amount >= thresholds.auditFrom) return 'results-and-costs-audited';
  if (amount >= thresholds.resultsFrom) return 'account-for-results';
  return 'settle-at-once';
}

/**
 * The tier of every award to a plan. An award is the plan's total from one stream over
 * all years and cost lines, because the funder grants (and later settles) one subsidy
 * per application. Only public grants count: the Awb regime covers subsidies from an
 * administrative body, not a foundation's gift, a loan or a contract. Streams in the
 * order of their first allocation.
 */
export function accountabilityAwards(
  workspace: Workspace,
  plan: Plan,
  allocations: readonly Allocation[],
  thresholds: AccountabilityThresholds = DEFAULT_ACCOUNTABILITY_THRESHOLDS,
): AccountabilityAward[] {
  const totals = new Map<string, number>();
  for (const a of allocationsOf(plan, allocations)) {
    const stream = streamById(workspace, a.streamId);
    if (stream.kind !== 'grant' || !stream.public) continue;
    totals.set(a.streamId, (totals.get(a.streamId) ?? 0) + a.amount);
  }
  const awards: AccountabilityAward[] = [];
  for (const [streamId, total] of totals) {
    if (total === 0) continue;
    const amount = asCents(total);
    const tier = accountabilityTier(amount, thresholds);
    awards.push({
      planId: plan.id,
      streamId,
      amount,
      tier,
      auditorStatement: tier === 'results-and-costs-audited',
    });
  }
  return awards;
}
