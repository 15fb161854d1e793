import type { Result } from '../../../src/contract/result';
import type { Api } from '../api/client';
import type { DoneEdit, Edit } from '../domain/commands';
import { runIndicatorEdit } from '../screens/indicators/indicatorEdits';
import { runProcurementEdit } from '../screens/procurement/procurementEdits';

/** An edit the host took, and the version it gave the record it wrote (none for a delete). */
export interface EditDone {
  done: DoneEdit;
  version: number | undefined;
}

// Absent rather than undefined: the contract's inputs are strict objects.
const expecting = (expectedVersion: number | undefined) =>
  expectedVersion === undefined ? {} : { expectedVersion };

const written = <E extends DoneEdit>(done: E, record: { version: number }): Result<EditDone> => ({
  ok: true,
  value: { done, version: record.version },
});

const noVersion = <E extends DoneEdit>(done: E): Result<EditDone> => ({
  ok: true,
  value: { done, version: undefined },
});

/**
 * Sends one edit to the host; on success returns what undo needs to know. An update or
 * delete sends `expectedVersion` (the version of the record the user edited) beside the
 * record, never inside it: the host refuses it with `conflict` when someone wrote since.
 */
export async function runEdit(api: Api, edit: Edit, expectedVersion?: number): Promise<Result<EditDone>> {
  const expected = expecting(expectedVersion);
  switch (edit.op) {
    case 'cooperatives.create': {
      const { op: _op, ...input } = edit;
      const result = await api.cooperatives.create(input);
      return result.ok ? written(edit, result.value) : result;
    }
    case 'cooperatives.update': {
      const result = await api.cooperatives.update({ cooperative: edit.cooperative, ...expected });
      return result.ok ? written(edit, result.value) : result;
    }
    case 'cooperatives.delete': {
      const { op: _op, ...input } = edit;
      const result = await api.cooperatives.delete({ ...input, ...expected });
      return result.ok ? noVersion({ ...edit, removed: result.value }) : result;
    }
    case 'fundingStreams.create': {
      const input =
        edit.position === undefined
          ? { stream: edit.stream }
          : { stream: edit.stream, position: edit.position };
      const result = await api.fundingStreams.create(input);
      return result.ok ? written(edit, result.value) : result;
    }
    case 'fundingStreams.update': {
      const result = await api.fundingStreams.update({ stream: edit.stream, ...expected });
      return result.ok ? written(edit, result.value) : result;
    }
    case 'fundingStreams.delete': {
      const result = await api.fundingStreams.delete({ id: edit.id, ...expected });
      return result.ok ? noVersion({ op: edit.op, id: edit.id, removed: result.value }) : result;
    }
    case 'scenarios.create': {
      const input =
        edit.position === undefined
          ? { scenario: edit.scenario }
          : { scenario: edit.scenario, position: edit.position };
      const result = await api.scenarios.create(input);
      return result.ok ? written(edit, result.value) : result;
    }
    case 'scenarios.update': {
      const result = await api.scenarios.update({ scenario: edit.scenario, ...expected });
      return result.ok ? written(edit, result.value) : result;
    }
    case 'scenarios.delete': {
      const result = await api.scenarios.delete({ id: edit.id, ...expected });
      return result.ok ? noVersion({ op: edit.op, id: edit.id, removed: result.value }) : result;
    }
    case 'plans.create': {
      const { op: _op, ...input } = edit;
      const result = await api.plans.create(input);
      return result.ok ? written(edit, result.value) : result;
    }
    case 'plans.update': {
      const result = await api.plans.update({ plan: edit.plan, ...expected });
      return result.ok ? written(edit, result.value) : result;
    }
    case 'plans.delete': {
      // The user was shown the scenarios that list the plan before confirming.
      const result = await api.plans.delete({ id: edit.id, removeFromScenarios: true, ...expected });
      return result.ok ? noVersion({ op: edit.op, id: edit.id, removed: result.value }) : result;
    }
    case 'settings.update': {
      const result = await api.settings.update({ settings: edit.settings, ...expected });
      return result.ok ? written(edit, result.value) : result;
    }
    case 'indicators.create':
    case 'indicators.update':
    case 'indicators.delete':
      return runIndicatorEdit(api, edit, expectedVersion);
    case 'procurement.update':
      return runProcurementEdit(api, edit, expectedVersion);
    default: {
      const never: never = edit;
      return never;
    }
  }
}
