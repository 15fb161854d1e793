import { makeIssue, type ValidationIssue } from '../model/issues';
import type { Lang } from '../model/messages';
import type { Plan } from '../model/plan';
import { workspaceReferenceProblems, type Workspace } from '../model/workspace';
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
