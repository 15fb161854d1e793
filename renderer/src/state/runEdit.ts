import type { Result } from '../../../src/contract/result';
import type { Api } from '../api/client';
import type { DoneEdit, Edit } from '../domain/commands';
import { runIndicatorEdit } from '../screens/indicators/indicatorEdits';
import { runProcurementEdit } from '../screens/procurement/procurementEdits';

/** Sends one edit to the host; on success returns what undo needs to know. */
export async function runEdit(api: Api, edit: Edit): Promise<Result<DoneEdit>> {
  switch (edit.op) {
    case 'cooperatives.create': {
      const { op: _op, ...input } = edit;
      const result = await api.cooperatives.create(input);
      return result.ok ? { ok: true, value: edit } : result;
    }
    case 'cooperatives.update': {
      const result = await api.cooperatives.update({ cooperative: edit.cooperative });
      return result.ok ? { ok: true, value: edit } : result;
    }
    case 'cooperatives.delete': {
      const { op: _op, ...input } = edit;
      const result = await api.cooperatives.delete(input);
      return result.ok ? { ok: true, value: { ...edit, removed: result.value } } : result;
    }
    case 'fundingStreams.create': {
      const input =
        edit.position === undefined
          ? { stream: edit.stream }
          : { stream: edit.stream, position: edit.position };
      const result = await api.fundingStreams.create(input);
      return result.ok ? { ok: true, value: edit } : result;
    }
    case 'fundingStreams.update': {
      const result = await api.fundingStreams.update({ stream: edit.stream });
      return result.ok ? { ok: true, value: edit } : result;
    }
    case 'fundingStreams.delete': {
      const result = await api.fundingStreams.delete({ id: edit.id });
      return result.ok ? { ok: true, value: { op: edit.op, id: edit.id, removed: result.value } } : result;
    }
    case 'scenarios.create': {
      const input =
        edit.position === undefined
          ? { scenario: edit.scenario }
          : { scenario: edit.scenario, position: edit.position };
      const result = await api.scenarios.create(input);
      return result.ok ? { ok: true, value: edit } : result;
    }
    case 'scenarios.update': {
      const result = await api.scenarios.update({ scenario: edit.scenario });
      return result.ok ? { ok: true, value: edit } : result;
    }
    case 'scenarios.delete': {
      const result = await api.scenarios.delete({ id: edit.id });
      return result.ok ? { ok: true, value: { op: edit.op, id: edit.id, removed: result.value } } : result;
    }
    case 'plans.create': {
      const { op: _op, ...input } = edit;
      const result = await api.plans.create(input);
      return result.ok ? { ok: true, value: edit } : result;
    }
    case 'plans.update': {
      const result = await api.plans.update({ plan: edit.plan });
      return result.ok ? { ok: true, value: edit } : result;
    }
    case 'plans.delete': {
      // The user was shown the scenarios that list the plan before confirming.
      const result = await api.plans.delete({ id: edit.id, removeFromScenarios: true });
      return result.ok ? { ok: true, value: { op: edit.op, id: edit.id, removed: result.value } } : result;
    }
    case 'settings.update': {
      const result = await api.settings.update({ settings: edit.settings });
      return result.ok ? { ok: true, value: edit } : result;
    }
    case 'indicators.create':
    case 'indicators.update':
    case 'indicators.delete':
      return runIndicatorEdit(api, edit);
    case 'procurement.update':
      return runProcurementEdit(api, edit);
    default: {
      const never: never = edit;
      return never;
    }
  }
}
