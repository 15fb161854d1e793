/**
 * Versions on the wire (issue 17, no lost updates). Every record the contract returns
 * (cooperatives, funding streams, plans, indicators, scenarios, settings) carries the
 * `version` its next write must expect; updates and deletes take that number back as
 * `expectedVersion` and are refused with `conflict` when someone wrote in between.
 * The exchange JSON (`workspace.get`, export) never carries versions.
 */
import { z } from 'zod';

/** 1 when the record is created, raised by one on every write. */
export const versionSchema = z.number().int().min(1).max(Number.MAX_SAFE_INTEGER);

/** The version the caller last saw; absent: the write does not check (tools, scripts). */
export const expectedVersionSchema = versionSchema.optional();

/**
 * A record's schema with its `version` beside its fields. `safeExtend` keeps the
 * record's own checks (a plan's years, a cooperative's path) and its strictness.
 */
export function versioned<Shape extends z.core.$ZodShape, Config extends z.core.$ZodObjectConfig>(
  schema: z.ZodObject<Shape, Config>,
): z.ZodObject<Shape & { version: typeof versionSchema }, Config> {
  // Widened for the call: TypeScript cannot check `safeExtend`'s shape rule against a generic shape.
  return (schema as z.ZodObject).safeExtend({ version: versionSchema }) as unknown as z.ZodObject<
    Shape & { version: typeof versionSchema },
    Config
  >;
}
