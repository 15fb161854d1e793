import type { Plan } from '../model/plan';
import { placesOfPlan, type PlanPlace } from '../model/scenario-plans';
import type { BatchWrite } from '../storage/types';
import type { HandlerGroup } from './handler-types';
import { assertPlanFits, scenarioJoinWrites, scenarioLeaveWrites } from './plan-validation';
import { checkOf, withVersion } from './versions';

/**
 * Plan edits. Create and update check the plan against the stored workspace first, so
 * a wrong reference comes back as located issues in the caller's language rather than
 * as a storage conflict; the store still refuses anything that slips past (for example
 * a stream deleted in between), inside the same transaction as the write.
 *
 * A plan and the scenario lists it joins or leaves are written in one transaction
 * (the store's batch), checked against the workspace as it is inside it: a new plan
 * never lands without the scenarios it was meant for, and a delete never leaves a
 * scenario naming a plan that is gone.
 */
export const planHandlers: HandlerGroup<'plans.create' | 'plans.update' | 'plans.delete'> = {
  'plans.create': async (services, input, context) => {
    const store = services.store();
    await store.writeBatch((current) => {
      assertPlanFits(current, input.plan, context.lang);
      const joins = scenarioJoinWrites(current, input.plan.id, input.scenarios ?? [], context.lang);
      const insert: BatchWrite =
        input.position === undefined
          ? { op: 'insertPlan', plan: input.plan }
          : { op: 'insertPlan', plan: input.plan, position: input.position };
      return [insert, ...joins];
    });
    return withVersion(store, 'plan', input.plan);
  },
  'plans.update': async (services, input, context) => {
    const store = services.store();
    assertPlanFits(await store.load(), input.plan, context.lang);
    return store.updatePlan(input.plan, checkOf(input.expectedVersion));
  },
  'plans.delete': async (services, input) => {
    const store = services.store();
    const check = checkOf(input.expectedVersion);
    if (input.removeFromScenarios !== true) {
      // The store refuses with `in-use`, naming the scenarios, when any lists the plan.
      const removed = await store.deletePlan(input.id, check);
      return { plan: removed.item, position: removed.position, scenarios: [] };
    }
    let answer = null as { plan: Plan; position: number; scenarios: PlanPlace[] } | null;
    await store.writeBatch((current) => {
      const position = current.plans.findIndex((plan) => plan.id === input.id);
      const plan = current.plans[position];
      // Not found: the delete write reports it (`not-found`) as a plain delete does.
      const places = plan === undefined ? [] : placesOfPlan(current.scenarios, input.id);
      if (plan !== undefined) answer = { plan, position, scenarios: places };
      return [...scenarioLeaveWrites(current, input.id), { op: 'deletePlan', id: input.id, ...check }];
    });
    if (answer === null) throw new Error('plans.delete: the batch ran without finding the plan');
    return answer;
  },
};
