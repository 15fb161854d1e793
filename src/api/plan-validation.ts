import { makeIssue, type ValidationIssue } from '../model/issues';
import type { Lang } from '../model/messages';
import type { Plan } from '../model/plan';
import { withoutPlan, withPlanAt } from '../model/scenario-plans';
import { workspaceReferenceProblems, type Workspace } from '../model/workspace';
import type { BatchWrite } from '../storage/types';
import { InvalidInputError } from './errors';

/**
 * The cross-reference problems of `plan` against the rest of the workspace (unknown
 * cooperative, stream or indicator, a lock naming a cost line the plan lacks, duplicate
 * cost ids), found by the very rules a workspace import runs, with paths that start at
 * the input's `plan` field.
 *
 * The plan is checked in place of any stored plan with its id, so an update is judged
 * against the other plans only; a create with a taken id is left for the store to
 * refuse with `exists`, as for cooperatives and streams.
 */
export function planReferenceIssues(workspace: Workspace, plan: Plan, lang: Lang): ValidationIssue[] {
  const others = workspace.plans.filter((p) => p.id !== plan.id);
  const index = others.length;
  const candidate: Workspace = { ...workspace, plans: [...others, plan] };
  return workspaceReferenceProblems(candidate)
    .filter((problem) => problem.path[0] === 'plans' && problem.path[1] === index)
    .map((problem) =>
      makeIssue(lang, ['plan', ...problem.path.slice(2)], problem.messageKey, problem.params),
    );
}

/** Throws `InvalidInputError` when the plan does not fit the workspace; writes nothing. */
export function assertPlanFits(workspace: Workspace, plan: Plan, lang: Lang): void {
  const issues = planReferenceIssues(workspace, plan, lang);
  if (issues.length > 0) throw new InvalidInputError(issues);
}

/**
 * The scenario updates that put a new plan into the named scenarios' lists, at the
 * place asked for (absent: last). An unknown scenario is refused with its path in
 * the input (`scenarios[1].id`); a scenario that already lists the plan is left alone.
 */
export function scenarioJoinWrites(
  workspace: Workspace,
  planId: string,
  places: readonly { id: string; position?: number | undefined }[],
  lang: Lang,
): BatchWrite[] {
  const issues: ValidationIssue[] = [];
  const writes: BatchWrite[] = [];
  places.forEach((place, i) => {
    const scenario = workspace.scenarios.find((s) => s.id === place.id);
    if (scenario === undefined) {
      issues.push(makeIssue(lang, ['scenarios', i, 'id'], 'unknownScenario', { id: place.id }));
      return;
    }
    if (scenario.plans.includes(planId)) return;
    writes.push({
      op: 'updateScenario',
      scenario: { ...scenario, plans: withPlanAt(scenario.plans, planId, place.position) },
    });
  });
  if (issues.length > 0) throw new InvalidInputError(issues);
  return writes;
}

/** The scenario updates that take a plan out of every list that names it. */
export function scenarioLeaveWrites(workspace: Workspace, planId: string): BatchWrite[] {
  return workspace.scenarios
    .filter((scenario) => scenario.plans.includes(planId))
    .map((scenario) => ({
      op: 'updateScenario',
      scenario: { ...scenario, plans: withoutPlan(scenario.plans, planId) },
    }));
}
