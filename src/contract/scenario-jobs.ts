/**
 * A scenario run can take seconds, so it is a job: `scenarios.start` starts it, the
 * caller polls its progress and may cancel it. The run itself is impact's wire form.
 */
import { z } from 'zod';
import { scenarioRunSchema } from '../impact/scenario-run-schema';

export const jobIdSchema = z.string().regex(/^[a-z0-9-]{1,64}$/);

/** Where a job stands; `result` only when done, `error` only when failed. */
export const scenarioJobSchema = z.object({
  jobId: z.string(),
  scenarioId: z.string(),
  state: z.enum(['running', 'done', 'failed', 'cancelled']),
  /** Monte Carlo draws done and in total (0 of N while the blend runs). */
  done: z.number(),
  total: z.number(),
  result: scenarioRunSchema.nullable(),
  error: z.object({ code: z.string(), message: z.string() }).nullable(),
});
export type ScenarioJob = z.infer<typeof scenarioJobSchema>;
