import { z } from 'zod';
import { cooperativeSchema } from './cooperative';
import { kindOfDimension } from './doughnut';
import type { MessageKey } from './messages';
import { indicatorSchema } from './indicator';
import { planSchema } from './plan';
import { checkProcurementReferences, procurementSchema } from './procurement';
import { scenarioSchema } from './scenario';
import { settingsSchema } from './settings';
import { fundingStreamSchema } from './stream';

export const WORKSPACE_FORMAT = 'coopfolio-workspace';
/**
 * Version 2 (issue 14): impact lines carry an absolute `output` instead of a share of the
 * city (`annual`), indicators a denominator and dated, sourced baselines. Version-1 files
 * are upgraded on import (upgrade.ts); newer ones are refused.
 * Version 3 (issue 15): cooperatives, streams, scenarios and the workspace gain optional
 * fields for the council's views (de-siloing, budget cycle, procurement); a version-2
 * file reads unchanged as version 3.
 */
export const WORKSPACE_VERSION = 3;

const workspaceShape = z.strictObject({
  format: z.literal(WORKSPACE_FORMAT),
  version: z.literal(WORKSPACE_VERSION),
  settings: settingsSchema,
  cooperatives: z.array(cooperativeSchema).max(10_000).default([]),
  fundingStreams: z.array(fundingStreamSchema).max(10_000).default([]),
  plans: z.array(planSchema).max(10_000).default([]),
  indicators: z.array(indicatorSchema).max(10_000).default([]),
  scenarios: z.array(scenarioSchema).max(1_000).default([]),
  /** Purchasing volume and contracts awarded to cooperatives (procurement.ts); optional. */
  procurement: procurementSchema.optional(),
});

type WorkspaceModel = z.output<typeof workspaceShape>;
type Path = (string | number)[];

/** One broken cross reference: where, which message, and the message's parameters. */
export interface ReferenceProblem {
  path: Path;
  messageKey: MessageKey;
  params: Record<string, unknown>;
}

/**
 * Where the rules below send each problem: the schema turns them into zod issues, and
 * `workspaceReferenceProblems` collects them for handlers that edit one entity (a plan)
 * and must apply exactly the rules an import applies.
 */
type Ctx = (path: Path, messageKey: MessageKey, params: Record<string, unknown>) => void;

function report(ctx: Ctx, path: Path, messageKey: MessageKey, extra: Record<string, unknown> = {}) {
  ctx(path, messageKey, extra);
}

function checkUniqueIds(ctx: Ctx, items: readonly { id: string }[], path: Path) {
  const seen = new Map<string, number>();
  items.forEach((item, i) => {
    const first = seen.get(item.id);
    if (first === undefined) seen.set(item.id, i);
    else report(ctx, [...path, i, 'id'], 'duplicateId', { id: item.id, first });
  });
}

/** Cross-reference rules that a single entity cannot check on its own. */
function checkReferences(ws: WorkspaceModel, ctx: Ctx) {
  checkUniqueIds(ctx, ws.cooperatives, ['cooperatives']);
  checkUniqueIds(ctx, ws.fundingStreams, ['fundingStreams']);
  checkUniqueIds(ctx, ws.plans, ['plans']);
  checkUniqueIds(ctx, ws.indicators, ['indicators']);
  checkUniqueIds(ctx, ws.scenarios, ['scenarios']);

  const cooperativeIds = new Set(ws.cooperatives.map((c) => c.id));
  const streamIds = new Set(ws.fundingStreams.map((s) => s.id));
  const kindOf = new Map(ws.fundingStreams.map((s) => [s.id, s.kind]));
  const draftName = new Map(ws.fundingStreams.filter((s) => s.draft).map((s) => [s.id, s.name]));
  const planIds = new Set(ws.plans.map((p) => p.id));
  const indicatorIds = new Set(ws.indicators.map((i) => i.id));
  const silos = new Set(ws.fundingStreams.map((stream) => stream.silo));

  ws.plans.forEach((plan, p) => {
    if (!cooperativeIds.has(plan.cooperativeId)) {
      report(ctx, ['plans', p, 'cooperativeId'], 'unknownCooperative', { id: plan.cooperativeId });
    }
    checkUniqueIds(ctx, plan.costs, ['plans', p, 'costs']);
    const costIds = new Set(plan.costs.map((c) => c.id));
    plan.locked.forEach((lock, l) => {
      if (!streamIds.has(lock.streamId)) {
        report(ctx, ['plans', p, 'locked', l, 'streamId'], 'unknownStream', { id: lock.streamId });
      } else if (kindOf.get(lock.streamId) === 'guarantee') {
        report(ctx, ['plans', p, 'locked', l, 'streamId'], 'lockOnGuarantee', { id: lock.streamId });
      } else if (draftName.has(lock.streamId)) {
        // No blend uses a draft, so an amount fixed on one would be paid by nothing.
        const name = draftName.get(lock.streamId);
        report(ctx, ['plans', p, 'locked', l, 'streamId'], 'lockOnDraft', { id: lock.streamId, name });
      }
      if (!costIds.has(lock.costId)) {
        report(ctx, ['plans', p, 'locked', l, 'costId'], 'unknownCostLine', { id: lock.costId });
      }
    });
    plan.awards.forEach((award, a) => {
      if (!streamIds.has(award.streamId)) {
        report(ctx, ['plans', p, 'awards', a, 'streamId'], 'unknownStream', { id: award.streamId });
      }
    });
    plan.impacts.forEach((impact, i) => {
      if (!indicatorIds.has(impact.indicatorId)) {
        report(ctx, ['plans', p, 'impacts', i, 'indicatorId'], 'unknownIndicator', {
          id: impact.indicatorId,
        });
      }
    });
  });

  ws.fundingStreams.forEach((stream, s) => {
    stream.guarantee?.backs.forEach((id, b) => {
      const path = ['fundingStreams', s, 'guarantee', 'backs', b];
      if (!streamIds.has(id)) report(ctx, path, 'unknownStream', { id });
      else if (kindOf.get(id) !== 'loan') report(ctx, path, 'guaranteeBacksLoan', { id });
    });
  });

  ws.indicators.forEach((indicator, i) => {
    const expected = kindOfDimension(indicator.dimension);
    if (indicator.kind !== expected) {
      report(ctx, ['indicators', i, 'kind'], 'kindMismatch', { expected });
    }
  });

  checkProcurementReferences(
    ws.procurement,
    cooperativeIds,
    new Map(ws.plans.map((p) => [p.id, p.cooperativeId])),
    ctx,
  );

  ws.scenarios.forEach((scenario, s) => {
    const seen = new Set<string>();
    scenario.plans.forEach((planId, i) => {
      if (!planIds.has(planId)) report(ctx, ['scenarios', s, 'plans', i], 'unknownPlan', { id: planId });
      if (seen.has(planId))
        report(ctx, ['scenarios', s, 'plans', i], 'duplicatePlanInScenario', { id: planId });
      seen.add(planId);
    });
    for (const streamId of Object.keys(scenario.streamFactors)) {
      if (!streamIds.has(streamId)) {
        report(ctx, ['scenarios', s, 'streamFactors', streamId], 'unknownStream', { id: streamId });
      }
    }
    scenario.desiloing?.silos.forEach((silo, i) => {
      if (!silos.has(silo))
        report(ctx, ['scenarios', s, 'desiloing', 'silos', i], 'unknownSilo', { id: silo });
    });
    for (const indicatorId of Object.keys(scenario.indicatorOverrides)) {
      if (!indicatorIds.has(indicatorId)) {
        report(ctx, ['scenarios', s, 'indicatorOverrides', indicatorId], 'unknownIndicator', {
          id: indicatorId,
        });
      }
    }
  });
}

/** The cross-reference problems of a workspace in model form (cents), in document order. */
export function workspaceReferenceProblems(workspace: WorkspaceModel): ReferenceProblem[] {
  const problems: ReferenceProblem[] = [];
  checkReferences(workspace, (path, messageKey, params) => problems.push({ path, messageKey, params }));
  return problems;
}

/** The complete workspace: JSON (euros) on the way in, the model (cents) on the way out. */
export const workspaceSchema = workspaceShape.superRefine((workspace, ctx) =>
  checkReferences(workspace, (path, messageKey, params) =>
    ctx.addIssue({ code: 'custom', path, params: { messageKey, ...params } }),
  ),
);

export type Workspace = z.output<typeof workspaceSchema>;
export type WorkspaceJson = z.input<typeof workspaceSchema>;
