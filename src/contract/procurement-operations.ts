/**
 * The procurement operations (merged into `operations`): the workspace's procurement section
 * (purchasing volume per year, contracts awarded to cooperatives), its replacement as one
 * undoable edit, and the read-only analysis per year (src/finance/analysis/procurement.ts).
 * The section is one record with a `version` like the settings (issue 17): a replacement
 * that expects an older version is refused with `conflict`, so two people editing the
 * Inkoop screen cannot silently overwrite each other's contracts.
 * Browser-safe: schemas only.
 */
import { z } from 'zod';
import { procurementAnalysisSchema } from '../finance/analysis/procurement-schema';
import { procurementSchema } from '../model/procurement';
import { expectedVersionSchema, versioned } from './versioned';

export const procurementOperations = {
  /** The procurement section with its version, or null when the workspace has none. */
  'procurement.get': { input: z.strictObject({}), output: versioned(procurementSchema).nullable() },
  /**
   * Replaces the section whole (null removes it); cooperatives and plans must exist.
   * `expectedVersion`: the section's version the caller last saw (absent: no check, as
   * when there was no section to see). Answers the stored section with its new version.
   */
  'procurement.update': {
    input: z.strictObject({
      procurement: procurementSchema.nullable(),
      expectedVersion: expectedVersionSchema,
    }),
    output: versioned(procurementSchema).nullable(),
  },
  'procurement.analysis': { input: z.strictObject({}), output: procurementAnalysisSchema },
} as const;
