import { cooperativeAnalysis } from '../finance/analysis';
import { blend } from '../finance/blend';
import { makeIssue } from '../model/issues';
import { InvalidInputError } from './errors';
import type { HandlerGroup } from './handler-types';
import { findScenario } from './lookups';

export const cooperativeAnalysisHandlers: HandlerGroup<'cooperative.analysis'> = {
  'cooperative.analysis': async (services, input, context) => {
    const workspace = services.store().load();
    if (!workspace.cooperatives.some((c) => c.id === input.cooperativeId)) {
      const issue = makeIssue(context.lang, ['cooperativeId'], 'unknownCooperative', {
        id: input.cooperativeId,
      });
      throw new InvalidInputError([issue]);
    }
    const scenario = findScenario(workspace, input.scenarioId, context.lang);
    // The same request as portfolio.analysis and blend.scenario, so every view shows the same blend.
    const request = { planIds: scenario.plans, streamFactors: scenario.streamFactors };
    const result = await blend(workspace, request, { lang: context.lang });
    return cooperativeAnalysis(workspace, input.cooperativeId, scenario, result);
  },
};
