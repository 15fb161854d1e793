import type { PlanPlace } from '../../../src/model/scenario-plans';
import { scenariosHoldingAllPlans } from '../../../src/model/scenario-plans';
import type { PortfolioAnalysisJson } from './analysis/types';

/** What these helpers need of the workspace: ids, names and plan lists. */
interface Named {
  id: string;
  name: string;
}
interface ScenarioLike extends Named {
  plans: readonly string[];
}
interface WorkspaceLike {
  plans: readonly { id: string }[];
  scenarios: readonly ScenarioLike[];
}

/** The scenarios a new plan joins unless the user unticks them: those that list every plan now. */
export function defaultScenariosForNewPlan(workspace: WorkspaceLike): string[] {
  return scenariosHoldingAllPlans(workspace);
}

/** The chosen scenarios, as places at the end of their lists (in workspace order). */
export function placesAtEnd(workspace: WorkspaceLike, chosen: readonly string[]): PlanPlace[] {
  return workspace.scenarios
    .filter((scenario) => chosen.includes(scenario.id))
    .map((scenario) => ({ id: scenario.id, position: scenario.plans.length }));
}

/**
 * Where a copy of `originalId` goes: every scenario that lists all plans, right after
 * the original when it is listed there (the copy is its variant), else last.
 */
export function placesForCopy(workspace: WorkspaceLike, originalId: string): PlanPlace[] {
  const chosen = scenariosHoldingAllPlans(workspace);
  return workspace.scenarios
    .filter((scenario) => chosen.includes(scenario.id))
    .map((scenario) => {
      const at = scenario.plans.indexOf(originalId);
      return { id: scenario.id, position: at < 0 ? scenario.plans.length : at + 1 };
    });
}

/** The scenarios that list the plan, in workspace order. */
export function scenariosWithPlan<S extends ScenarioLike>(scenarios: readonly S[], planId: string): S[] {
  return scenarios.filter((scenario) => scenario.plans.includes(planId));
}

export function scenarioNames(scenarios: readonly Named[], ids: readonly string[]): string[] {
  return ids.map((id) => scenarios.find((s) => s.id === id)?.name ?? id);
}

/** The plan's own figures within a scenario's portfolio blend, or null when the scenario leaves it out. */
export function planInPortfolio(
  portfolio: PortfolioAnalysisJson,
  planId: string,
): PortfolioAnalysisJson['plans'][number] | null {
  return portfolio.plans.find((plan) => plan.planId === planId) ?? null;
}
