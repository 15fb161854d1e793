import { cooperativeAnalysis } from '../finance/analysis';
import { blend } from '../finance/blend';
import { scenarioOverlay } from '../impact/scenario';
import { makeIssue } from '../model/issues';
import { InvalidInputError } from './errors';
import type { HandlerGroup } from './handler-types';
import { findScenario } from './lookups';

export const cooperativeAnalysisHandlers: HandlerGroup<'cooperatives.analysis'> = {
  'cooperatives.analysis': async (services, input, context) => {
    const workspace = await services.store().load();
    if (!workspace.cooperatives.some((c) => c.id === input.cooperativeId)) {
      const issue = makeIssue(context.lang, ['cooperativeId'], 'unknownCooperative', {
        id: input.cooperativeId,
      });
      throw new InvalidInputError([issue]);
    }
    const scenario = findScenario(workspace, input.scenarioId, context.lang);
    // The same blend as portfolio.analysis, scenarios.blend and the scenario run (pooled silos, levers).
    const overlay = scenarioOverlay(workspace, scenario);
    const result = await blend(overlay.workspace, overlay.blendRequest, { lang: context.lang });
    return cooperativeAnalysis(overlay.workspace, input.cooperativeId, scenario, result);
  },
};
