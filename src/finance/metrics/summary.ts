import type { Allocation, BlendResult, GuaranteeUse, OwnRevenueUse } from '../blend/types';
import { planCashFlow, type PlanCashFlow } from '../cashflow';
import type { Cents } from '../../model/money';
import type { Plan } from '../../model/plan';
import type { Workspace } from '../../model/workspace';
import {
  accountabilityAwards,
  DEFAULT_ACCOUNTABILITY_THRESHOLDS,
  type AccountabilityAward,
  type AccountabilityThresholds,
} from './accountability';
import { debtServiceNpv, discountedDebtService } from './debt';
import { deMinimisByCooperative, deMinimisHeadroom, type DeMinimisHeadroom } from './deMinimis';
import { DEFAULT_MARKET_RATE, planFundingMix, portfolioFundingMix, type FundingMix } from './funding';
import { roundToCents } from './rounding';

export interface MetricsOptions {
  /** Loans below this annual rate are concessional; default `DEFAULT_MARKET_RATE` (0.05). */
  marketRate?: number;
  /** Default `DEFAULT_ACCOUNTABILITY_THRESHOLDS` (EUR 25,000 and 125,000). */
  accountabilityThresholds?: AccountabilityThresholds;
  /** The blend's own revenue used (`BlendResult.ownRevenue`): it closes gaps and lowers the DSCR. */
  ownRevenue?: readonly OwnRevenueUse[];
  /** The blend's guarantees (`BlendResult.guarantees`): their gross grant equivalent counts towards de minimis. */
  guarantees?: readonly GuaranteeUse[];
}

/** `options` with what a blend adds to the metrics: its own revenue used and its guarantees. */
export function withBlend(
  options: MetricsOptions,
  result: Pick<BlendResult, 'ownRevenue' | 'guarantees'>,
): MetricsOptions {
  return { ...options, ownRevenue: result.ownRevenue, guarantees: result.guarantees };
}

export interface PlanMetrics extends FundingMix {
  planId: string;
  cooperativeId: string;
  /** Debt service discounted at the workspace `discountRate` to `npvBaseYear`. */
  debtServiceNpv: Cents;
  /** The plan's start year. */
  npvBaseYear: number;
  /** Lowest yearly cash flow available for debt service / debt service; null when the plan carries no debt. */
  minDscr: number | null;
  minDscrYear: number | null;
  /** The cooperative's room counting this plan's allocations only. */
  deMinimis: DeMinimisHeadroom;
  accountability: AccountabilityAward[];
  cashFlow: PlanCashFlow;
}

export interface PortfolioMetrics extends FundingMix {
  planIds: string[];
  plans: PlanMetrics[];
  /** Every plan's debt service discounted to `npvBaseYear`, the workspace start year. */
  debtServiceNpv: Cents;
  npvBaseYear: number;
  /** The lowest plan DSCR: each cooperative pays its own loans from its own revenue. */
  minDscr: number | null;
  minDscrPlanId: string | null;
  minDscrYear: number | null;
  /** Per cooperative with a plan in the set, counting all of its plans together. */
  deMinimis: DeMinimisHeadroom[];
  accountability: AccountabilityAward[];
}

/** Every metric of one plan under a blend; allocations of other plans are ignored. */
export function planMetrics(
  workspace: Workspace,
  plan: Plan,
  allocations: readonly Allocation[],
  options: MetricsOptions = {},
): PlanMetrics {
  const cashFlow = planCashFlow(workspace, plan, allocations, options.ownRevenue);
  const discountRate = workspace.settings.discountRate;
  return {
    ...planFundingMix(
      workspace,
      plan,
      allocations,
      options.marketRate ?? DEFAULT_MARKET_RATE,
      options.ownRevenue,
    ),
    planId: plan.id,
    cooperativeId: plan.cooperativeId,
    debtServiceNpv: debtServiceNpv(cashFlow, discountRate, plan.startYear),
    npvBaseYear: plan.startYear,
    minDscr: cashFlow.minDscr,
    minDscrYear: cashFlow.minDscrYear,
    deMinimis: deMinimisHeadroom(
      workspace,
      plan.cooperativeId,
      [plan],
      [...allocations, ...(options.guarantees ?? [])],
    ),
    accountability: accountabilityAwards(
      workspace,
      plan,
      allocations,
      options.accountabilityThresholds ?? DEFAULT_ACCOUNTABILITY_THRESHOLDS,
    ),
    cashFlow,
  };
}

/**
 * Metrics of a set of plans blended together (a scenario's portfolio). `allocations`
 * may be the blend's flat list; allocations of plans outside the set are ignored.
 */
export function portfolioMetrics(
  workspace: Workspace,
  plans: readonly Plan[],
  allocations: readonly Allocation[],
  options: MetricsOptions = {},
): PortfolioMetrics {
  // A plan listed twice would count its money twice; scenarios forbid it, so it is a bug.
  const ids = plans.map((p) => p.id);
  if (new Set(ids).size !== ids.length) throw new RangeError('A plan appears twice in the portfolio');
  const perPlan = plans.map((plan) => planMetrics(workspace, plan, allocations, options));
  // One base year for all plans: values discounted to different years cannot be added.
  const baseYear = workspace.settings.startYear;
  let discounted = 0;
  let minDscr: number | null = null;
  let minDscrPlanId: string | null = null;
  let minDscrYear: number | null = null;
  for (const m of perPlan) {
    discounted += discountedDebtService(m.cashFlow, workspace.settings.discountRate, baseYear);
    if (m.minDscr !== null && (minDscr === null || m.minDscr < minDscr)) {
      minDscr = m.minDscr;
      minDscrPlanId = m.planId;
      minDscrYear = m.minDscrYear;
    }
  }
  return {
    ...portfolioFundingMix(
      workspace,
      plans,
      allocations,
      options.marketRate ?? DEFAULT_MARKET_RATE,
      options.ownRevenue,
    ),
    planIds: ids,
    plans: perPlan,
    debtServiceNpv: roundToCents(discounted),
    npvBaseYear: baseYear,
    minDscr,
    minDscrPlanId,
    minDscrYear,
    deMinimis: deMinimisByCooperative(workspace, plans, [...allocations, ...(options.guarantees ?? [])]),
    accountability: perPlan.flatMap((m) => m.accountability),
  };
}
