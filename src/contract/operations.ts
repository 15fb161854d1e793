/**
 * The contract: every operation's name with its input and output schemas. Hosts and
 * the renderer share this list; handlers live apart (src/api/handlers.ts) so the browser
 * bundle never pulls in storage.
 *
 * Wire values are the workspace JSON form (euros); handlers see the model (cents).
 *
 * Names are `<noun>.<verb or view>`: a collection in the plural (`plans.analysis`,
 * `scenarios.start`, `reports.download`, `imports.preview`), a thing the workspace has
 * once in the singular (`workspace.info`, `settings.get`, `procurement.get`,
 * `portfolio.analysis`). The renderer's client groups them by that noun (`api.plans.analysis`).
 */
import { z } from 'zod';
import { planAnalysisSchema, portfolioAnalysisSchema } from '../finance/analysis/schemas';
import { blendResultJsonSchema } from '../finance/blend/json-schema';
import { backupOperations } from './backup-operations';
import { importOperations } from './import-operations';
import { reportOperations } from './report-operations';
import { weekOperations } from './week-operations';
import { budgetCycleOperations } from './budget-cycle-operations';
import { procurementOperations } from './procurement-operations';
import { cooperativeOperations } from './cooperative-operations';
import { sessionOperations } from './session-operations';
import { auditOperations } from './audit-operations';
import { blendJobOperations } from './blend-jobs';
import { nextEuroSchema } from '../impact/scenario-run-schema';
import { jobIdSchema, scenarioJobSchema } from './scenario-jobs';
import { cooperativeSchema } from '../model/cooperative';
import { idSchema } from '../model/ids';
import { indicatorSchema } from '../model/indicator';
import { planSchema } from '../model/plan';
import { scenarioSchema } from '../model/scenario';
import { settingsSchema } from '../model/settings';
import { fundingStreamSchema } from '../model/stream';
import { workspaceSchema } from '../model/workspace';
import { expectedVersionSchema, versionSchema, versioned } from './versioned';

const none = z.strictObject({});
const position = z.number().int().min(0).max(1_000_000).optional();
/** Where a plan stands (or is to stand) in scenarios' plan lists. */
const planPlacesSchema = z
  .array(z.strictObject({ id: idSchema, position: z.number().int().min(0).max(10_000).optional() }))
  .max(1000);
/** A plan deleted with its cooperative and where it stood: what undo puts back. */
const removedPlanSchema = z.strictObject({
  plan: planSchema,
  position: z.number().int().min(0).max(1_000_000),
  scenarios: z
    .array(z.strictObject({ id: idSchema, position: z.number().int().min(0).max(10_000) }))
    .max(1000),
});
/** What happens to a cooperative's plans when it is deleted. */
const planActionSchema = z.discriminatedUnion('action', [
  z.strictObject({ action: z.literal('delete') }),
  z.strictObject({ action: z.literal('move'), to: idSchema }),
]);

export const workspaceInfoSchema = z.object({
  path: z.string(),
  fileName: z.string(),
  lastSavedAt: z.string().nullable(),
  schemaVersion: z.number(),
  municipality: z.string(),
  locale: z.string(),
  startYear: z.number(),
  horizonYears: z.number(),
  counts: z.object({
    cooperatives: z.number(),
    fundingStreams: z.number(),
    silos: z.number(),
    plans: z.number(),
    indicators: z.number(),
    scenarios: z.number(),
  }),
  /** Euros: the sum of every plan's cost lines. */
  totalPlanCost: z.number(),
  /** Euros per year: the sum of the streams' yearly budgets in the workspace's first year (unlimited streams left out). */
  budgetFirstYear: z.number(),
  unlimitedStreams: z.number(),
  /** The file is on a network drive or in a sync folder, where SQLite's locks can fail (docs/reliability.md). */
  locationRisk: z.object({ kind: z.enum(['network', 'sync']), message: z.string() }).nullable(),
});
export type WorkspaceInfo = z.infer<typeof workspaceInfoSchema>;

export const operations = {
  'workspace.info': { input: none, output: workspaceInfoSchema },
  'workspace.get': { input: none, output: workspaceSchema },
  'workspace.exportJson': { input: none, output: z.object({ text: z.string(), fileName: z.string() }) },
  'workspace.importJson': {
    input: z.strictObject({ text: z.string().max(50 * 1024 * 1024) }),
    output: z.object({ cooperatives: z.number(), fundingStreams: z.number(), plans: z.number() }),
  },
  'settings.get': { input: none, output: versioned(settingsSchema) },
  'settings.update': {
    input: z.strictObject({ settings: settingsSchema, expectedVersion: expectedVersionSchema }),
    output: versioned(settingsSchema),
  },

  'cooperatives.list': { input: none, output: z.array(versioned(cooperativeSchema)) },
  /**
   * `plans` and `takePlans` undo a delete that took plans along: the deleted plans come
   * back where they stood (in their scenarios too), moved plans return to this cooperative.
   */
  'cooperatives.create': {
    input: z.strictObject({
      cooperative: cooperativeSchema,
      position,
      plans: z.array(removedPlanSchema).max(10_000).optional(),
      takePlans: z.array(idSchema).max(10_000).optional(),
    }),
    output: versioned(cooperativeSchema),
  },
  'cooperatives.update': {
    input: z.strictObject({ cooperative: cooperativeSchema, expectedVersion: expectedVersionSchema }),
    output: versioned(cooperativeSchema),
  },
  /**
   * Refuses a cooperative that has plans (naming them) unless `plans` says what happens
   * to them: `delete` (they leave every scenario too) or `move` to another cooperative,
   * in one transaction. The answer carries what undo needs: the deleted plans with their
   * places, and the ids of the moved ones.
   */
  'cooperatives.delete': {
    input: z.strictObject({
      id: idSchema,
      plans: planActionSchema.optional(),
      expectedVersion: expectedVersionSchema,
    }),
    output: z.object({
      cooperative: cooperativeSchema,
      position: z.number(),
      plans: z.array(removedPlanSchema),
      movedPlanIds: z.array(z.string()),
    }),
  },

  'fundingStreams.list': { input: none, output: z.array(versioned(fundingStreamSchema)) },
  'fundingStreams.create': {
    input: z.strictObject({ stream: fundingStreamSchema, position }),
    output: versioned(fundingStreamSchema),
  },
  'fundingStreams.update': {
    input: z.strictObject({ stream: fundingStreamSchema, expectedVersion: expectedVersionSchema }),
    output: versioned(fundingStreamSchema),
  },
  'fundingStreams.delete': {
    input: z.strictObject({ id: idSchema, expectedVersion: expectedVersionSchema }),
    output: z.object({ stream: fundingStreamSchema, position: z.number() }),
  },

  'plans.list': { input: none, output: z.array(versioned(planSchema)) },
  /**
   * `scenarios`: scenarios whose plan list takes the new plan in the same transaction,
   * at `position` in that list (absent: last). The UI offers every scenario that holds
   * all plans; undoing a delete puts the plan back where it stood.
   */
  'plans.create': {
    input: z.strictObject({ plan: planSchema, position, scenarios: planPlacesSchema.optional() }),
    output: versioned(planSchema),
  },
  'plans.update': {
    input: z.strictObject({ plan: planSchema, expectedVersion: expectedVersionSchema }),
    output: versioned(planSchema),
  },
  /**
   * Refuses (`in-use`) a plan that scenarios list, unless `removeFromScenarios`: then
   * it leaves those lists in the same transaction, and `scenarios` says where it stood.
   */
  'plans.delete': {
    input: z.strictObject({
      id: idSchema,
      removeFromScenarios: z.boolean().optional(),
      expectedVersion: expectedVersionSchema,
    }),
    output: z.object({
      plan: planSchema,
      position: z.number(),
      scenarios: z.array(z.object({ id: z.string(), position: z.number() })),
    }),
  },
  /**
   * The plan builder's view of one plan: blend, explanations, cash flow and metrics.
   * `streamIds` restricts the blend to these candidate streams (streams named by the
   * plan's locked amounts always stay in); absent means every eligible stream. `draft`
   * is the plan as the builder shows it while its save is still on the way: blended in
   * place of the stored plan `planId` names (whose id it keeps), nothing is written.
   */
  'plans.analysis': {
    input: z.strictObject({
      planId: idSchema,
      streamIds: z.array(idSchema).max(1000).optional(),
      draft: planSchema.optional(),
    }),
    output: planAnalysisSchema,
  },
  /** The portfolio view of a scenario: every plan's funded share and gap, streams' budget use per year. */
  'portfolio.analysis': { input: z.strictObject({ scenarioId: idSchema }), output: portfolioAnalysisSchema },
  'plans.blend': { input: z.strictObject({ planId: idSchema }), output: blendResultJsonSchema },
  'scenarios.blend': { input: z.strictObject({ scenarioId: idSchema }), output: blendResultJsonSchema },
  'indicators.list': { input: none, output: z.array(versioned(indicatorSchema)) },
  'scenarios.list': { input: none, output: z.array(versioned(scenarioSchema)) },
  'scenarios.create': {
    input: z.strictObject({ scenario: scenarioSchema, position }),
    output: versioned(scenarioSchema),
  },
  'scenarios.update': {
    input: z.strictObject({ scenario: scenarioSchema, expectedVersion: expectedVersionSchema }),
    output: versioned(scenarioSchema),
  },
  'scenarios.delete': {
    input: z.strictObject({ id: idSchema, expectedVersion: expectedVersionSchema }),
    output: z.object({ scenario: scenarioSchema, position: z.number() }),
  },
  /**
   * Starts a scenario run (blend, projection, Monte Carlo, what the gap costs) in the
   * background; draws and seed default to the scenario's own. Poll with `scenarios.job`.
   */
  'scenarios.start': {
    input: z.strictObject({
      scenarioId: idSchema,
      draws: z.number().int().min(1).max(1_000_000).optional(),
      seed: z
        .number()
        .int()
        .min(0)
        .max(2 ** 32 - 1)
        .optional(),
    }),
    output: scenarioJobSchema,
  },
  'scenarios.job': { input: z.strictObject({ jobId: jobIdSchema }), output: scenarioJobSchema },
  /** Stops a running job (its state becomes `cancelled`); a finished job is left as it is. */
  'scenarios.cancel': { input: z.strictObject({ jobId: jobIdSchema }), output: scenarioJobSchema },
  /** Where the next euro helps most: every stream's budget (and a new incubator budget) raised by one step. */
  'scenarios.nextEuro': { input: z.strictObject({ scenarioId: idSchema }), output: nextEuroSchema },
  ...blendJobOperations,
  ...reportOperations,
  'indicators.create': {
    input: z.strictObject({ indicator: indicatorSchema, position }),
    output: versioned(indicatorSchema),
  },
  /**
   * Rewrites an indicator (its id stays) and, in the same transaction, the `plans` sent
   * with it: a new city total can restate the lines' outputs so the projection stays as it
   * was (impact/denominator.ts `plansWithConvertedOutputs`); undo sends the previous ones.
   * The plans are written whole, so `expectedPlanVersions` names the version each was
   * restated from (by plan id): a plan someone changed since is refused with `conflict`
   * rather than overwritten with the older plan.
   */
  'indicators.update': {
    input: z.strictObject({
      indicator: indicatorSchema,
      plans: z.array(planSchema).max(10_000).optional(),
      expectedVersion: expectedVersionSchema,
      expectedPlanVersions: z.record(idSchema, versionSchema).optional(),
    }),
    output: versioned(indicatorSchema),
  },
  /** Refused while impact lines or scenario overrides use the indicator, naming the plans and scenarios. */
  'indicators.delete': {
    input: z.strictObject({ id: idSchema, expectedVersion: expectedVersionSchema }),
    output: z.object({ indicator: indicatorSchema, position: z.number() }),
  },
  ...importOperations,
  ...backupOperations,
  ...weekOperations,
  ...budgetCycleOperations,
  ...procurementOperations,
  ...cooperativeOperations,
  ...sessionOperations,
  ...auditOperations,
} as const satisfies Record<string, { input: z.ZodType; output: z.ZodType }>;

export type Operations = typeof operations;
export type OperationName = keyof Operations;
/** What a caller sends (JSON form). */
export type OperationInput<N extends OperationName> = z.input<Operations[N]['input']>;
/** What a caller receives (JSON form). */
export type OperationOutput<N extends OperationName> = z.input<Operations[N]['output']>;
/** What a handler receives (model form). */
export type HandlerInput<N extends OperationName> = z.output<Operations[N]['input']>;
/** What a handler returns (model form). */
export type HandlerOutput<N extends OperationName> = z.output<Operations[N]['output']>;

export const OPERATION_NAMES = Object.keys(operations) as OperationName[];

export function isOperationName(name: string): name is OperationName {
  return Object.prototype.hasOwnProperty.call(operations, name);
}
