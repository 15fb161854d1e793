/**
 * The coach's week (award-week.ts) in its wire form: reports due, decisions awaited too
 * long and application rounds about to close, grouped per coach. Browser-safe.
 */
import { z } from 'zod';
import { AWARD_STATUSES } from './award';
import { WEEK_ITEM_KINDS } from './award-week';
import { nonNegativeMoneySchema } from './money';

export const weekItemSchema = z.object({
  kind: z.enum(WEEK_ITEM_KINDS),
  /** What the item is about: the report's due date, the expected decision, the closing date. */
  date: z.string(),
  /** Days from today to `date`; negative once it has passed. */
  days: z.number(),
  planId: z.string(),
  planName: z.string(),
  cooperativeId: z.string(),
  cooperativeName: z.string(),
  streamId: z.string(),
  streamName: z.string(),
  status: z.enum(AWARD_STATUSES),
  /** Euros: granted (report due) or asked for (otherwise); null when not recorded. */
  amount: nonNegativeMoneySchema.nullable(),
  reference: z.string().nullable(),
  appliedOn: z.string().nullable(),
  decisionWeeks: z.number().nullable(),
  decisionWeeksDefault: z.boolean(),
});

export const weekAgendaSchema = z.object({
  /** Today on the host's clock, `YYYY-MM-DD`. */
  today: z.string(),
  horizonDays: z.number(),
  groups: z.array(z.object({ coach: z.string().nullable(), items: z.array(weekItemSchema) })),
});
/** The wire form (euros), as the renderer and tests read it. */
export type WeekAgendaJson = z.input<typeof weekAgendaSchema>;
