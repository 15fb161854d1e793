/**
 * Wire shapes of the plan builder's and portfolio view's analyses: a blend together with
 * the cash flow, loans and metrics derived from it. Every amount is in euros (two
 * decimals), every share a plain fraction, so the renderer never touches cents.
 */
import { z } from 'zod';
import { ACCOUNTABILITY_TIERS } from '../metrics/accountability';
import { BLEND_RULES } from '../blend/types';
import { awardOutcomeJsonSchema } from '../blend/award-schema';
import { PAYING_KINDS, STREAM_KINDS } from '../../model/stream';

const euros = z.number();
const nullableRatio = z.number().nullable();

export const byKindSchema = z.object(
  Object.fromEntries(PAYING_KINDS.map((kind) => [kind, euros])) as Record<
    (typeof PAYING_KINDS)[number],
    typeof euros
  >,
);

/** One binding rule with every detail the explanations panel shows. */
export const explanationSchema = z.object({
  rule: z.enum(BLEND_RULES),
  streamId: z.string().nullable(),
  planId: z.string().nullable(),
  cooperativeId: z.string().nullable(),
  year: z.number().nullable(),
  /** Euros of gap closed per euro by which the limit is relaxed. */
  valuePerEuro: z.number(),
  /** Locked amounts alone break this rule; they are kept, never moved. */
  brokenByLock: z.boolean(),
  /** Euros over the limit when locked amounts break the rule; null otherwise. */
  excess: euros.nullable(),
  message: z.string(),
});

export const cashFlowYearSchema = z.object({
  year: z.number(),
  costs: euros,
  inflows: byKindSchema,
  totalInflows: euros,
  revenue: euros,
  /** Revenue that pays the plan's costs (eigen inkomsten); not available for debt service. */
  ownRevenue: euros,
  interest: euros,
  principal: euros,
  debtService: euros,
  net: euros,
  cumulative: euros,
  dscr: nullableRatio,
});

export const loanDrawSchema = z.object({
  streamId: z.string(),
  year: z.number(),
  amount: euros,
  schedule: z.array(
    z.object({ year: z.number(), interest: euros, principal: euros, payment: euros, balance: euros }),
  ),
});

export const cashFlowSchema = z.object({
  firstYear: z.number(),
  lastYear: z.number(),
  years: z.array(cashFlowYearSchema),
  loans: z.array(loanDrawSchema),
  lowPoint: z.object({ year: z.number(), cumulative: euros }),
  minDscr: nullableRatio,
  minDscrYear: z.number().nullable(),
});

export const deMinimisSchema = z.object({
  cooperativeId: z.string(),
  ceiling: euros,
  periodYears: z.number(),
  window: z.object({ first: z.number(), last: z.number() }),
  priorAid: euros,
  blendAid: euros,
  used: euros,
  headroom: euros,
  usedShare: nullableRatio,
  /** Used is 80 % of the ceiling or more. */
  warning: z.boolean(),
});

export const accountabilitySchema = z.object({
  planId: z.string(),
  streamId: z.string(),
  amount: euros,
  tier: z.enum(ACCOUNTABILITY_TIERS),
  auditorStatement: z.boolean(),
});

/** `FundingMix` of src/finance/metrics in euros. */
export const fundingMixSchema = z.object({
  totalCost: euros,
  funded: euros,
  ownRevenue: euros,
  gap: euros,
  overfunded: euros,
  fundedShare: z.number(),
  byKind: byKindSchema,
  publicFunding: euros,
  privateFunding: euros,
  publicShare: nullableRatio,
  mobilisationRatio: nullableRatio,
  concessional: euros,
  marketRate: euros,
  silos: z.array(z.string()),
  siloCount: z.number(),
  expectedFunding: euros,
});

export const planMetricsSchema = fundingMixSchema.extend({
  planId: z.string(),
  cooperativeId: z.string(),
  debtServiceNpv: euros,
  npvBaseYear: z.number(),
  minDscr: nullableRatio,
  minDscrYear: z.number().nullable(),
  deMinimis: deMinimisSchema,
  accountability: z.array(accountabilitySchema),
});

/**
 * Euros of loan `loanStreamId`'s draw in `year` that guarantee `streamId` (a borgstelling)
 * backs for a plan. A guarantee pays no cost line, so it is never an allocation.
 */
export const guaranteeUseSchema = z.object({
  planId: z.string(),
  streamId: z.string(),
  loanStreamId: z.string(),
  year: z.number(),
  amount: euros,
});

/**
 * A revolving loan fund in one year: its own budget (null: unlimited), what the plans
 * drew, the repayments received back the year before (`returned`), what of those was
 * lent again this year (`relent`) and the returned money still to lend at year end.
 */
export const revolvingFundYearSchema = z.object({
  streamId: z.string(),
  year: z.number(),
  budget: euros.nullable(),
  drawn: euros,
  returned: euros,
  relent: euros,
  balance: euros,
});

/** One allocation with what the charts group by: the stream's silo and kind, the cost's category. */
export const analysedAllocationSchema = z.object({
  planId: z.string(),
  streamId: z.string(),
  costId: z.string(),
  year: z.number(),
  amount: euros,
  silo: z.string(),
  kind: z.enum(STREAM_KINDS),
  category: z.string(),
  /** True when this amount is (part of) a locked amount of the plan. */
  locked: z.boolean(),
});

export const planAnalysisSchema = z.object({
  planId: z.string(),
  /** The candidate streams actually blended (all eligible ones when none were picked). */
  streamIds: z.array(z.string()),
  /** Every stream that may fund at least one of the plan's cost lines (for the picker). */
  eligibleStreamIds: z.array(z.string()),
  totalCost: euros,
  funded: euros,
  ownRevenue: euros,
  gap: euros,
  fundedShare: z.number(),
  allocations: z.array(analysedAllocationSchema),
  /** The plan's own revenue paying its cost lines, per cost line and year. */
  ownRevenueUses: z.array(z.object({ costId: z.string(), year: z.number(), amount: euros })),
  /** The guarantees backing the plan's loan draws. */
  guarantees: z.array(guaranteeUseSchema),
  explanations: z.array(explanationSchema),
  /** What the plan's applications and awards mean for its blend (issue 14). */
  awards: z.array(awardOutcomeJsonSchema),
  cashFlow: cashFlowSchema,
  metrics: planMetricsSchema,
});
export type PlanAnalysis = z.infer<typeof planAnalysisSchema>;

export const streamYearUseSchema = z.object({
  streamId: z.string(),
  silo: z.string(),
  year: z.number(),
  used: euros,
  /** The year's budget after the scenario's factor; null for an unlimited stream. */
  budget: euros.nullable(),
  /** used / budget; null for an unlimited stream or a zero budget. */
  usedShare: nullableRatio,
});

export const portfolioAnalysisSchema = z.object({
  scenarioId: z.string(),
  totalCost: euros,
  funded: euros,
  ownRevenue: euros,
  gap: euros,
  fundedShare: z.number(),
  plans: z.array(
    z.object({
      planId: z.string(),
      cooperativeId: z.string(),
      name: z.string(),
      totalCost: euros,
      funded: euros,
      ownRevenue: euros,
      gap: euros,
      fundedShare: z.number(),
      siloCount: z.number(),
      minDscr: nullableRatio,
    }),
  ),
  streamUse: z.array(streamYearUseSchema),
  /** The guarantees backing the scenario's loan draws, plan by plan. */
  guarantees: z.array(guaranteeUseSchema),
  /** Every revolving fund the blend draws on, year by year from its first draw. */
  funds: z.array(revolvingFundYearSchema),
  explanations: z.array(explanationSchema),
  /** What the scenario plans' applications and awards mean for the blend (issue 14). */
  awards: z.array(awardOutcomeJsonSchema),
  metrics: fundingMixSchema.extend({
    debtServiceNpv: euros,
    npvBaseYear: z.number(),
    minDscr: nullableRatio,
    minDscrPlanId: z.string().nullable(),
    minDscrYear: z.number().nullable(),
    deMinimis: z.array(deMinimisSchema),
  }),
});
export type PortfolioAnalysis = z.infer<typeof portfolioAnalysisSchema>;
