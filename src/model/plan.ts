import { z } from 'zod';
import { awardSchema, checkPlanAwards } from './award';
import { boundedNumber, fractionSchema } from './fraction';
import { idSchema } from './ids';
import { nonNegativeMoneySchema } from './money';
import { sectorSchema } from './cooperative';
import { costCategorySchema, type CostCategory } from './stream';
import { nameSchema, textSchema } from './text';
import { yearScheduleSchema, yearSchema } from './years';

export const costLineSchema = z.strictObject({
  id: idSchema,
  category: costCategorySchema,
  label: nameSchema,
  amounts: yearScheduleSchema,
  /**
   * Format version 3: the sector this cost serves when it differs from the cooperative's
   * (a care cooperative's solar panels: energy). A stream's sector rule checks it;
   * absent: the cooperative's sector (docs/blend.md "Eligibility").
   */
  sector: sectorSchema.optional(),
  /** Whether the cost goes on after the plan's last year; absent: `continuesAfterPlan`'s default. */
  continues: z.boolean().optional(),
});
export type CostLine = z.output<typeof costLineSchema>;

/** Running costs go on once a pilot ends; investments and one-time training do not. */
const CONTINUING_CATEGORIES: ReadonlySet<CostCategory> = new Set(['opex', 'personnel', 'housing']);

/**
 * Whether a cost line goes on after the plan's last year (the budget cycle's "what a
 * plan needs to keep running"): the line's own `continues`, else by category (opex,
 * personnel and housing continue; capex, training and other do not).
 */
export function continuesAfterPlan(cost: Pick<CostLine, 'category' | 'continues'>): boolean {
  return cost.continues ?? CONTINUING_CATEGORIES.has(cost.category);
}

export const lockedAmountSchema = z.strictObject({
  streamId: idSchema,
  costId: idSchema,
  year: yearSchema,
  amount: nonNegativeMoneySchema,
});
export type LockedAmount = z.output<typeof lockedAmountSchema>;

export const EVIDENCE_GRADES = ['strong', 'moderate', 'weak'] as const;
export const evidenceSchema = z.enum(EVIDENCE_GRADES);

export const uncertaintySchema = z
  .strictObject({
    low: boundedNumber('uncertaintyLow', (v) => v >= 0 && v <= 1),
    high: boundedNumber('uncertaintyHigh', (v) => v >= 1 && v <= 100),
  })
  .default({ low: 1, high: 1 });

/**
 * What one plan delivers for one indicator, in absolute units per year (format version 2):
 * `output` is counted in `outputUnit` when given (households served, t CO2 avoided), else
 * in the unit the indicator's denominator counts, or in the indicator's own unit when it
 * has no denominator. The projection divides it by the indicator's city total
 * (src/impact/projection.ts, `divisorOf`).
 */
export const impactLineSchema = z.strictObject({
  indicatorId: idSchema,
  start: yearSchema,
  duration: z.number().int().min(1).max(100),
  output: z.number(),
  outputUnit: nameSchema.optional(),
  deadweight: fractionSchema.default(0),
  attribution: fractionSchema.default(0),
  displacement: fractionSchema.default(0),
  dropOff: fractionSchema.default(0),
  uncertainty: uncertaintySchema,
  evidence: evidenceSchema,
  basis: textSchema.default(''),
});
export type ImpactLine = z.output<typeof impactLineSchema>;

export const planSchema = z
  .strictObject({
    id: idSchema,
    cooperativeId: idSchema,
    name: nameSchema,
    startYear: yearSchema,
    years: z.number().int().min(1).max(30),
    costs: z.array(costLineSchema).max(500),
    revenues: yearScheduleSchema.default({}),
    locked: z.array(lockedAmountSchema).max(5000).default([]),
    impacts: z.array(impactLineSchema).max(500).default([]),
    /** Applications and decisions, at most one per funding stream (award.ts). */
    awards: z.array(awardSchema).max(1000).default([]),
  })
  .superRefine((plan, ctx) => {
    const first = plan.startYear;
    const last = plan.startYear + plan.years - 1;
    const outside = (year: number) => year < first || year > last;
    plan.costs.forEach((cost, i) => {
      for (const key of Object.keys(cost.amounts)) {
        if (outside(Number(key))) {
          ctx.addIssue({
            code: 'custom',
            path: ['costs', i, 'amounts', key],
            params: { messageKey: 'yearOutsidePlan', first, last },
          });
        }
      }
    });
    for (const key of Object.keys(plan.revenues)) {
      if (outside(Number(key))) {
        ctx.addIssue({
          code: 'custom',
          path: ['revenues', key],
          params: { messageKey: 'yearOutsidePlan', first, last },
        });
      }
    }
    plan.locked.forEach((lock, i) => {
      if (outside(lock.year)) {
        ctx.addIssue({
          code: 'custom',
          path: ['locked', i, 'year'],
          params: { messageKey: 'yearOutsidePlan', first, last },
        });
      }
    });
    checkPlanAwards(plan, (path, messageKey, params = {}) =>
      ctx.addIssue({ code: 'custom', path, params: { messageKey, ...params } }),
    );
  });

export type Plan = z.output<typeof planSchema>;
export type PlanJson = z.input<typeof planSchema>;
