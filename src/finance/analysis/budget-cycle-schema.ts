/**
 * What the budget cycle (budget-cycle.ts) produces in its wire form: structural and
 * one-off money per budget year and silo, and what each plan needs after its last year
 * to keep running. Money in euros on the wire, cents in the model. Browser-safe.
 */
import { z } from 'zod';
import { nonNegativeMoneySchema } from '../../model/money';

const money = nonNegativeMoneySchema;

export const budgetCycleCellSchema = z.object({
  year: z.number(),
  silo: z.string(),
  siloLabel: z.string(),
  structural: money,
  oneOff: money,
});

export const budgetCycleYearSchema = z.object({
  year: z.number(),
  structural: money,
  oneOff: money,
  ownRevenue: money,
  needAfterPilots: money,
  oneOffCliff: money,
});

export const planNeedSchema = z.object({
  planId: z.string(),
  cooperativeId: z.string(),
  name: z.string(),
  lastYear: z.number(),
  continuingCost: money,
  revenue: money,
  need: money,
  oneOffPaid: money,
  structuralPaid: money,
  oneOffFunded: money,
  structuralFunded: money,
  unfunded: money,
  oneOffShare: z.number().nullable(),
});

export const budgetCycleSchema = z.object({
  scenarioId: z.string(),
  silos: z.array(z.object({ silo: z.string(), label: z.string() })),
  cells: z.array(budgetCycleCellSchema),
  years: z.array(budgetCycleYearSchema),
  plans: z.array(planNeedSchema),
  totals: z.object({
    structural: money,
    oneOff: money,
    ownRevenue: money,
    need: money,
    oneOffCliff: money,
  }),
});
/** The wire form (euros), as the renderer, the CLI's --json and tests read it. */
export type BudgetCycleJson = z.input<typeof budgetCycleSchema>;
