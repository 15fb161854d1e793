import type { OperationInput, OperationOutput } from '../../../src/contract/operations';
import type { CooperativeJson } from '../../../src/model/cooperative';
import type { PlanJson } from '../../../src/model/plan';
import type { Command, DoneEdit, Edit } from './commands';

/** What happens to a cooperative's plans when it is deleted: deleted with it, or moved. */
export type PlanAction = NonNullable<OperationInput<'cooperatives.delete'>['plans']>;
/** A plan deleted with its cooperative, with where it stood (the host's answer). */
export type RemovedPlan = OperationOutput<'cooperatives.delete'>['plans'][number];

export function cooperativeDelete(id: string, plans?: PlanAction): Edit {
  return plans === undefined ? { op: 'cooperatives.delete', id } : { op: 'cooperatives.delete', id, plans };
}

/** The plans of one cooperative, in workspace order: what deleting it must decide about. */
export function plansOf(plans: readonly PlanJson[], cooperativeId: string): PlanJson[] {
  return plans.filter((plan) => plan.cooperativeId === cooperativeId);
}

/** The cooperatives the plans may move to: every other one. */
export function moveTargets(
  cooperatives: readonly CooperativeJson[],
  cooperativeId: string,
): CooperativeJson[] {
  return cooperatives.filter((cooperative) => cooperative.id !== cooperativeId);
}

/**
 * Undo of a delete creates the cooperative again where it stood, with the plans that
 * went with it back in their places (and scenarios), or the moved plans taken back;
 * redo repeats the delete with the same choice about the plans.
 */
export function cooperativeDeleted(edit: Extract<DoneEdit, { op: 'cooperatives.delete' }>): Command {
  const { cooperative, position, plans, movedPlanIds } = edit.removed;
  return {
    label: { op: edit.op, name: cooperative.name },
    undo: {
      op: 'cooperatives.create',
      cooperative,
      position,
      ...(plans.length > 0 ? { plans } : {}),
      ...(movedPlanIds.length > 0 ? { takePlans: movedPlanIds } : {}),
    },
    redo: cooperativeDelete(edit.id, edit.plans),
  };
}
