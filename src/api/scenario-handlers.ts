import type { HandlerGroup } from './handler-types';
import { assertScenarioFits } from './scenario-validation';

/**
 * Scenario edits. Create and update check the scenario against the stored workspace
 * first, so an unknown plan, stream or indicator comes back as located issues in the
 * caller's language; the store still refuses anything that slips past (a plan deleted in
 * between), inside the same transaction as the write.
 */
export const scenarioHandlers: HandlerGroup<'scenarios.create' | 'scenarios.update' | 'scenarios.delete'> = {
  'scenarios.create': (services, input, context) => {
    const store = services.store();
    assertScenarioFits(store.load(), input.scenario, context.lang);
    store.insertScenario(input.scenario, input.position);
    return input.scenario;
  },
  'scenarios.update': (services, input, context) => {
    const store = services.store();
    assertScenarioFits(store.load(), input.scenario, context.lang);
    store.updateScenario(input.scenario);
    return input.scenario;
  },
  'scenarios.delete': (services, input) => {
    const removed = services.store().deleteScenario(input.id);
    return { scenario: removed.item, position: removed.position };
  },
};
