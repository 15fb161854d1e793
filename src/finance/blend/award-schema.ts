import { z } from 'zod';
import { AWARD_STATUSES } from '../../model/award';

/**
 * What the blend made of one award of a blended plan (issue 14), in euros: the blend's
 * `--json`, the plan builder's and the portfolio's analyses all carry it.
 */
export const awardOutcomeJsonSchema = z.object({
  planId: z.string(),
  streamId: z.string(),
  status: z.enum(AWARD_STATUSES),
  /** The granted amount (granted or settled), else null. */
  granted: z.number().nullable(),
  /** What the blend gives the plan from the stream, locked amounts included. */
  given: z.number(),
  /** Granted less given when the stream cannot pay the grant within its rules. */
  shortfall: z.number(),
  /** The chance the money comes through, as the Monte Carlo counts it. */
  probability: z.number(),
  message: z.string(),
});
export type AwardOutcomeJson = z.infer<typeof awardOutcomeJsonSchema>;
