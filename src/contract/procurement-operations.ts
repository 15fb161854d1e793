/**
 * The procurement operations (merged into `operations`): the workspace's procurement section
 * (purchasing volume per year, contracts awarded to cooperatives), its replacement as one
 * undoable edit, and the read-only analysis per year (src/finance/analysis/procurement.ts).
 * Browser-safe: schemas only.
 */
import { z } from 'zod';
import { procurementAnalysisSchema } from '../finance/analysis/procurement-schema';
import { procurementSchema } from '../model/procurement';

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
