import type { OperationOutput } from '../../../src/contract/operations';
import type { CooperativeJson } from '../../../src/model/cooperative';
import type { PlanJson } from '../../../src/model/plan';
import type { PlanPlace } from '../../../src/model/scenario-plans';
import type { ScenarioJson } from '../../../src/model/scenario';
import type { SettingsJson } from '../../../src/model/settings';
import type { FundingStreamJson } from '../../../src/model/stream';
import {
  indicatorCommand,
  isNoOpIndicatorUpdate,
  type IndicatorDeleted,
  type IndicatorEdit,
} from '../screens/indicators/indicatorEdits';
import {
  isNoOpProcurementUpdate,
  procurementCommand,
  type ProcurementEdit,
} from '../screens/procurement/procurementEdits';
import { cooperativeDeleted, type PlanAction, type RemovedPlan } from './cooperativeDelete';

/** An edit the UI asks for; an update carries the value it replaces so it can be undone. */
export type Edit =
  /** `plans`, `takePlans`: undoing a delete that took the cooperative's plans along (deleted or moved). */
  | {
      op: 'cooperatives.create';
      cooperative: CooperativeJson;
      position?: number;
      plans?: RemovedPlan[];
      takePlans?: string[];
    }
  | { op: 'cooperatives.update'; cooperative: CooperativeJson; previous: CooperativeJson }
  /** `plans`: what happens to the cooperative's plans (the UI asks before); absent when it has none. */
  | { op: 'cooperatives.delete'; id: string; plans?: PlanAction }
  | { op: 'fundingStreams.create'; stream: FundingStreamJson; position?: number }
  | { op: 'fundingStreams.update'; stream: FundingStreamJson; previous: FundingStreamJson }
  | { op: 'fundingStreams.delete'; id: string }
  /** `scenarios`: the scenario lists the new plan joins, and where (undoing a delete puts it back there). */
  | { op: 'plans.create'; plan: PlanJson; position?: number; scenarios?: PlanPlace[] }
  /** The plan builder saves every cell, line and lock change as a whole-plan update. */
  | { op: 'plans.update'; plan: PlanJson; previous: PlanJson }
  /** Takes the plan out of every scenario that lists it too (the UI names them before asking). */
  | { op: 'plans.delete'; id: string }
  | { op: 'scenarios.create'; scenario: ScenarioJson; position?: number }
  | { op: 'scenarios.update'; scenario: ScenarioJson; previous: ScenarioJson }
  | { op: 'scenarios.delete'; id: string }
  /** The Indicators screen's edits (screens/indicators/indicatorEdits.ts). */
  | IndicatorEdit
  /** The Inkoop screen's edit (screens/procurement/procurementEdits.ts). */
  | ProcurementEdit
  | { op: 'settings.update'; settings: SettingsJson; previous: SettingsJson };

export type EditOp = Edit['op'];
type PlanUpdate = Extract<Edit, { op: 'plans.update' }>;

/** An edit that succeeded; a delete carries the server's answer: the removed row and its place. */
export type DoneEdit =
  | Exclude<Edit, { op: DeleteOp }>
  | {
      op: 'cooperatives.delete';
      id: string;
      plans?: PlanAction;
      removed: OperationOutput<'cooperatives.delete'>;
    }
  | { op: 'fundingStreams.delete'; id: string; removed: OperationOutput<'fundingStreams.delete'> }
  | { op: 'plans.delete'; id: string; removed: OperationOutput<'plans.delete'> }
  | { op: 'scenarios.delete'; id: string; removed: OperationOutput<'scenarios.delete'> }
  | IndicatorDeleted;

/** The edits whose undo needs the host's answer (the removed row). */
export type DeleteOp =
  'cooperatives.delete' | 'fundingStreams.delete' | 'plans.delete' | 'scenarios.delete' | 'indicators.delete';

/** An undoable step: how to take it back, how to do it again, and what to call it. */
export interface Command {
  label: { op: EditOp; name: string };
  undo: Edit;
  redo: Edit;
}

/** What edits and their undo need of any stored entity: the id they refer to, the name labels show. */
export interface NamedEntity {
  id: string;
  name: string;
}

/**
 * How one collection spells its edits. The screens build their edits with it and
 * undo is worked out from it, so what a create, update or delete means is the same
 * for every collection.
 */
export interface CollectionEdits<E extends NamedEntity> {
  /** `position` puts a row back where it was (undoing a delete); new rows go last. */
  create: (entity: E, position?: number) => Edit;
  update: (entity: E, previous: E) => Edit;
  remove: (id: string) => Edit;
}

// An edit's optional `position` is absent rather than undefined, so a plain create looks as it always did.
const at = (position: number | undefined) => (position === undefined ? {} : { position });

export const cooperativeEdits: CollectionEdits<CooperativeJson> = {
  create: (cooperative, position) => ({ op: 'cooperatives.create', cooperative, ...at(position) }),
  update: (cooperative, previous) => ({ op: 'cooperatives.update', cooperative, previous }),
  remove: (id) => ({ op: 'cooperatives.delete', id }),
};

export const streamEdits: CollectionEdits<FundingStreamJson> = {
  create: (stream, position) => ({ op: 'fundingStreams.create', stream, ...at(position) }),
  update: (stream, previous) => ({ op: 'fundingStreams.update', stream, previous }),
  remove: (id) => ({ op: 'fundingStreams.delete', id }),
};

/**
 * The undo steps of one collection: a create is undone by deleting what it made, an
 * update by writing back the previous value, a delete by creating the removed row
 * again at its old place. Redo repeats the edit as the user asked for it.
 */
function collectionCommands<E extends NamedEntity>(edits: CollectionEdits<E>) {
  return {
    created: (edit: Edit, entity: E): Command => ({
      label: { op: edit.op, name: entity.name },
      undo: edits.remove(entity.id),
      redo: edit,
    }),
    updated: (edit: Edit, entity: E, previous: E): Command => ({
      label: { op: edit.op, name: entity.name },
      undo: edits.update(previous, entity),
      redo: edit,
    }),
    // The host's answer (the removed row) is for undo only; redo sends the plain delete again.
    deleted: (edit: { op: EditOp; id: string }, removed: E, position: number): Command => ({
      label: { op: edit.op, name: removed.name },
      undo: edits.create(removed, position),
      redo: edits.remove(edit.id),
    }),
  };
}

export const scenarioEdits: CollectionEdits<ScenarioJson> = {
  create: (scenario, position) => ({ op: 'scenarios.create', scenario, ...at(position) }),
  update: (scenario, previous) => ({ op: 'scenarios.update', scenario, previous }),
  remove: (id) => ({ op: 'scenarios.delete', id }),
};

const cooperatives = collectionCommands(cooperativeEdits);
const streams = collectionCommands(streamEdits);
const scenarios = collectionCommands(scenarioEdits);

/** A new plan (from scratch or a copy), joining the scenario lists in `scenarios`. */
export function planCreate(plan: PlanJson, scenarios: readonly PlanPlace[], position?: number): Edit {
  return {
    op: 'plans.create',
    plan,
    ...at(position),
    ...(scenarios.length > 0 ? { scenarios: [...scenarios] } : {}),
  };
}

export function planDelete(id: string): Edit {
  return { op: 'plans.delete', id };
}

/** Undo of a new plan deletes it (and so takes it out of the scenarios it joined); undo of a delete creates it again where it stood. */
function planCreated(edit: Extract<Edit, { op: 'plans.create' }>): Command {
  return { label: { op: edit.op, name: edit.plan.name }, undo: planDelete(edit.plan.id), redo: edit };
}

function planDeleted(edit: Extract<DoneEdit, { op: 'plans.delete' }>): Command {
  const { plan, position, scenarios } = edit.removed;
  return {
    label: { op: edit.op, name: plan.name },
    undo: planCreate(plan, scenarios, position),
    redo: planDelete(edit.id),
  };
}

/** The builder's edits are whole-plan updates; undo writes the previous plan back. */
export function planUpdate(plan: PlanJson, previous: PlanJson): PlanUpdate {
  return { op: 'plans.update', plan, previous };
}

function planUpdated(edit: PlanUpdate): Command {
  return {
    label: { op: edit.op, name: edit.plan.name },
    undo: planUpdate(edit.previous, edit.plan),
    redo: edit,
  };
}

/** The workspace settings are one record: undo writes the previous settings back whole. */
export function settingsUpdate(settings: SettingsJson, previous: SettingsJson): Edit {
  return { op: 'settings.update', settings, previous };
}

function settingsUpdated(edit: Extract<Edit, { op: 'settings.update' }>): Command {
  return {
    label: { op: edit.op, name: edit.settings.municipality ?? '' },
    undo: settingsUpdate(edit.previous, edit.settings),
    redo: edit,
  };
}

/** The undo step for an edit that succeeded. */
export function commandFor(edit: DoneEdit): Command {
  switch (edit.op) {
    case 'cooperatives.create':
      return cooperatives.created(edit, edit.cooperative);
    case 'fundingStreams.create':
      return streams.created(edit, edit.stream);
    case 'scenarios.create':
      return scenarios.created(edit, edit.scenario);
    case 'cooperatives.update':
      return cooperatives.updated(edit, edit.cooperative, edit.previous);
    case 'fundingStreams.update':
      return streams.updated(edit, edit.stream, edit.previous);
    case 'scenarios.update':
      return scenarios.updated(edit, edit.scenario, edit.previous);
    case 'plans.create':
      return planCreated(edit);
    case 'plans.update':
      return planUpdated(edit);
    case 'plans.delete':
      return planDeleted(edit);
    case 'cooperatives.delete':
      return cooperativeDeleted(edit);
    case 'fundingStreams.delete':
      return streams.deleted(edit, edit.removed.stream, edit.removed.position);
    case 'scenarios.delete':
      return scenarios.deleted(edit, edit.removed.scenario, edit.removed.position);
    case 'indicators.create':
    case 'indicators.update':
    case 'indicators.delete':
      return indicatorCommand(edit);
    case 'settings.update':
      return settingsUpdated(edit);
    case 'procurement.update':
      return procurementCommand(edit, '');
    default: {
      const never: never = edit;
      return never;
    }
  }
}

/** An update that writes back exactly what is stored: nothing to save, nothing to undo. */
export function isNoOpEdit(edit: Edit): boolean {
  switch (edit.op) {
    case 'cooperatives.update':
      return JSON.stringify(edit.cooperative) === JSON.stringify(edit.previous);
    case 'fundingStreams.update':
      return JSON.stringify(edit.stream) === JSON.stringify(edit.previous);
    case 'plans.update':
      return JSON.stringify(edit.plan) === JSON.stringify(edit.previous);
    case 'scenarios.update':
      return JSON.stringify(edit.scenario) === JSON.stringify(edit.previous);
    case 'indicators.update':
      return isNoOpIndicatorUpdate(edit);
    case 'settings.update':
      return JSON.stringify(edit.settings) === JSON.stringify(edit.previous);
    case 'procurement.update':
      return isNoOpProcurementUpdate(edit);
    default:
      return false;
  }
}
