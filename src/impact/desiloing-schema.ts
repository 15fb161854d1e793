import { z } from 'zod';
import { DIMENSIONS } from '../model/doughnut';
import { PAYING_KINDS } from '../model/stream';

/**
 * A de-siloing scenario against its siloed baseline (src/impact/desiloing-json.ts): euros,
 * distances as shares of the threshold; null for a scenario that pools no silos.
 */
export const desiloingResultSchema = z.object({
  silos: z.array(z.string()),
  pools: z.array(
    z.object({
      id: z.string(),
      name: z.string(),
      kind: z.enum(PAYING_KINDS),
      members: z.array(z.object({ id: z.string(), name: z.string(), silo: z.string() })),
      budgetPerYear: z.record(z.string(), z.number()),
    }),
  ),
  kept: z.array(
    z.object({
      id: z.string(),
      name: z.string(),
      silo: z.string(),
      reason: z.enum(['guarantee', 'draft', 'unlimited', 'alone']),
    }),
  ),
  gapSiloed: z.number(),
  gapPooled: z.number(),
  gapClosed: z.number(),
  fundedSiloed: z.number(),
  fundedPooled: z.number(),
  plans: z.array(
    z.object({ planId: z.string(), gapSiloed: z.number(), gapPooled: z.number(), gapClosed: z.number() }),
  ),
  dimensions: z.array(
    z.object({
      dimension: z.enum(DIMENSIONS),
      kind: z.enum(['floor', 'ceiling']),
      distanceSiloed: z.number(),
      distancePooled: z.number(),
      gained: z.number(),
    }),
  ),
  weightedDistanceSiloed: z.number(),
  weightedDistancePooled: z.number(),
  weightedDistanceGained: z.number(),
});
export type DesiloingResultJson = z.infer<typeof desiloingResultSchema>;
