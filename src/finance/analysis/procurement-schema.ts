/**
 * What the procurement analysis produces (procurement.ts) in its wire form: per year the
 * purchasing volume, what went to cooperatives (reserved and social return included),
 * and per cooperative. Money in euros on the wire, cents in the model. Browser-safe.
 */
import { z } from 'zod';
import { nonNegativeMoneySchema } from '../../model/money';

const money = nonNegativeMoneySchema;

export const procurementYearSchema = z.object({
  year: z.number(),
  volume: money.nullable(),
  awarded: money,
  share: z.number().nullable(),
  contracts: z.number(),
  reserved: money,
  reservedContracts: z.number(),
  socialReturn: money,
  socialReturnShare: z.number().nullable(),
});

export const procurementAnalysisSchema = z.object({
  years: z.array(procurementYearSchema),
  cooperatives: z.array(
    z.object({
      cooperativeId: z.string(),
      awarded: money,
      reserved: money,
      socialReturn: money,
      contracts: z.number(),
    }),
  ),
  contributionMargin: z.number(),
});
/** The wire form (euros), as the renderer, the CLI's --json and tests read it. */
export type ProcurementAnalysisJson = z.input<typeof procurementAnalysisSchema>;
