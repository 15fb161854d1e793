/**
 * A record's history (issue 17): who changed which field from what to what, read from
 * the append-only audit trail (merged into `operations`). Browser-safe: schemas only.
 */
import { z } from 'zod';
import { idSchema } from '../model/ids';

/** The records whose screens show a history panel. */
export const historyEntitySchema = z.enum(['cooperative', 'fundingStream', 'plan']);
export type HistoryEntity = z.infer<typeof historyEntitySchema>;

/** A key, a list position, or a listed record's id (src/storage/record-diff.ts). */
const pathSegmentSchema = z.union([z.string(), z.number(), z.object({ id: z.string() })]);

/** One field's change; `before` / `after` absent when the field did not exist then. */
export const fieldChangeSchema = z.object({
  path: z.array(pathSegmentSchema),
  before: z.unknown(),
  after: z.unknown(),
});

export const historyEventSchema = z.object({
  /** ISO 8601. */
  at: z.string(),
  user: z.string(),
  /** The contract operation that wrote it (`plans.update`, `imports.apply`, ...). */
  operation: z.string(),
  /** Created and deleted events carry no field changes. */
  kind: z.enum(['created', 'changed', 'deleted']),
  /** Exchange-format values (amounts in euros), in the order the fields appear. */
  changes: z.array(fieldChangeSchema),
});
export type HistoryEvent = z.infer<typeof historyEventSchema>;

export const auditOperations = {
  /** One record's events, newest first. An id the trail never saw answers an empty list. */
  'audit.history': {
    input: z.strictObject({ entity: historyEntitySchema, id: idSchema }),
    output: z.array(historyEventSchema),
  },
} as const;
