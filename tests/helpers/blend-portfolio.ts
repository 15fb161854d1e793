// A portfolio large enough that its blend takes a while (seconds, more on a busy machine),
// with one scenario over all its plans: for the progress and cancel tests of portfolio
// blends (API, CLI, browser). Built from the benchmark's generator, so it is reproducible.
import { smallPortfolioInstance } from '../../bench/workloads/blend';
import { scenarioSchema } from '../../src/model/scenario';
import type { Workspace } from '../../src/model/workspace';

export const PORTFOLIO_SCENARIO_ID = 'alle-plannen';

/** `plans` generated plans and the scenario `alle-plannen` that blends them all together. */
export function blendPortfolioWorkspace(plans: number): Workspace {
  const { workspace, request } = smallPortfolioInstance(plans);
  const scenario = scenarioSchema.parse({
    id: PORTFOLIO_SCENARIO_ID,
    name: 'Alle plannen',
    plans: request.planIds,
  });
  return { ...workspace, scenarios: [scenario] };
}
