/**
 * How plans come and go in scenarios' plan lists. A scenario lists its plans by id, in
 * priority order; there is no "all plans" flag, so a scenario that lists every plan of
 * the workspace is what the demo's "Basis: alle plannen" is. The UI, the contract and
 * the spreadsheet import all use these rules, so a new plan lands in the same
 * scenarios whichever way it was made.
 */

interface PlanRef {
  id: string;
}

interface ScenarioPlans {
  id: string;
  plans: readonly string[];
}

/** Where a plan stands in a scenario's list (0 = first priority). */
export interface PlanPlace {
  /** The scenario's id. */
  id: string;
  position: number;
}

/**
 * The scenarios that list every plan of the workspace: the ones a new plan joins by
 * default. With no plans yet, every scenario qualifies (it leaves nothing out).
 */
export function scenariosHoldingAllPlans(workspace: {
  plans: readonly PlanRef[];
  scenarios: readonly ScenarioPlans[];
}): string[] {
  const ids = workspace.plans.map((plan) => plan.id);
  return workspace.scenarios
    .filter((scenario) => {
      const listed = new Set(scenario.plans);
      return ids.every((id) => listed.has(id));
    })
    .map((scenario) => scenario.id);
}

/** The scenarios that list `planId`, with its place in each, in workspace order. */
export function placesOfPlan(scenarios: readonly ScenarioPlans[], planId: string): PlanPlace[] {
  return scenarios.flatMap((scenario) => {
    const position = scenario.plans.indexOf(planId);
    return position < 0 ? [] : [{ id: scenario.id, position }];
  });
}

/** The list with `planId` at `position` (clamped; absent: last). A plan already listed stays where it is. */
export function withPlanAt(plans: readonly string[], planId: string, position?: number): string[] {
  if (plans.includes(planId)) return [...plans];
  const at = position === undefined ? plans.length : Math.min(Math.max(position, 0), plans.length);
  return [...plans.slice(0, at), planId, ...plans.slice(at)];
}

export function withoutPlan(plans: readonly string[], planId: string): string[] {
  return plans.filter((id) => id !== planId);
}
