import { portfolioAnalysis } from '../finance/analysis';
import { blend, blendToJson, type BlendProgress } from '../finance/blend';
import { scenarioOverlay } from '../impact/scenario';
import { makeIssue } from '../model/issues';
import type { Lang } from '../model/messages';
import type { BlendJob } from '../contract/blend-jobs';
import type { BlendJobs, ReportedProgress } from './blend-jobs';
import type { Services } from './context';
import { InvalidInputError, toApiErrorIn } from './errors';
import type { HandlerGroup } from './handler-types';
import { findScenario } from './lookups';

function jobsOf(services: Services): BlendJobs {
  if (services.blendJobs === undefined) throw new Error('this host does not run blend jobs');
  return services.blendJobs();
}

function known(job: BlendJob | undefined, jobId: string, lang: Lang): BlendJob {
  if (job === undefined)
    throw new InvalidInputError([makeIssue(lang, ['jobId'], 'unknownJob', { id: jobId })]);
  return job;
}

/** Cents to euros; a proven bound need not be a whole number of cents, so no Cents type here. */
const euros = (cents: number) => cents / 100;

/** The engine's progress (cents) in the wire's euros; the distance is worked out by the job. */
export function progressInEuros(progress: BlendProgress): ReportedProgress {
  return {
    phase: progress.phase,
    nodes: progress.nodes,
    covered: progress.covered === null ? null : euros(progress.covered),
    bound: euros(progress.bound),
  };
}

/**
 * A scenario's portfolio blend as a job, computed as `scenarios.blend` and
 * `portfolio.analysis` compute it (the workspace as the scenario sees it: pooled silos,
 * levers). It works on the workspace as it was when the job started.
 */
export const blendJobHandlers: HandlerGroup<'blends.start' | 'blends.job' | 'blends.cancel'> = {
  'blends.start': async (services, input, context) => {
    const jobs = jobsOf(services);
    const workspace = await services.store().load();
    const scenario = findScenario(workspace, input.scenarioId, context.lang);
    const overlay = scenarioOverlay(workspace, scenario);
    const { lang } = context;
    return jobs.start({
      scenarioId: scenario.id,
      work: async (signal, onProgress) => {
        const result = await blend(overlay.workspace, overlay.blendRequest, {
          lang,
          signal,
          onProgress: (progress) => onProgress(progressInEuros(progress)),
        });
        return {
          blend: blendToJson(result),
          analysis: portfolioAnalysis(overlay.workspace, scenario, result),
        };
      },
      describeFailure: (error) => {
        const { code, message } = toApiErrorIn(error, lang);
        return { code, message };
      },
    });
  },
  'blends.job': (services, input, context) =>
    known(jobsOf(services).get(input.jobId), input.jobId, context.lang),
  'blends.cancel': (services, input, context) =>
    known(jobsOf(services).cancel(input.jobId), input.jobId, context.lang),
};
