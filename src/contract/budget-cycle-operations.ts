/**
 * The budget cycle's operation (merged into `operations`): structural and one-off money
 * per budget year and silo, and what each plan needs after its last year to keep
 * running (src/finance/analysis/budget-cycle.ts). Read-only. Browser-safe: schemas only.
 */
import { z } from 'zod';
import { idSchema } from '../model/ids';
import { budgetCycleSchema } from '../finance/analysis/budget-cycle-schema';

export const budgetCycleOperations = {
  /** The budget cycle of a scenario under the blend of its plans (as `portfolio.analysis`). */
  'portfolio.budgetCycle': { input: z.strictObject({ scenarioId: idSchema }), output: budgetCycleSchema },
} as const;
