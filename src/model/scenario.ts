import { z } from 'zod';
import { boundedNumber } from './fraction';
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

export const scenarioSchema = z.strictObject({
  id: idSchema,
  name: nameSchema,
  plans: z.array(idSchema).max(10_000),
  streamFactors: z.record(idSchema, z.number().min(0).max(100)).default({}),
  indicatorOverrides: z.record(idSchema, indicatorOverrideSchema).default({}),
  monteCarlo: monteCarloSchema.prefault({}),
});

export type Scenario = z.output<typeof scenarioSchema>;
export type ScenarioJson = z.input<typeof scenarioSchema>;
