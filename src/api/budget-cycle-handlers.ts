import { budgetCycle } from '../finance/analysis/budget-cycle';
import { blend } from '../finance/blend';
import type { HandlerGroup } from './handler-types';
import { findScenario } from './lookups';

export const budgetCycleHandlers: HandlerGroup<'portfolio.budgetCycle'> = {
  'portfolio.budgetCycle': async (services, input, context) => {
    const workspace = services.store().load();
    const scenario = findScenario(workspace, input.scenarioId, context.lang);
    // The same request as portfolio.analysis, so the panel splits the blend the portfolio shows.
    const request = { planIds: scenario.plans, streamFactors: scenario.streamFactors };
    return budgetCycle(workspace, scenario, await blend(workspace, request, { lang: context.lang }));
  },
};
