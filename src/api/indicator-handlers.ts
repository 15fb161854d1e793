import type { Indicator } from '../model/indicator';
import { makeIssue, type ValidationIssue } from '../model/issues';
import type { Lang } from '../model/messages';
import type { Plan } from '../model/plan';
import { workspaceReferenceProblems, type Workspace } from '../model/workspace';
import { InvalidInputError } from './errors';
import type { HandlerGroup } from './handler-types';
import { checkOf } from './versions';

/**
 * The cross-reference problems an indicator edit would cause (a kind that does not match
 * the dimension; a plan sent along that names something missing), found by the rules a
 * workspace import runs, with paths that start at the input's fields (`indicator.kind`,
 * `plans[0].impacts[1].indicatorId`). Problems elsewhere in the workspace are not this
 * edit's and are left alone.
 */
function indicatorEditIssues(
  workspace: Workspace,
  indicator: Indicator,
  plans: readonly Plan[],
  lang: Lang,
): ValidationIssue[] {
  const at = workspace.indicators.findIndex((i) => i.id === indicator.id);
  const indicators =
    at < 0
      ? [...workspace.indicators, indicator]
      : workspace.indicators.map((i, k) => (k === at ? indicator : i));
  const indicatorIndex = at < 0 ? indicators.length - 1 : at;
  const sent = new Map(plans.map((plan, k) => [plan.id, k]));
  const candidate: Workspace = {
    ...workspace,
    indicators,
    plans: workspace.plans.map((plan) => plans[sent.get(plan.id) ?? -1] ?? plan),
  };
  const planInput = new Map(candidate.plans.map((plan, p) => [p, sent.get(plan.id)]));
  const issues: ValidationIssue[] = [];
  for (const problem of workspaceReferenceProblems(candidate)) {
    const [collection, index, ...rest] = problem.path;
    if (collection === 'indicators' && index === indicatorIndex) {
      issues.push(makeIssue(lang, ['indicator', ...rest], problem.messageKey, problem.params));
    }
    const input = collection === 'plans' && typeof index === 'number' ? planInput.get(index) : undefined;
    if (input !== undefined) {
      issues.push(makeIssue(lang, ['plans', input, ...rest], problem.messageKey, problem.params));
    }
  }
  return issues;
}

function quoted(names: readonly string[]): string {
  return names.map((name) => `"${name}"`).join(', ');
}

/**
 * Why an indicator cannot go: the plans whose impact lines use it and the scenarios that
 * override it, by name, so the message says where to look rather than which ids.
 */
function deleteIssues(workspace: Workspace, id: string, lang: Lang): ValidationIssue[] {
  const indicator = workspace.indicators.find((i) => i.id === id);
  if (indicator === undefined) return [];
  const label = indicator.label;
  const plans = workspace.plans.filter((plan) => plan.impacts.some((line) => line.indicatorId === id));
  const scenarios = workspace.scenarios.filter((s) => s.indicatorOverrides[id] !== undefined);
  const issues: ValidationIssue[] = [];
  if (plans.length > 0) {
    const names = quoted(plans.map((plan) => plan.name));
    issues.push(makeIssue(lang, ['id'], 'indicatorInUse', { label, plans: names }));
  }
  if (scenarios.length > 0) {
    const names = quoted(scenarios.map((scenario) => scenario.name));
    issues.push(makeIssue(lang, ['id'], 'indicatorInScenarios', { label, scenarios: names }));
  }
  return issues;
}

function assertNoIssues(issues: ValidationIssue[]): void {
  if (issues.length > 0) throw new InvalidInputError(issues);
}

/**
 * Indicator edits. Each checks against the stored workspace first, so a problem comes
 * back located and in the caller's language; the store still refuses anything that slips
 * past (a taken id, a plan deleted in between, a line added meanwhile), in the write's
 * own transaction.
 */
export const indicatorHandlers: HandlerGroup<
  'indicators.create' | 'indicators.update' | 'indicators.delete'
> = {
  'indicators.create': async (services, input, context) => {
    const store = services.store();
    const workspace = await store.load();
    // A taken id is the store's `exists`, as for every other collection.
    if (!workspace.indicators.some((i) => i.id === input.indicator.id)) {
      assertNoIssues(indicatorEditIssues(workspace, input.indicator, [], context.lang));
    }
    return store.insertIndicator(input.indicator, input.position);
  },
  'indicators.update': async (services, input, context) => {
    const store = services.store();
    const plans = input.plans ?? [];
    assertNoIssues(indicatorEditIssues(await store.load(), input.indicator, plans, context.lang));
    // The plans are written whole: each is checked against the version it was restated from.
    return store.updateIndicator(
      input.indicator,
      plans,
      checkOf(input.expectedVersion),
      input.expectedPlanVersions,
    );
  },
  'indicators.delete': async (services, input, context) => {
    const store = services.store();
    assertNoIssues(deleteIssues(await store.load(), input.id, context.lang));
    const removed = await store.deleteIndicator(input.id, checkOf(input.expectedVersion));
    return { indicator: removed.item, position: removed.position };
  },
};
