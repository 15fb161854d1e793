/**
 * The writes of the workspace file that are not one item of a list: the single records
 * (settings, procurement), the whole workspace (replace, a new file) and a batch. Like
 * crud.ts they run inside the store's transaction and record versions and audit events.
 */
import type { Indicator, Plan, Procurement, Settings, Workspace } from '../model';
import { SINGLE_RECORD_ID, planCheck, type PlanVersions, type WriteCheck } from './backend';
import { deleteItem, insertItem, updateItem, type WriteContext } from './crud';
import { COOPERATIVES, FUNDING_STREAMS, INDICATORS, PLANS, SCENARIOS } from './entities';
import { checkVersion, recordChange, versionOf } from './record-log';
import { exchangeValue, recordChanges } from './record-values';
import { readProcurement, writeProcurement } from './rows/procurement';
import { readSettings, writeSettings } from './rows/settings';
import { clearWorkspace, readWorkspace, writeWorkspace } from './rows/workspace';
import type { BatchWrite } from './types';

/** Returns the settings' new version. */
export function updateSettingsRecord(ctx: WriteContext, settings: Settings, check?: WriteCheck): number {
  const before = readSettings(ctx.db);
  checkVersion(ctx.db, ctx.file, 'settings', SINGLE_RECORD_ID, check);
  writeSettings(ctx.db, settings);
  return recordChange(
    ctx.db,
    ctx.stamp,
    'settings',
    SINGLE_RECORD_ID,
    exchangeValue('settings', before),
    exchangeValue('settings', settings),
  );
}

/**
 * Replaces the section whole (`undefined` removes it). Returns its new version; removing a
 * section that is not there changes nothing and returns the version as it stands.
 */
export function updateProcurementRecord(
  ctx: WriteContext,
  procurement: Procurement | undefined,
  check?: WriteCheck,
): number {
  const before = readProcurement(ctx.db);
  checkVersion(ctx.db, ctx.file, 'procurement', SINGLE_RECORD_ID, check);
  if (before === undefined && procurement === undefined) {
    return versionOf(ctx.db, 'procurement', SINGLE_RECORD_ID)?.version ?? 0;
  }
  writeProcurement(ctx.db, procurement);
  return recordChange(
    ctx.db,
    ctx.stamp,
    'procurement',
    SINGLE_RECORD_ID,
    before === undefined ? null : exchangeValue('procurement', before),
    procurement === undefined ? null : exchangeValue('procurement', procurement),
  );
}

/** Records every record of `after` that differs from `before` (undefined: a new file). */
function recordWorkspaceChanges(ctx: WriteContext, before: Workspace | undefined, after: Workspace): void {
  for (const change of recordChanges(before, after)) {
    recordChange(ctx.db, ctx.stamp, change.entity, change.id, change.before, change.after);
  }
}

/** Replaces everything; records each record created, changed or removed. */
export function replaceWorkspace(ctx: WriteContext, workspace: Workspace): void {
  const before = readWorkspace(ctx.db);
  clearWorkspace(ctx.db);
  writeWorkspace(ctx.db, workspace);
  recordWorkspaceChanges(ctx, before, workspace);
}

/** Fills a new, empty file: every record created, at version 1. */
export function writeNewWorkspace(ctx: WriteContext, workspace: Workspace): void {
  writeWorkspace(ctx.db, workspace);
  recordWorkspaceChanges(ctx, undefined, workspace);
}

/** One write of a batch, inside writeBatch's transaction, with the checks of its single-item method. */
export function applyBatchWrite(ctx: WriteContext, write: BatchWrite): void {
  const check = 'expectedVersion' in write ? { expectedVersion: write.expectedVersion } : undefined;
  switch (write.op) {
    case 'insertCooperative':
      insertItem(ctx, COOPERATIVES, write.cooperative, write.position);
      return;
    case 'updateCooperative':
      updateItem(ctx, COOPERATIVES, write.cooperative, check);
      return;
    case 'deleteCooperative':
      deleteItem(ctx, COOPERATIVES, write.id, check);
      return;
    case 'deleteFundingStream':
      deleteItem(ctx, FUNDING_STREAMS, write.id, check);
      return;
    case 'insertFundingStream':
      insertItem(ctx, FUNDING_STREAMS, write.stream);
      return;
    case 'updateFundingStream':
      updateItem(ctx, FUNDING_STREAMS, write.stream, check);
      return;
    case 'insertPlan':
      insertItem(ctx, PLANS, write.plan, write.position);
      return;
    case 'updatePlan':
      updateItem(ctx, PLANS, write.plan, check);
      return;
    case 'deletePlan':
      deleteItem(ctx, PLANS, write.id, check);
      return;
    case 'updateScenario':
      updateItem(ctx, SCENARIOS, write.scenario, check);
      return;
    default: {
      const never: never = write;
      return never;
    }
  }
}

/**
 * The indicator and the plans its new city total restates, in one transaction; returns
 * the indicator's version. Each plan is checked against the version it was restated
 * from, when `planVersions` names it.
 */
export function updateIndicatorRecords(
  ctx: WriteContext,
  indicator: Indicator,
  plans: readonly Plan[],
  check?: WriteCheck,
  planVersions?: PlanVersions,
): number {
  const version = updateItem(ctx, INDICATORS, indicator, check);
  for (const plan of plans) updateItem(ctx, PLANS, plan, planCheck(planVersions, plan.id));
  return version;
}
