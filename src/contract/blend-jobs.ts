/**
 * A scenario's portfolio blend as a job (issue 18): on a large portfolio the blend can
 * take seconds, so `blends.start` returns at once and the caller polls `blends.job` for
 * the search's progress (how far its best blend may still be from the best possible) or
 * stops it with `blends.cancel`. Merged into `operations`. Browser-safe: schemas only.
 */
import { z } from 'zod';
import { budgetCycleSchema } from '../finance/analysis/budget-cycle-schema';
import { portfolioAnalysisSchema } from '../finance/analysis/schemas';
import { blendResultJsonSchema } from '../finance/blend/json-schema';
import { idSchema } from '../model/ids';
import { jobIdSchema } from './scenario-jobs';

/** Where the search stands, in euros; improves as it goes (`bound` never rises, `covered` never falls). */
export const blendProgressSchema = z.object({
  phase: z.enum(['relaxation', 'search', 'rounding', 'done']),
  /** Subproblems solved so far. */
  nodes: z.number(),
  /** What the best blend found so far covers (outside funding plus own revenue used); null before the first. */
  covered: z.number().nullable(),
  /** The most any blend could cover (proven so far). */
  bound: z.number(),
  /** bound - covered: at most this far from the best possible; null before the first blend. */
  distance: z.number().nullable(),
});
export type BlendProgressJson = z.infer<typeof blendProgressSchema>;

/**
 * A finished portfolio blend: the blend itself and the two views the Portfolio screen
 * shows of it (as `portfolio.analysis` and `portfolio.budgetCycle`), so the screen
 * waits for one blend, not three.
 */
export const blendJobResultSchema = z.object({
  blend: blendResultJsonSchema,
  analysis: portfolioAnalysisSchema,
  budgetCycle: budgetCycleSchema,
});

/** Where a blend job stands; `progress` as last reported, `result` only when done, `error` only when failed. */
export const blendJobSchema = z.object({
  jobId: z.string(),
  scenarioId: z.string(),
  state: z.enum(['running', 'done', 'failed', 'cancelled']),
  /** Phases passed (relaxation, search, rounding) of `total`. */
  done: z.number(),
  total: z.number(),
  progress: blendProgressSchema.nullable(),
  result: blendJobResultSchema.nullable(),
  error: z.object({ code: z.string(), message: z.string() }).nullable(),
});
export type BlendJob = z.infer<typeof blendJobSchema>;

export const blendJobOperations = {
  /** Starts the scenario's portfolio blend (the workspace as the scenario sees it), as `scenarios.blend` computes it. */
  'blends.start': { input: z.strictObject({ scenarioId: idSchema }), output: blendJobSchema },
  'blends.job': { input: z.strictObject({ jobId: jobIdSchema }), output: blendJobSchema },
  'blends.cancel': { input: z.strictObject({ jobId: jobIdSchema }), output: blendJobSchema },
} as const;
