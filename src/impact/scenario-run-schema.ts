/**
 * Wire shapes of the Doughnut scenario screens: a scenario run (blend, projection with
 * Monte Carlo bands, funding probabilities, what the gap costs) and the "next euro"
 * ranking, as scenario-run-json.ts writes them. The job that carries a run belongs to
 * the contract, above this layer. Amounts in euros; indicator values in the indicator's
 * own unit.
 */
import { z } from 'zod';
import { procurementEffectSchema } from './procurement-effect-schema';
import { DIMENSIONS, LENSES } from '../model/doughnut';
import { blendResultJsonSchema } from '../finance/blend/json-schema';
import { scenarioContributionSchema } from './contribution-schema';
import { desiloingResultSchema } from './desiloing-schema';

const dimensionSchema = z.enum(DIMENSIONS);

export const scenarioIndicatorSchema = z.object({
  indicatorId: z.string(),
  label: z.string(),
  dimension: dimensionSchema,
  kind: z.enum(['floor', 'ceiling']),
  unit: z.string(),
  lens: z.enum(LENSES).nullable(),
  /** After the scenario's overrides. */
  threshold: z.number(),
  trend: z.number(),
  source: z.string(),
  years: z.array(
    z.object({
      year: z.number(),
      /** The path without the portfolio. */
      noAction: z.number(),
      value: z.number(),
      /** Floor shortfall or ceiling overshoot as a share of the threshold; 0 inside the Doughnut. */
      status: z.number(),
      p10: z.number(),
      p50: z.number(),
      p90: z.number(),
    }),
  ),
});

export const gapCostSchema = z.object({
  dimensions: z.array(
    z.object({
      dimension: dimensionSchema,
      kind: z.enum(['floor', 'ceiling']),
      distanceActual: z.number(),
      distanceFullyFunded: z.number(),
      cost: z.number(),
    }),
  ),
  weightedActual: z.number(),
  weightedFullyFunded: z.number(),
  weightedCost: z.number(),
});

/**
 * What the blend's guarantees (borgstellingen) may cost the city when called, in euros
 * over the Monte Carlo draws: mean, P50 and P90 of the total called per draw, the most
 * that could be called, and per guarantee stream. Zeros and no entries without guarantees.
 */
export const guaranteeCallsSchema = z.object({
  expected: z.number(),
  p50: z.number(),
  p90: z.number(),
  maxPossible: z.number(),
  byGuarantee: z.array(z.object({ streamId: z.string(), expected: z.number(), p90: z.number() })),
});

export const scenarioRunSchema = z.object({
  scenarioId: z.string(),
  years: z.array(z.number()),
  /** The portfolio's blend as `coopfolio blend --json` prints it. */
  blend: blendResultJsonSchema,
  indicators: z.array(scenarioIndicatorSchema),
  plans: z.array(
    z.object({
      planId: z.string(),
      fundedShare: z.number(),
      /** Share of the Monte Carlo draws in which the plan is fully funded. */
      probabilityFullyFunded: z.number(),
      /** Mean over the draws of the share of the plan's cost covered (capped at 1). */
      expectedFundedShare: z.number(),
    }),
  ),
  monteCarlo: z.object({ draws: z.number(), seed: z.number(), workers: z.number() }),
  gapCost: gapCostSchema,
  guaranteeCalls: guaranteeCallsSchema,
  /**
   * What the portfolio, each cooperative, district, sector and partnership form changes per
   * indicator and year against the path without the portfolio, with Monte Carlo bands.
   */
  contribution: scenarioContributionSchema,
  /** A de-siloing scenario against its siloed baseline (desiloing-schema.ts); null when it pools nothing. */
  desiloing: desiloingResultSchema.nullable(),
  /** The procurement lever against the same scenario without it (procurement-effect-schema.ts); absent without a lever. */
  procurement: procurementEffectSchema.optional(),
});
export type ScenarioRunJson = z.infer<typeof scenarioRunSchema>;

export const nextEuroSchema = z.object({
  scenarioId: z.string(),
  stepEurosPerYear: z.number(),
  /** The scenario's weighted distance from the Doughnut. */
  distance: z.number(),
  /** Most helpful first. */
  candidates: z.array(
    z.object({
      kind: z.enum(['stream', 'incubator']),
      streamId: z.string(),
      lever: z.enum(['budget', 'maxPerPlan', 'none']),
      addedEuros: z.number(),
      fundedChange: z.number(),
      distanceChange: z.number(),
      perEuro: z.number(),
    }),
  ),
});
export type NextEuroJson = z.infer<typeof nextEuroSchema>;
