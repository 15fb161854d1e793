import { planAnalysis, planCandidates, portfolioAnalysis } from '../finance/analysis';
import { blend } from '../finance/blend';
import { scenarioOverlay } from '../impact/scenario';
import { makeIssue } from '../model/issues';
import { InvalidInputError } from './errors';
import type { HandlerGroup } from './handler-types';
import { findPlan, findScenario } from './lookups';

export const analysisHandlers: HandlerGroup<'plans.analysis' | 'portfolio.analysis'> = {
  'plans.analysis': async (services, input, context) => {
    const workspace = await services.store().load();
    const plan = findPlan(workspace, input.planId, context.lang);
    if (input.streamIds !== undefined) {
      const known = new Set(workspace.fundingStreams.map((s) => s.id));
      const issues = input.streamIds.flatMap((id, i) =>
        known.has(id) ? [] : [makeIssue(context.lang, ['streamIds', i], 'unknownStream', { id })],
      );
      if (issues.length > 0) throw new InvalidInputError(issues);
    }
    const candidates = planCandidates(workspace, plan, input.streamIds);
    const result = await blend(candidates.workspace, { planIds: [plan.id] }, { lang: context.lang });
    return planAnalysis(workspace, plan, result, candidates.streamIds);
  },
  'portfolio.analysis': async (services, input, context) => {
    const workspace = await services.store().load();
    const scenario = findScenario(workspace, input.scenarioId, context.lang);
    // The same blend as scenarios.blend and the scenario run: the workspace as the scenario sees it (pooled silos, levers).
    const overlay = scenarioOverlay(workspace, scenario);
    const result = await blend(overlay.workspace, overlay.blendRequest, { lang: context.lang });
    return portfolioAnalysis(overlay.workspace, scenario, result);
  },
};
