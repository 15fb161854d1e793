/**
 * Wire shape of a scenario's contribution (issue 15): what the portfolio, each cooperative,
 * district, sector and partnership form changes per Doughnut indicator and year against
 * the path without the portfolio. The same shape as the engine's ScenarioContribution
 * (src/impact/contribution-types.ts, which documents every field); the assertions at the
 * bottom keep the two from drifting apart.
 */
import { z } from 'zod';
import { CONTRIBUTION_GROUP_KINDS, type ScenarioContribution } from './contribution-types';
import { DIMENSIONS, LENSES } from '../model/doughnut';

export const contributionYearSchema = z.object({
  year: z.number(),
  /** Deterministic effect in the indicator's unit, at the blended funded shares. */
  effect: z.number(),
  /** Mean effect over the Monte Carlo draws. */
  mean: z.number(),
  p10: z.number(),
  p50: z.number(),
  p90: z.number(),
  /** effect x the indicator's divisor, in `absoluteUnit`. */
  absolute: z.number(),
  /** Share of the no-portfolio path's distance to the boundary closed; null when already inside. */
  shareOfDistance: z.number().nullable(),
});

export const indicatorContributionSchema = z.object({
  indicatorId: z.string(),
  dimension: z.enum(DIMENSIONS),
  kind: z.enum(['floor', 'ceiling']),
  lens: z.enum(LENSES).nullable(),
  unit: z.string(),
  absoluteUnit: z.string(),
  divisor: z.number(),
  years: z.array(contributionYearSchema),
});

export const dimensionContributionSchema = z.object({
  dimension: z.enum(DIMENSIONS),
  /** False: no impact line of the group is on this dimension (untouched, not zero). */
  touched: z.boolean(),
  indicators: z.array(indicatorContributionSchema),
});

export const groupContributionSchema = z.object({
  kind: z.enum(CONTRIBUTION_GROUP_KINDS),
  key: z.string(),
  planIds: z.array(z.string()),
  dimensions: z.array(dimensionContributionSchema),
});

export const scenarioContributionSchema = z.object({
  portfolio: groupContributionSchema,
  byCooperative: z.array(groupContributionSchema),
  byDistrict: z.array(groupContributionSchema),
  bySector: z.array(groupContributionSchema),
  byPartnership: z.array(groupContributionSchema),
});
export type ScenarioContributionJson = z.infer<typeof scenarioContributionSchema>;

// Compile-time: the wire shape and the engine's shape are the same both ways.
const toWire = (c: ScenarioContribution): ScenarioContributionJson => c;
const fromWire = (c: ScenarioContributionJson): ScenarioContribution => c;
void toWire;
void fromWire;
