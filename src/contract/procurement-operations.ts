/**
 * The procurement operations (merged into `operations`): the workspace's procurement section
 * (purchasing volume per year, contracts awarded to cooperatives), its replacement as one
 * undoable edit, and the read-only analysis per year (src/finance/analysis/procurement.ts).
 * Browser-safe: schemas only.
 */
import { z } from 'zod';
import { nonNegativeMoneySchema } from '../model/money';
import { procurementSchema } from '../model/procurement';

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

export const procurementOperations = {
  /** The procurement section, or null when the workspace has none. */
  'procurement.get': { input: z.strictObject({}), output: procurementSchema.nullable() },
  /** Replaces the section whole (null removes it); cooperatives and plans must exist. */
  'procurement.update': {
    input: z.strictObject({ procurement: procurementSchema.nullable() }),
    output: procurementSchema.nullable(),
  },
  'procurement.analysis': { input: z.strictObject({}), output: procurementAnalysisSchema },
} as const;
