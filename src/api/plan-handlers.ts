import type { HandlerGroup } from './handler-types';
import { assertPlanFits } from './plan-validation';

/**
 * Plan edits. Create and update check the plan against the stored workspace first, so
 * a wrong reference comes back as located issues in the caller's language rather than
 * as a storage conflict; the store still refuses anything that slips past (for example
 * a stream deleted in between), inside the same transaction as the write.
 */
export const planHandlers: HandlerGroup<'plans.create' | 'plans.update' | 'plans.delete'> = {
  'plans.create': (services, input, context) => {
    const store = services.store();
    assertPlanFits(store.load(), input.plan, context.lang);
    store.insertPlan(input.plan, input.position);
    return input.plan;
  },
  'plans.update': (services, input, context) => {
    const store = services.store();
    assertPlanFits(store.load(), input.plan, context.lang);
    store.updatePlan(input.plan);
    return input.plan;
  },
  'plans.delete': (services, input) => {
    const removed = services.store().deletePlan(input.id);
    return { plan: removed.item, position: removed.position };
  },
};
