import type { Cents } from '../../model/money';
import type { AwardOutcome } from './award-outcomes';

export type { AwardOutcome } from './award-outcomes';

/** What to blend: one plan or a scenario's plans together, with the scenario's stream factors. */
export interface BlendRequest {
  planIds: readonly string[];
  /** Scenario overlay: multiplies `budgetPerYear` and `maxPerPlan` per stream (spec section 8). */
  streamFactors?: Readonly<Record<string, number>>;
}

/** Euros (as cents) of stream `streamId` paying cost line `costId` of plan `planId` in `year`. */
export interface Allocation {
  planId: string;
  streamId: string;
  costId: string;
  year: number;
  amount: Cents;
}

/** Euros (as cents) of the plan's own revenue of `year` paying its cost line `costId` that year. */
export interface OwnRevenueUse {
  planId: string;
  costId: string;
  year: number;
  amount: Cents;
}

/** Euros (as cents) of loan `loanStreamId`'s draw in `year` that guarantee `streamId` backs for a plan. */
export interface GuaranteeUse {
  planId: string;
  streamId: string;
  loanStreamId: string;
  year: number;
  amount: Cents;
}

/**
 * A revolving loan fund in one year: its own budget (null: unlimited), what the blended
 * plans drew, the repayments they made to it in the year before (`returned`: available
 * from this year on), what of the returned money was lent again this year (`relent`: the
 * draws beyond the year's own budget), and the returned money not yet lent again at the
 * end of the year (`balance`). Cents; returned and balance rounded to whole cents.
 */
export interface RevolvingFundYear {
  streamId: string;
  year: number;
  budget: Cents | null;
  drawn: Cents;
  returned: Cents;
  relent: Cents;
  balance: Cents;
}

export interface PlanBlend {
  planId: string;
  totalCost: Cents;
  /** Outside money: every allocation of a funding stream to the plan. */
  funded: Cents;
  /** The plan's own revenue that pays its costs (eigen inkomsten). */
  ownRevenue: Cents;
  /** totalCost - funded - ownRevenue. */
  gap: Cents;
  /** (funded + ownRevenue) / totalCost: the share of the cost covered (1 for a plan without costs). */
  fundedShare: number;
}

/** The rules of spec section 6, plus `eligibility` for a cost no stream may fund. */
export const BLEND_RULES = [
  'eligibility',
  'cover',
  'budget',
  'maxPerPlan',
  'maxShareOfPlan',
  'minAward',
  'matching',
  'deMinimis',
  'sgeiDeMinimis',
  'debtService',
  'guarantee',
] as const;
export type BlendRule = (typeof BLEND_RULES)[number];

/**
 * A rule that holds the blend back (or that locked amounts break). `valuePerEuro` is
 * the euros of gap closed per euro by which the limit is relaxed.
 */
export interface Binding {
  rule: BlendRule;
  planId?: string;
  streamId?: string;
  cooperativeId?: string;
  /** The year (or first year of a window) the rule binds in, where it is year-specific. */
  year?: number;
  valuePerEuro: number;
  /** True when locked amounts alone break this rule (they are kept, never moved). */
  brokenByLock?: boolean;
  /** Euros over the limit, for a rule broken by locked amounts. */
  excess?: Cents;
  message: string;
}

/** Always optimal: rules broken by locked amounts are listed in `binding`, not a separate status. */
export type BlendStatus = 'optimal';

export interface BlendResult {
  status: BlendStatus;
  totalCost: Cents;
  funded: Cents;
  gap: Cents;
  /**
   * The most any blend could cover of `totalCost` (outside money plus own revenue used):
   * `totalCost - gap` when the blend is proven optimal, otherwise that plus the proven
   * distance of the award search (at most 0.01% of `totalCost`, docs/blend.md).
   */
  bound: Cents;
  plans: PlanBlend[];
  allocations: Allocation[];
  /** Own revenue used per plan, cost line and year; apart from `allocations` (outside money). */
  ownRevenue: OwnRevenueUse[];
  /** Guarantees backing loan draws. */
  guarantees: GuaranteeUse[];
  /** Revolving loan funds per year, for every revolving stream the blend draws on. */
  funds: RevolvingFundYear[];
  binding: Binding[];
  /** What each award of the blended plans means for the blend, in words (award-outcomes.ts). */
  awards: AwardOutcome[];
}
