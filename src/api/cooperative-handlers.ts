import type { Cooperative } from '../model/cooperative';
import { makeIssue, type ValidationIssue } from '../model/issues';
import type { Lang } from '../model/messages';
import type { Plan } from '../model/plan';
import { placesOfPlan, withPlanAt, type PlanPlace } from '../model/scenario-plans';
import type { Workspace } from '../model/workspace';
import type { BatchWrite } from '../storage/types';
import { InvalidInputError } from './errors';
import type { HandlerGroup } from './handler-types';
import { quotedNames } from './names';
import { checkOf, withVersion } from './versions';

/** A plan that went with its cooperative, with where it stood, so undo can put it back. */
export interface RemovedPlan {
  plan: Plan;
  position: number;
  scenarios: PlanPlace[];
}

export type PlanAction = { action: 'delete' } | { action: 'move'; to: string };

interface DeleteAnswer {
  cooperative: Cooperative;
  position: number;
  plans: RemovedPlan[];
  movedPlanIds: string[];
}

function refuse(issues: ValidationIssue[], code: 'invalid-input' | 'in-use' = 'invalid-input'): never {
  throw new InvalidInputError(issues, code);
}

/**
 * Every scenario that lists one of `planIds`, with those plans taken out: one update per
 * scenario (a batch's writes are worked out from the workspace before it, so two updates
 * of one scenario would undo each other).
 */
function leaveWrites(workspace: Workspace, planIds: ReadonlySet<string>): BatchWrite[] {
  return workspace.scenarios
    .filter((scenario) => scenario.plans.some((id) => planIds.has(id)))
    .map((scenario) => ({
      op: 'updateScenario',
      scenario: { ...scenario, plans: scenario.plans.filter((id) => !planIds.has(id)) },
    }));
}

/** The writes that delete a cooperative after deleting or moving its plans, and what undo needs. */
export function deleteCooperativeWrites(
  workspace: Workspace,
  id: string,
  action: PlanAction | undefined,
  lang: Lang,
  /** The version of the cooperative the caller saw: its delete is refused (`conflict`) when another is stored. */
  expectedVersion?: number,
): { writes: BatchWrite[]; answer: DeleteAnswer | null } {
  const position = workspace.cooperatives.findIndex((c) => c.id === id);
  const cooperative = workspace.cooperatives[position];
  const remove: BatchWrite = { op: 'deleteCooperative', id, ...checkOf(expectedVersion) };
  // Not found: the delete write reports it (`not-found`), as a plain delete does.
  if (cooperative === undefined) return { writes: [remove], answer: null };
  const owned = workspace.plans
    .map((plan, index) => ({ plan, position: index }))
    .filter(({ plan }) => plan.cooperativeId === id);
  const answer: DeleteAnswer = { cooperative, position, plans: [], movedPlanIds: [] };
  if (owned.length === 0) return { writes: [remove], answer };
  if (action === undefined) {
    const plans = quotedNames(
      owned.map(({ plan }) => plan.name),
      lang,
    );
    refuse([makeIssue(lang, [], 'cooperativeHasPlans', { name: cooperative.name, plans })], 'in-use');
  }
  if (action.action === 'move') {
    if (action.to === id) refuse([makeIssue(lang, ['plans', 'to'], 'moveToSameCooperative')]);
    if (!workspace.cooperatives.some((c) => c.id === action.to)) {
      refuse([makeIssue(lang, ['plans', 'to'], 'unknownCooperative', { id: action.to })]);
    }
    const moves: BatchWrite[] = owned.map(({ plan }) => ({
      op: 'updatePlan',
      plan: { ...plan, cooperativeId: action.to },
    }));
    return {
      writes: [...moves, remove],
      answer: { ...answer, movedPlanIds: owned.map(({ plan }) => plan.id) },
    };
  }
  const planIds = new Set(owned.map(({ plan }) => plan.id));
  const plans = owned.map(({ plan, position: at }) => ({
    plan,
    position: at,
    scenarios: placesOfPlan(workspace.scenarios, plan.id),
  }));
  const deletes: BatchWrite[] = owned.map(({ plan }) => ({ op: 'deletePlan', id: plan.id }));
  return { writes: [...leaveWrites(workspace, planIds), ...deletes, remove], answer: { ...answer, plans } };
}

interface RestoreInput {
  cooperative: Cooperative;
  position?: number | undefined;
  plans?: readonly RemovedPlan[] | undefined;
  takePlans?: readonly string[] | undefined;
}

/**
 * The writes that create a cooperative together with its plans (undoing a delete that
 * took them along) or take plans over from another cooperative (undoing a move). Plans
 * go back in ascending order of their old places, so each lands where it stood; each
 * scenario gets one update with all its returning plans at their old places.
 */
export function restoreCooperativeWrites(
  workspace: Workspace,
  input: RestoreInput,
  lang: Lang,
): BatchWrite[] {
  const insert: BatchWrite =
    input.position === undefined
      ? { op: 'insertCooperative', cooperative: input.cooperative }
      : { op: 'insertCooperative', cooperative: input.cooperative, position: input.position };
  const issues: ValidationIssue[] = [];
  const returning = [...(input.plans ?? [])].sort((a, b) => a.position - b.position);
  returning.forEach(({ plan }, i) => {
    if (plan.cooperativeId !== input.cooperative.id) {
      issues.push(
        makeIssue(lang, ['plans', i, 'plan', 'cooperativeId'], 'unknownCooperative', {
          id: plan.cooperativeId,
        }),
      );
    }
  });
  const plans: BatchWrite[] = returning.map(({ plan, position }) => ({ op: 'insertPlan', plan, position }));
  const scenarios: BatchWrite[] = [];
  for (const scenario of workspace.scenarios) {
    const places = returning
      .flatMap(({ plan, scenarios: at }) =>
        at
          .filter((place) => place.id === scenario.id)
          .map((place) => ({ planId: plan.id, position: place.position })),
      )
      .sort((a, b) => a.position - b.position);
    if (places.length === 0) continue;
    let list = [...scenario.plans];
    for (const place of places) list = withPlanAt(list, place.planId, place.position);
    scenarios.push({ op: 'updateScenario', scenario: { ...scenario, plans: list } });
  }
  const known = new Set(returning.flatMap(({ scenarios: at }) => at.map((place) => place.id)));
  for (const id of known) {
    if (!workspace.scenarios.some((s) => s.id === id)) {
      issues.push(makeIssue(lang, ['plans'], 'unknownScenario', { id }));
    }
  }
  const takes: BatchWrite[] = [];
  (input.takePlans ?? []).forEach((planId, i) => {
    const plan = workspace.plans.find((p) => p.id === planId);
    if (plan === undefined) issues.push(makeIssue(lang, ['takePlans', i], 'unknownPlan', { id: planId }));
    else takes.push({ op: 'updatePlan', plan: { ...plan, cooperativeId: input.cooperative.id } });
  });
  if (issues.length > 0) refuse(issues);
  return [insert, ...plans, ...scenarios, ...takes];
}

/**
 * Creating and deleting a cooperative. A cooperative with plans is deleted only when the
 * caller says what happens to them (delete them, or move them to another cooperative),
 * and then in one transaction: plans never end up without their cooperative, and a
 * refusal names the cooperative and its plans by name, never by id or file.
 */
export const cooperativeHandlers: HandlerGroup<'cooperatives.create' | 'cooperatives.delete'> = {
  'cooperatives.create': async (services, input, context) => {
    const store = services.store();
    if (input.plans === undefined && input.takePlans === undefined) {
      return store.insertCooperative(input.cooperative, input.position);
    }
    await store.writeBatch((current) => restoreCooperativeWrites(current, input, context.lang));
    return withVersion(store, 'cooperative', input.cooperative);
  },
  'cooperatives.delete': async (services, input, context) => {
    let answer = null as DeleteAnswer | null;
    await services.store().writeBatch((current) => {
      const worked = deleteCooperativeWrites(
        current,
        input.id,
        input.plans,
        context.lang,
        input.expectedVersion,
      );
      answer = worked.answer;
      return worked.writes;
    });
    if (answer === null)
      throw new Error('cooperatives.delete: the batch ran without finding the cooperative');
    return answer;
  },
};
