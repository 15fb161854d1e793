/** The blend as the command line's `--json` prints it (spec section 9), shared by several operations. */
import { z } from 'zod';
import { BLEND_RULES } from './types';
import { awardOutcomeJsonSchema } from './award-schema';

const blendRuleSchema = z.enum(BLEND_RULES);

/** A blend as the command line's `--json` prints it (spec section 9), in euros. */
export const blendResultJsonSchema = z.object({
  status: z.literal('optimal'),
  totalCost: z.number(),
  funded: z.number(),
  ownRevenueTotal: z.number(),
  gap: z.number(),
  /** The most any blend could cover (issue 18); totalCost - gap when the blend is proven optimal. */
  bound: z.number(),
  plans: z.array(
    z.object({
      planId: z.string(),
      totalCost: z.number(),
      funded: z.number(),
      ownRevenue: z.number(),
      gap: z.number(),
      fundedShare: z.number(),
    }),
  ),
  allocations: z.array(
    z.object({
      planId: z.string(),
      streamId: z.string(),
      costId: z.string(),
      year: z.number(),
      amount: z.number(),
    }),
  ),
  ownRevenue: z.array(
    z.object({ planId: z.string(), costId: z.string(), year: z.number(), amount: z.number() }),
  ),
  guarantees: z.array(
    z.object({
      planId: z.string(),
      streamId: z.string(),
      loanStreamId: z.string(),
      year: z.number(),
      amount: z.number(),
    }),
  ),
  funds: z.array(
    z.object({
      streamId: z.string(),
      year: z.number(),
      budget: z.number().nullable(),
      drawn: z.number(),
      returned: z.number(),
      relent: z.number(),
      balance: z.number(),
    }),
  ),
  binding: z.array(
    z.object({
      rule: blendRuleSchema,
      streamId: z.string().nullable(),
      planId: z.string().nullable(),
      valuePerEuro: z.number(),
      message: z.string(),
    }),
  ),
  /** Per award of the blended plans (issue 14): what the blend made of it, in words. */
  awards: z.array(awardOutcomeJsonSchema),
});
export type BlendResultJson = z.infer<typeof blendResultJsonSchema>;
