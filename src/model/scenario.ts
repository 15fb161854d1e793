import { z } from 'zod';
import { boundedNumber, fractionSchema } from './fraction';
import { idSchema } from './ids';
import { nameSchema } from './text';

export const indicatorOverrideSchema = z.strictObject({
  trend: boundedNumber('trendRange', (v) => v > -1 && v < 10).optional(),
  threshold: boundedNumber('thresholdPositive', (v) => v > 0).optional(),
});

export const monteCarloSchema = z.strictObject({
  draws: z.number().int().min(1).max(1_000_000).default(1000),
  seed: z
    .number()
    .int()
    .min(0)
    .max(2 ** 32 - 1)
    .default(42),
});

/**
 * De-siloing (ontschotting, issue 15): the scenario pools these silos' budgets into one
 * budget per instrument kind, with eligibility per cost line (src/impact/desiloing.ts,
 * docs/blend.md "Pooled silos"). At least two distinct silos; each must be a silo of a
 * workspace stream (workspace.ts checks that).
 */
export const desiloingSchema = z
  .strictObject({
    silos: z.array(idSchema).max(100),
  })
  .superRefine((desiloing, ctx) => {
    if (new Set(desiloing.silos).size < 2) {
      ctx.addIssue({ code: 'custom', path: ['silos'], params: { messageKey: 'desiloingTooFewSilos' } });
    }
    desiloing.silos.forEach((silo, i) => {
      if (desiloing.silos.indexOf(silo) !== i)
        ctx.addIssue({
          code: 'custom',
          path: ['silos', i],
          params: { messageKey: 'desiloingDuplicateSilo', silo },
        });
    });
  });
export type Desiloing = z.output<typeof desiloingSchema>;

export const scenarioSchema = z.strictObject({
  id: idSchema,
  name: nameSchema,
  plans: z.array(idSchema).max(10_000),
  streamFactors: z.record(idSchema, z.number().min(0).max(100)).default({}),
  indicatorOverrides: z.record(idSchema, indicatorOverrideSchema).default({}),
  monteCarlo: monteCarloSchema.prefault({}),
  /**
   * Procurement lever (issue 15): the target share of the relevant purchasing volume awarded
   * to cooperatives; the volume above the current share becomes contract revenue of the
   * scenario's plans (src/impact/procurement-lever.ts). Absent: no lever.
   */
  procurementShare: fractionSchema.optional(),
  /** Format version 3: pool these silos (absent: every stream stays in its silo). */
  desiloing: desiloingSchema.optional(),
});

export type Scenario = z.output<typeof scenarioSchema>;
export type ScenarioJson = z.input<typeof scenarioSchema>;
