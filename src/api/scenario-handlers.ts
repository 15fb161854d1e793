import type { HandlerGroup } from './handler-types';
import { assertScenarioFits } from './scenario-validation';
import { checkOf } from './versions';

/**
 * Scenario edits. Create and update check the scenario against the stored workspace
 * first, so an unknown plan, stream or indicator comes back as located issues in the
 * caller's language; the store still refuses anything that slips past (a plan deleted in
 * between), inside the same transaction as the write.
 */
export const scenarioHandlers: HandlerGroup<'scenarios.create' | 'scenarios.update' | 'scenarios.delete'> = {
  'scenarios.create': async (services, input, context) => {
    const store = services.store();
    assertScenarioFits(await store.load(), input.scenario, context.lang);
    return store.insertScenario(input.scenario, input.position);
  },
  'scenarios.update': async (services, input, context) => {
    const store = services.store();
    assertScenarioFits(await store.load(), input.scenario, context.lang);
    return store.updateScenario(input.scenario, checkOf(input.expectedVersion));
  },
  'scenarios.delete': async (services, input) => {
    const removed = await services.store().deleteScenario(input.id, checkOf(input.expectedVersion));
    return { scenario: removed.item, position: removed.position };
  },
};
