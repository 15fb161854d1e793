import type { OperationOutput } from '../../../../src/contract/operations';
import type { Result } from '../../../../src/contract/result';
import type { IndicatorJson } from '../../../../src/model/indicator';
import type { PlanJson } from '../../../../src/model/plan';
import type { Api } from '../../api/client';
import type { Command } from '../../domain/commands';
import { versionSeen } from '../../state/recordVersions';

/**
 * The Indicators screen's edits. An update carries the plans whose lines it restates for a
 * new city total, and the plans as they were, so undo writes both back exactly.
 */
export type IndicatorEdit =
  | { op: 'indicators.create'; indicator: IndicatorJson; position?: number }
  | {
      op: 'indicators.update';
      indicator: IndicatorJson;
      previous: IndicatorJson;
      plans: PlanJson[];
      previousPlans: PlanJson[];
    }
  | { op: 'indicators.delete'; id: string };

export type IndicatorEditOf<O extends IndicatorEdit['op']> = Extract<IndicatorEdit, { op: O }>;

/** A delete that succeeded: the removed indicator and its place, for undo. */
export interface IndicatorDeleted {
  op: 'indicators.delete';
  id: string;
  removed: OperationOutput<'indicators.delete'>;
}

export type DoneIndicatorEdit = Exclude<IndicatorEdit, { op: 'indicators.delete' }> | IndicatorDeleted;

export function indicatorCreate(
  indicator: IndicatorJson,
  position?: number,
): IndicatorEditOf<'indicators.create'> {
  return { op: 'indicators.create', indicator, ...(position === undefined ? {} : { position }) };
}

export function indicatorUpdate(
  indicator: IndicatorJson,
  previous: IndicatorJson,
  plans: PlanJson[] = [],
  previousPlans: PlanJson[] = [],
): IndicatorEditOf<'indicators.update'> {
  return { op: 'indicators.update', indicator, previous, plans, previousPlans };
}

export function indicatorDelete(id: string): IndicatorEditOf<'indicators.delete'> {
  return { op: 'indicators.delete', id };
}

/** The undo step of an indicator edit that succeeded. */
export function indicatorCommand(edit: DoneIndicatorEdit): Command {
  switch (edit.op) {
    case 'indicators.create':
      return {
        label: { op: edit.op, name: edit.indicator.label },
        undo: indicatorDelete(edit.indicator.id),
        redo: edit,
      };
    case 'indicators.update':
      return {
        label: { op: edit.op, name: edit.indicator.label },
        undo: indicatorUpdate(edit.previous, edit.indicator, edit.previousPlans, edit.plans),
        redo: edit,
      };
    case 'indicators.delete':
      // The host's answer is for undo only; redo sends the plain delete again.
      return {
        label: { op: edit.op, name: edit.removed.indicator.label },
        undo: indicatorCreate(edit.removed.indicator, edit.removed.position),
        redo: indicatorDelete(edit.id),
      };
    default: {
      const never: never = edit;
      return never;
    }
  }
}

/** Saving an unchanged indicator (and no plans) leaves nothing to undo. */
export function isNoOpIndicatorUpdate(edit: IndicatorEditOf<'indicators.update'>): boolean {
  return edit.plans.length === 0 && JSON.stringify(edit.indicator) === JSON.stringify(edit.previous);
}

/**
 * The version each restated plan was restated from, as the host sent it with the plan
 * the editor read (versionSeen): the host refuses the edit with `conflict` when someone
 * changed one of those plans since, instead of writing the older plan over theirs. Plans
 * the app built itself (undo and redo write back the plans of an earlier step) carry no
 * version the host sent; they are written unchecked, as before.
 */
function expectedPlanVersions(plans: readonly PlanJson[]): { expectedPlanVersions?: Record<string, number> } {
  const versions: Record<string, number> = {};
  for (const plan of plans) {
    const version = versionSeen(plan);
    if (version !== undefined) versions[plan.id] = version;
  }
  return Object.keys(versions).length === 0 ? {} : { expectedPlanVersions: versions };
}

/**
 * Sends one indicator edit to the host; on success returns what undo needs to know and
 * the version the write gave the indicator. An update or delete sends `expectedVersion`.
 */
export async function runIndicatorEdit(
  api: Api,
  edit: IndicatorEdit,
  expectedVersion?: number,
): Promise<Result<{ done: DoneIndicatorEdit; version: number | undefined }>> {
  const expected = expectedVersion === undefined ? {} : { expectedVersion };
  switch (edit.op) {
    case 'indicators.create': {
      const input =
        edit.position === undefined
          ? { indicator: edit.indicator }
          : { indicator: edit.indicator, position: edit.position };
      const result = await api.indicators.create(input);
      return result.ok ? { ok: true, value: { done: edit, version: result.value.version } } : result;
    }
    case 'indicators.update': {
      const planVersions = expectedPlanVersions(edit.previousPlans);
      const input =
        edit.plans.length === 0
          ? { indicator: edit.indicator, ...expected }
          : { indicator: edit.indicator, plans: edit.plans, ...expected, ...planVersions };
      const result = await api.indicators.update(input);
      return result.ok ? { ok: true, value: { done: edit, version: result.value.version } } : result;
    }
    case 'indicators.delete': {
      const result = await api.indicators.delete({ id: edit.id, ...expected });
      if (!result.ok) return result;
      return {
        ok: true,
        value: { done: { op: edit.op, id: edit.id, removed: result.value }, version: undefined },
      };
    }
    default: {
      const never: never = edit;
      return never;
    }
  }
}
