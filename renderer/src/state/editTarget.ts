import type { Edit } from '../domain/commands';
import type { WorkspaceData } from './loadWorkspace';
import {
  PROCUREMENT_ID,
  SETTINGS_ID,
  versionSeen,
  type RecordKind,
  type RecordVersions,
} from './recordVersions';

/**
 * The one record an update or delete writes and checks the version of: its kind and
 * id, the value the user started from (`previous`, null for a delete) and the value
 * they want (`mine`, null for a delete). Creates check nothing (a taken id is refused
 * as `exists`). The procurement section is one record: removing it counts as a delete.
 */
export interface EditTarget {
  kind: RecordKind;
  id: string;
  previous: object | null;
  mine: object | null;
}

export function targetOf(edit: Edit): EditTarget | null {
  switch (edit.op) {
    case 'cooperatives.update':
      return {
        kind: 'cooperative',
        id: edit.cooperative.id,
        previous: edit.previous,
        mine: edit.cooperative,
      };
    case 'fundingStreams.update':
      return { kind: 'fundingStream', id: edit.stream.id, previous: edit.previous, mine: edit.stream };
    case 'plans.update':
      return { kind: 'plan', id: edit.plan.id, previous: edit.previous, mine: edit.plan };
    case 'scenarios.update':
      return { kind: 'scenario', id: edit.scenario.id, previous: edit.previous, mine: edit.scenario };
    case 'indicators.update':
      return { kind: 'indicator', id: edit.indicator.id, previous: edit.previous, mine: edit.indicator };
    case 'settings.update':
      return { kind: 'settings', id: SETTINGS_ID, previous: edit.previous, mine: edit.settings };
    case 'procurement.update':
      return { kind: 'procurement', id: PROCUREMENT_ID, previous: edit.previous, mine: edit.procurement };
    case 'cooperatives.delete':
      return { kind: 'cooperative', id: edit.id, previous: null, mine: null };
    case 'fundingStreams.delete':
      return { kind: 'fundingStream', id: edit.id, previous: null, mine: null };
    case 'plans.delete':
      return { kind: 'plan', id: edit.id, previous: null, mine: null };
    case 'scenarios.delete':
      return { kind: 'scenario', id: edit.id, previous: null, mine: null };
    case 'indicators.delete':
      return { kind: 'indicator', id: edit.id, previous: null, mine: null };
    default:
      return null;
  }
}

/** The record an edit writes, creates too: what the app remembers its own writes' versions by. */
export function writtenRecordOf(edit: Edit): Pick<EditTarget, 'kind' | 'id'> | null {
  switch (edit.op) {
    case 'cooperatives.create':
      return { kind: 'cooperative', id: edit.cooperative.id };
    case 'fundingStreams.create':
      return { kind: 'fundingStream', id: edit.stream.id };
    case 'plans.create':
      return { kind: 'plan', id: edit.plan.id };
    case 'scenarios.create':
      return { kind: 'scenario', id: edit.scenario.id };
    case 'indicators.create':
      return { kind: 'indicator', id: edit.indicator.id };
    default:
      return targetOf(edit);
  }
}

/** A key for one record across kinds. */
export function recordKey(target: Pick<EditTarget, 'kind' | 'id'>): string {
  return `${target.kind}:${target.id}`;
}

/**
 * The version a user's edit expects: the one the host sent with the record the user
 * started from, else the newest the app knows for that record; undefined for an edit
 * that checks none.
 */
export function expectedVersionOf(edit: Edit, versions: RecordVersions | undefined): number | undefined {
  const target = targetOf(edit);
  if (target === null) return undefined;
  return versionSeen(target.previous) ?? versions?.[target.kind].get(target.id);
}

/**
 * The edit as if the user had started from the record as `data` holds it: what writing
 * the user's value on top of someone else's means, so its undo brings theirs back.
 */
export function startingFrom(edit: Edit, data: WorkspaceData): Edit {
  const byId = <T extends { id: string }>(records: readonly T[], id: string) =>
    records.find((record) => record.id === id);
  switch (edit.op) {
    case 'cooperatives.update': {
      const previous = byId(data.cooperatives, edit.cooperative.id);
      return previous === undefined ? edit : { ...edit, previous };
    }
    case 'fundingStreams.update': {
      const previous = byId(data.streams, edit.stream.id);
      return previous === undefined ? edit : { ...edit, previous };
    }
    case 'plans.update': {
      const previous = byId(data.plans, edit.plan.id);
      return previous === undefined ? edit : { ...edit, previous };
    }
    case 'scenarios.update': {
      const previous = byId(data.scenarios, edit.scenario.id);
      return previous === undefined ? edit : { ...edit, previous };
    }
    case 'indicators.update': {
      const previous = byId(data.indicators, edit.indicator.id);
      return previous === undefined ? edit : { ...edit, previous };
    }
    case 'settings.update':
      return { ...edit, previous: data.settings };
    case 'procurement.update':
      return { ...edit, previous: data.procurement };
    default:
      return edit;
  }
}

/** The record as `data` holds it, or null when it is not there (deleted). */
export function recordIn(data: WorkspaceData, target: Pick<EditTarget, 'kind' | 'id'>): object | null {
  const find = <T extends { id: string }>(records: readonly T[]) =>
    records.find((record) => record.id === target.id) ?? null;
  switch (target.kind) {
    case 'cooperative':
      return find(data.cooperatives);
    case 'fundingStream':
      return find(data.streams);
    case 'plan':
      return find(data.plans);
    case 'indicator':
      return find(data.indicators);
    case 'scenario':
      return find(data.scenarios);
    case 'settings':
      return data.settings;
    case 'procurement':
      return data.procurement;
    default: {
      const never: never = target.kind;
      return never;
    }
  }
}
