import { z } from 'zod';
import { sectorSchema, stageSchema } from './cooperative';
import { boundedNumber, fractionSchema } from './fraction';
import { idSchema } from './ids';
import { nonNegativeMoneySchema } from './money';
import { nameSchema, textSchema } from './text';
import { isoDateSchema, yearScheduleSchema, yearSchema } from './years';

/** Kinds of stream that pay cost lines (a guarantee pays none: it backs a loan). */
export const PAYING_KINDS = ['grant', 'loan', 'equity', 'procurement', 'in-kind'] as const;
export type PayingKind = (typeof PAYING_KINDS)[number];
export const STREAM_KINDS = [...PAYING_KINDS, 'guarantee'] as const;
export const streamKindSchema = z.enum(STREAM_KINDS);
export type StreamKind = z.infer<typeof streamKindSchema>;

export const COST_CATEGORIES = ['capex', 'opex', 'personnel', 'training', 'housing', 'other'] as const;
export const costCategorySchema = z.enum(COST_CATEGORIES);
export type CostCategory = z.infer<typeof costCategorySchema>;

export const loanTermsSchema = z.strictObject({
  rate: fractionSchema,
  termYears: z.number().int().min(1).max(50),
  graceYears: z.number().int().min(0).max(20).default(0),
  /**
   * Share of every draw that a guarantee (borgstelling) must back before the lender
   * lends it; absent: the loan needs no guarantee.
   */
  guaranteeRequired: fractionSchema.optional(),
});
export type LoanTerms = z.output<typeof loanTermsSchema>;

export const eligibilitySchema = z.strictObject({
  sectors: z.array(sectorSchema).min(1).optional(),
  categories: z.array(costCategorySchema).min(1).optional(),
  stages: z.array(stageSchema).min(1).optional(),
});

/**
 * A guarantee (borgstelling): it pays no cost itself, it backs up to `share` of the
 * draws of the loan streams it names, for `termYears` years; `callRate` is the chance
 * that it is called over its term (Monte Carlo).
 */
export const guaranteeTermsSchema = z.strictObject({
  backs: z.array(idSchema).min(1).max(100),
  share: fractionSchema,
  termYears: z.number().int().min(1).max(30),
  callRate: fractionSchema.default(0),
});
export type GuaranteeTerms = z.output<typeof guaranteeTermsSchema>;

/**
 * Where a stream's money sits in the municipal budget (begrotingscyclus): structural
 * (structureel, in the multi-year budget every year) or one-off (incidenteel: a pilot,
 * a one-time fund, an EU programme period). See `budgetNatureOf` for the default.
 */
export const BUDGET_NATURES = ['structural', 'one-off'] as const;
export const budgetNatureSchema = z.enum(BUDGET_NATURES);
export type BudgetNature = z.infer<typeof budgetNatureSchema>;

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
    /**
     * A stream still being set up (concept): no blend uses it until the user marks it
     * ready, so a stream saved before its budget and eligibility are set funds nothing.
     */
    draft: z.boolean().default(false),
    years: yearWindowSchema.optional(),
    budgetPerYear: z.union([nonNegativeMoneySchema, yearScheduleSchema]).optional(),
    /** Absent: one-off when the stream has a `years` window, else structural (`budgetNatureOf`). */
    budgetNature: budgetNatureSchema.optional(),
    maxPerPlan: nonNegativeMoneySchema.optional(),
    maxShareOfPlan: fractionSchema.optional(),
    minAward: nonNegativeMoneySchema.optional(),
    matching: boundedNumber('matchingRange', (v) => v >= 0 && v <= 100).optional(),
    awardProbability: fractionSchema.default(1),
    eligible: eligibilitySchema.optional(),
    loan: loanTermsSchema.optional(),
    guarantee: guaranteeTermsSchema.optional(),
    /** A revolving fund: repayments of the blended plans come back as budget in later years. */
    revolving: z.boolean().default(false),
    /** With `revolving`: interest comes back too, not only principal. */
    revolvingInterest: z.boolean().default(false),
    /** The aid compensates a service of general economic interest (Reg. (EU) 2023/2832). */
    sgei: z.boolean().default(false),
    /** Peildatum: the date the stream's terms were last checked. */
    termsDate: isoDateSchema.optional(),
    /** Where the terms come from: a URL or a regulation reference. */
    source: textSchema.optional(),
    /** Weeks the funder usually takes to decide on an application (the week view's reminder). */
    decisionWeeks: z.number().int().min(1).max(104).optional(),
    /** The last day to apply (sluitingsdatum), when the stream has an application round. */
    applicationDeadline: isoDateSchema.optional(),
  })
  .superRefine((stream, ctx) => {
    if (stream.kind === 'loan' && stream.loan === undefined) {
      ctx.addIssue({ code: 'custom', path: ['loan'], params: { messageKey: 'loanTermsRequired' } });
    }
    if (stream.kind !== 'loan' && stream.loan !== undefined) {
      ctx.addIssue({ code: 'custom', path: ['loan'], params: { messageKey: 'loanTermsOnlyOnLoans' } });
    }
    if (stream.kind === 'guarantee' && stream.guarantee === undefined) {
      ctx.addIssue({ code: 'custom', path: ['guarantee'], params: { messageKey: 'guaranteeTermsRequired' } });
    }
    if (stream.kind !== 'guarantee' && stream.guarantee !== undefined) {
      ctx.addIssue({
        code: 'custom',
        path: ['guarantee'],
        params: { messageKey: 'guaranteeTermsOnlyOnGuarantees' },
      });
    }
    if (stream.kind === 'guarantee') {
      // A guarantee pays nothing, so a minimum payment or a match on what it pays means nothing.
      for (const field of ['minAward', 'matching'] as const) {
        if (stream[field] !== undefined)
          ctx.addIssue({ code: 'custom', path: [field], params: { messageKey: 'notOnGuarantees' } });
      }
    }
    if (stream.kind !== 'loan') {
      for (const field of ['revolving', 'revolvingInterest'] as const) {
        if (stream[field])
          ctx.addIssue({ code: 'custom', path: [field], params: { messageKey: 'revolvingOnlyOnLoans' } });
      }
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

/**
 * The stream's budget nature, with the default for files that do not say: money
 * available only in a window of years is one-off, money without an end structural.
 * Kept a derivation (not a zod default) so a file without the field exports unchanged.
 */
export function budgetNatureOf(stream: Pick<FundingStream, 'budgetNature' | 'years'>): BudgetNature {
  return stream.budgetNature ?? (stream.years === undefined ? 'structural' : 'one-off');
}

/** The kind of a stream that an allocation names; allocations never name a guarantee, which pays nothing. */
export function payingKindOf(stream: Pick<FundingStream, 'id' | 'kind'>): PayingKind {
  if (stream.kind === 'guarantee') throw new Error(`Guarantee "${stream.id}" cannot pay a cost line`);
  return stream.kind;
}
