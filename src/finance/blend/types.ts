import type { Cents } from '../../model/money';

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

export interface PlanBlend {
  planId: string;
  totalCost: Cents;
  funded: Cents;
  gap: Cents;
  /** funded / totalCost (1 for a plan without costs). */
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
  'debtService',
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
  plans: PlanBlend[];
  allocations: Allocation[];
  binding: Binding[];
}
