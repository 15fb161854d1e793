import { planAnalysis, planCandidates, portfolioAnalysis } from '../finance/analysis';
import { blend } from '../finance/blend';
import { scenarioOverlay } from '../impact/scenario';
import { makeIssue } from '../model/issues';
import { InvalidInputError } from './errors';
import type { HandlerGroup } from './handler-types';
import { findPlan, findScenario } from './lookups';
import { planReferenceIssues } from './plan-validation';

export const analysisHandlers: HandlerGroup<'plans.analysis' | 'portfolio.analysis'> = {
  'plans.analysis': async (services, input, context) => {
    const stored = await services.store().load();
    findPlan(stored, input.planId, context.lang);
    // A draft (an edit still being saved) is blended as if stored, so the builder need not
    // wait for the save and the reload after it; it must fit the workspace as a save would.
    const draft = input.draft === undefined ? undefined : { ...input.draft, id: input.planId };
    if (draft !== undefined) {
      // The save's own checks, with the paths of this input's field.
      const issues = planReferenceIssues(stored, draft, context.lang).map((issue) =>
        makeIssue(context.lang, ['draft', ...issue.path.slice(1)], issue.key, issue.params),
      );
      if (issues.length > 0) throw new InvalidInputError(issues);
    }
    const workspace =
      draft === undefined
        ? stored
        : { ...stored, plans: stored.plans.map((p) => (p.id === draft.id ? draft : p)) };
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
