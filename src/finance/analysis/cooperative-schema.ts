/**
 * What the cooperative page's analysis produces (finance/analysis/cooperative.ts): one
 * cooperative under a scenario's portfolio blend, in euros. Browser-safe: schemas only.
 */
import { z } from 'zod';
import { deMinimisSchema } from './schemas';
import { awardOutcomeJsonSchema } from '../blend/award-schema';

const euros = z.number();

/**
 * SGEI de minimis room (Reg. (EU) 2023/2832) of a cooperative entrusted with a service of
 * general economic interest: general and SGEI aid together against the SGEI ceiling.
 */
export const sgeiDeMinimisSchema = deMinimisSchema.omit({ cooperativeId: true });

export const cooperativeAnalysisSchema = z.object({
  cooperativeId: z.string(),
  scenarioId: z.string(),
  /** The cooperative's plans in the scenario, in its priority order, under the portfolio blend. */
  plans: z.array(
    z.object({
      planId: z.string(),
      totalCost: euros,
      funded: euros,
      ownRevenue: euros,
      gap: euros,
      fundedShare: z.number(),
    }),
  ),
  /** Euros the blend gives the cooperative's plans, per silo and year (silos in the workspace's order). */
  siloFunding: z.array(z.object({ silo: z.string(), year: z.number(), amount: euros })),
  /** Per year of the plans: cost, own revenue paying it, gap, and the cash position (cumulative net). */
  years: z.array(
    z.object({
      year: z.number(),
      costs: euros,
      funded: euros,
      ownRevenue: euros,
      gap: euros,
      revenue: euros,
      debtService: euros,
      net: euros,
      cumulative: euros,
    }),
  ),
  /** General de minimis room; null when the cooperative has no plan at all. */
  deMinimis: deMinimisSchema.nullable(),
  /** SGEI room; null when the cooperative is not entrusted with an SGEI or has no plan. */
  sgeiDeMinimis: sgeiDeMinimisSchema.nullable(),
  /** What the blend made of the awards of the cooperative's plans in the scenario. */
  awards: z.array(awardOutcomeJsonSchema),
});
export type CooperativeAnalysis = z.infer<typeof cooperativeAnalysisSchema>;
