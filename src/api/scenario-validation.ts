import { makeIssue, type ValidationIssue } from '../model/issues';
import type { Lang } from '../model/messages';
import type { Scenario } from '../model/scenario';
import { workspaceReferenceProblems, type Workspace } from '../model/workspace';
import { InvalidInputError } from './errors';

/**
 * The cross-reference problems of `scenario` against the rest of the workspace (unknown
 * or repeated plan, unknown stream in its factors, unknown indicator in its overrides),
 * found by the very rules a workspace import runs, with paths that start at the input's
 * `scenario` field.
 *
 * The scenario is checked in place of any stored scenario with its id, so an update is
 * judged against the other scenarios only; a create with a taken id is left for the
 * store to refuse with `exists`, as for plans.
 */
export function scenarioReferenceIssues(
  workspace: Workspace,
  scenario: Scenario,
  lang: Lang,
): ValidationIssue[] {
  const others = workspace.scenarios.filter((s) => s.id !== scenario.id);
  const index = others.length;
  const candidate: Workspace = { ...workspace, scenarios: [...others, scenario] };
  return workspaceReferenceProblems(candidate)
    .filter((problem) => problem.path[0] === 'scenarios' && problem.path[1] === index)
    .map((problem) =>
      makeIssue(lang, ['scenario', ...problem.path.slice(2)], problem.messageKey, problem.params),
    );
}

/** Throws `InvalidInputError` when the scenario does not fit the workspace; writes nothing. */
export function assertScenarioFits(workspace: Workspace, scenario: Scenario, lang: Lang): void {
  const issues = scenarioReferenceIssues(workspace, scenario, lang);
  if (issues.length > 0) throw new InvalidInputError(issues);
}
