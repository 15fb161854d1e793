import { z } from 'zod';
import { sectorSchema, stageSchema } from './cooperative';
import { boundedNumber, fractionSchema } from './fraction';
import { idSchema } from './ids';
import { nonNegativeMoneySchema } from './money';
import { nameSchema, textSchema } from './text';
import { yearScheduleSchema, yearSchema } from './years';

export const STREAM_KINDS = ['grant', 'loan', 'equity', 'procurement', 'in-kind'] as const;
export const streamKindSchema = z.enum(STREAM_KINDS);
export type StreamKind = z.infer<typeof streamKindSchema>;

export const COST_CATEGORIES = ['capex', 'opex', 'personnel', 'training', 'housing', 'other'] as const;
export const costCategorySchema = z.enum(COST_CATEGORIES);
export type CostCategory = z.infer<typeof costCategorySchema>;

export const loanTermsSchema = z.strictObject({
  rate: fractionSchema,
  termYears: z.number().int().min(1).max(50),
  graceYears: z.number().int().min(0).max(20).default(0),
});
export type LoanTerms = z.output<typeof loanTermsSchema>;

export const eligibilitySchema = z.strictObject({
  sectors: z.array(sectorSchema).min(1).optional(),
  categories: z.array(costCategorySchema).min(1).optional(),
  stages: z.array(stageSchema).min(1).optional(),
});

/** A year window `[first, last]`, inclusive. */
export const yearWindowSchema = z
  .tuple([yearSchema, yearSchema])
  .refine(([first, last]) => first <= last, { params: { messageKey: 'yearWindowOrder' } });

export const fundingStreamSchema = z
  .strictObject({
    id: idSchema,
    name: nameSchema,
    provider: textSchema.optional(),
    silo: idSchema,
    kind: streamKindSchema,
    public: z.boolean(),
    stateAid: z.boolean().default(false),
    years: yearWindowSchema.optional(),
    budgetPerYear: z.union([nonNegativeMoneySchema, yearScheduleSchema]).optional(),
    maxPerPlan: nonNegativeMoneySchema.optional(),
    maxShareOfPlan: fractionSchema.optional(),
    minAward: nonNegativeMoneySchema.optional(),
    matching: boundedNumber('matchingRange', (v) => v >= 0 && v <= 100).optional(),
    awardProbability: fractionSchema.default(1),
    eligible: eligibilitySchema.optional(),
    loan: loanTermsSchema.optional(),
  })
  .superRefine((stream, ctx) => {
    if (stream.kind === 'loan' && stream.loan === undefined) {
      ctx.addIssue({ code: 'custom', path: ['loan'], params: { messageKey: 'loanTermsRequired' } });
    }
    if (stream.kind !== 'loan' && stream.loan !== undefined) {
      ctx.addIssue({ code: 'custom', path: ['loan'], params: { messageKey: 'loanTermsOnlyOnLoans' } });
    }
    if (
      stream.minAward !== undefined &&
      stream.maxPerPlan !== undefined &&
      stream.minAward > stream.maxPerPlan
    ) {
      ctx.addIssue({ code: 'custom', path: ['minAward'], params: { messageKey: 'minAwardAboveMax' } });
    }
  });

export type FundingStream = z.output<typeof fundingStreamSchema>;
export type FundingStreamJson = z.input<typeof fundingStreamSchema>;
