/**
 * The week view's operation (merged into `operations`): reports due, decisions awaited
 * too long and application rounds about to close, per coach (issue 14, "Deze week").
 * Browser-safe: schemas only.
 */
import { z } from 'zod';
import { weekAgendaSchema } from '../model/award-week-schema';

export const weekOperations = {
  /** The coach's week as of the host's today (src/model/award-week.ts). */
  'awards.week': { input: z.strictObject({}), output: weekAgendaSchema },
} as const;
