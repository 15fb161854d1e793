import { z } from 'zod';
import { idSchema } from './ids';
import { checkIncubatorPath, coachingMonthSchema, stageStepSchema } from './incubator-path';
import { nonNegativeMoneySchema } from './money';
import { nameSchema, textSchema } from './text';
import { isoDateSchema, yearSchema } from './years';

export const SECTORS = [
  'energy',
  'care',
  'food',
  'housing',
  'mobility',
  'cleaning',
  'circular',
  'culture',
  'other',
] as const;
export const sectorSchema = z.enum(SECTORS);
export type Sector = z.infer<typeof sectorSchema>;

export const LEGAL_FORMS = [
  'cooperatie-ua',
  'cooperatie-ba',
  'cooperatie-wa',
  'vereniging',
  'stichting',
  'other',
] as const;
export const legalFormSchema = z.enum(LEGAL_FORMS);

export const STAGES = ['idea', 'startup', 'growth', 'mature'] as const;
export const stageSchema = z.enum(STAGES);
export type Stage = z.infer<typeof stageSchema>;

export const PARTNERSHIPS = [
  'none',
  'procurement',
  'co-ownership',
  'concession',
  'right-to-challenge',
  'grant-partnership',
] as const;
export const partnershipSchema = z.enum(PARTNERSHIPS);

export const priorStateAidSchema = z.strictObject({
  year: yearSchema,
  /** The gross grant equivalent received, in cents. */
  amount: nonNegativeMoneySchema,
  /** Received as SGEI de minimis aid (Reg. (EU) 2023/2832) rather than general de minimis. */
  sgei: z.boolean().default(false),
});

export const cooperativeStageStepSchema = stageStepSchema(stageSchema);
export type CooperativeStageStep = z.output<typeof cooperativeStageStepSchema>;

export const cooperativeSchema = z
  .strictObject({
    id: idSchema,
    name: nameSchema,
    sector: sectorSchema,
    district: textSchema.optional(),
    /** The incubator staff member who coaches the cooperative (a name; absent: nobody yet). */
    coach: nameSchema.optional(),
    legalForm: legalFormSchema,
    stage: stageSchema,
    members: z.number().int().min(0).max(10_000_000),
    foundedYear: yearSchema.optional(),
    partnership: partnershipSchema.default('none'),
    priorStateAid: z.array(priorStateAidSchema).max(1000).default([]),
    /** Entrusted in writing with a service of general economic interest (Reg. (EU) 2023/2832). */
    sgei: z.boolean().default(false),
    /** The day the incubator took the cooperative in. */
    intakeDate: isoDateSchema.optional(),
    /** Each stage it entered and the day it did, oldest first; the latest is `stage`. */
    stageHistory: z.array(cooperativeStageStepSchema).max(100).default([]),
    /** Coaching hours the incubator gave it, per calendar month. */
    coachingHours: z.array(coachingMonthSchema).max(1200).default([]),
  })
  .superRefine((cooperative, ctx) =>
    checkIncubatorPath(cooperative, (path, messageKey, params = {}) =>
      ctx.addIssue({ code: 'custom', path, params: { messageKey, ...params } }),
    ),
  );

export type Cooperative = z.output<typeof cooperativeSchema>;
export type CooperativeJson = z.input<typeof cooperativeSchema>;
