/**
 * The shape of a scenario's contribution (issue 15): what its portfolio, and each part of
 * it, changes per Doughnut indicator and year against the path without the portfolio.
 * JSON-ready (plain objects and arrays only): the wire form (scenarioRunSchema's
 * `contribution`) is this shape unchanged. Computed by contribution.ts.
 *
 * Final shape (for the cooperative page and the city contribution view):
 *
 *   ScenarioContribution {
 *     portfolio: GroupContribution            // key 'portfolio'
 *     byCooperative: GroupContribution[]      // key = cooperative id
 *     byDistrict: GroupContribution[]         // key = cooperative.district ('' = none)
 *     bySector: GroupContribution[]           // key = cooperative.sector
 *     byPartnership: GroupContribution[]      // key = cooperative.partnership
 *   }
 *   GroupContribution { key, kind, planIds, dimensions: DimensionContribution[21] }
 *   DimensionContribution { dimension, touched, indicators: IndicatorContribution[] }
 *   IndicatorContribution { indicatorId, dimension, kind, lens, unit, absoluteUnit, divisor, years }
 *   ContributionYear { year, effect, mean, p10, p50, p90, absolute, shareOfDistance }
 *
 * A group is listed when at least one of the scenario's plans belongs to it (a cooperative
 * without plans in the scenario has no entry). Every group lists all 21 dimensions in the
 * Doughnut's order; `indicators` holds only the indicators some impact line of the group is
 * on, so an untouched dimension has `touched: false` and no indicators.
 */
import type { Dimension, IndicatorKind, Lens } from '../model/doughnut';

export const CONTRIBUTION_GROUP_KINDS = [
  'portfolio',
  'cooperative',
  'district',
  'sector',
  'partnership',
] as const;
export type ContributionGroupKind = (typeof CONTRIBUTION_GROUP_KINDS)[number];

/** The key of the one portfolio group. */
export const PORTFOLIO_KEY = 'portfolio';

export interface ContributionYear {
  year: number;
  /**
   * Deterministic effect in the indicator's own unit: the sum of the net effects of the
   * group's impact lines on this indicator at the blended funded shares (projection.ts).
   */
  effect: number;
  /** Mean of the effect over the Monte Carlo draws (adds up over groups, unlike percentiles). */
  mean: number;
  /** Percentiles of the effect over the Monte Carlo draws (same seed and draws as the run). */
  p10: number;
  p50: number;
  p90: number;
  /** effect x the indicator's divisor: in `absoluteUnit` (households), or the indicator's unit. */
  absolute: number;
  /**
   * The share of the city's distance to the boundary on the no-portfolio path that this
   * effect closes: floor `effect / (threshold - noAction)`, ceiling
   * `-effect / (noAction - threshold)`; null when the no-portfolio path is already inside
   * the boundary that year. Negative when the group moves the indicator the wrong way.
   */
  shareOfDistance: number | null;
}

export interface IndicatorContribution {
  indicatorId: string;
  dimension: Dimension;
  kind: IndicatorKind;
  lens: Lens | null;
  /** The indicator's unit: what `effect`, `mean` and the percentiles are in. */
  unit: string;
  /** What `absolute` is in: the denominator's unit (households), else the indicator's unit. */
  absoluteUnit: string;
  /** The indicator's divisor (denominator value, 1 without one): absolute = effect x divisor. */
  divisor: number;
  years: ContributionYear[];
}

export interface DimensionContribution {
  dimension: Dimension;
  /** False when no impact line of the group is on an indicator of this dimension: show as untouched, never as zero. */
  touched: boolean;
  indicators: IndicatorContribution[];
}

export interface GroupContribution {
  kind: ContributionGroupKind;
  /** 'portfolio', a cooperative id, a district ('' for none), a sector or a partnership form. */
  key: string;
  /** The scenario's plans in this group, in the scenario's priority order. */
  planIds: string[];
  /** All 21 dimensions in the Doughnut's order. */
  dimensions: DimensionContribution[];
}

export interface ScenarioContribution {
  portfolio: GroupContribution;
  byCooperative: GroupContribution[];
  byDistrict: GroupContribution[];
  bySector: GroupContribution[];
  byPartnership: GroupContribution[];
}

/** One number per dimension and year for a Doughnut wedge (see wedgeShares). */
export interface WedgeYear {
  year: number;
  /** Mean shareOfDistance over the dimension's touched indicators with a distance that year; null when none has one. */
  share: number | null;
}

export interface DimensionWedge {
  dimension: Dimension;
  touched: boolean;
  years: WedgeYear[];
}
