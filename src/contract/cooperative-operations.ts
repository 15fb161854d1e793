/**
 * The cooperative page's operation (merged into `operations`): one cooperative under a
 * scenario's portfolio blend, its funding per silo and year, de minimis room (general
 * and SGEI), awards and cash position (issue 15). Browser-safe: schemas only.
 */
import { z } from 'zod';
import { idSchema } from '../model/ids';
import { cooperativeAnalysisSchema } from '../finance/analysis/cooperative-schema';

export const cooperativeOperations = {
  /** Read-only: blends the scenario's portfolio (as portfolio.analysis does) and looks at one cooperative. */
  'cooperatives.analysis': {
    input: z.strictObject({ cooperativeId: idSchema, scenarioId: idSchema }),
    output: cooperativeAnalysisSchema,
  },
} as const;
