import { budgetCycle } from '../finance/analysis/budget-cycle';
import { blend } from '../finance/blend';
import { scenarioOverlay } from '../impact/scenario';
import type { HandlerGroup } from './handler-types';
import { findScenario } from './lookups';

export const budgetCycleHandlers: HandlerGroup<'portfolio.budgetCycle'> = {
  'portfolio.budgetCycle': async (services, input, context) => {
    const workspace = await services.store().load();
    const scenario = findScenario(workspace, input.scenarioId, context.lang);
    // The workspace and request as the scenario run blends them (pooled silos, levers),
    // so the panel splits the same money the scenario's results show.
    const overlay = scenarioOverlay(workspace, scenario);
    const result = await blend(overlay.workspace, overlay.blendRequest, { lang: context.lang });
    return budgetCycle(overlay.workspace, scenario, result);
  },
};
