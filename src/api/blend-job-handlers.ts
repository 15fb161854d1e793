import { makeIssue } from '../model/issues';
import type { Lang } from '../model/messages';
import type { BlendJob } from '../contract/blend-jobs';
import type { BlendJobs } from './blend-jobs';
import { isReportedProgress } from './blend-task';
import type { Services } from './context';
import { InvalidInputError, toApiErrorIn } from './errors';
import type { HandlerGroup } from './handler-types';
import { jobViewerOf } from './jobs';
import { findScenario } from './lookups';
import { inThreadRunner } from './task-runner';

function jobsOf(services: Services): BlendJobs {
  if (services.blendJobs === undefined) throw new Error('this host does not run blend jobs');
  return services.blendJobs();
}

function known(job: BlendJob | undefined, jobId: string, lang: Lang): BlendJob {
  if (job === undefined)
    throw new InvalidInputError([makeIssue(lang, ['jobId'], 'unknownJob', { id: jobId })]);
  return job;
}

/**
 * A scenario's portfolio blend as a job, computed as `scenarios.blend` and
 * `portfolio.analysis` compute it (blend-task.ts). It works on the workspace as it was
 * when the job started, and runs where the host runs long work: the team server's
 * worker threads, else this thread. On the team server a blend is its starter's.
 */
export const blendJobHandlers: HandlerGroup<'blends.start' | 'blends.job' | 'blends.cancel'> = {
  'blends.start': async (services, input, context) => {
    const jobs = jobsOf(services);
    const workspace = await services.store().load();
    const scenario = findScenario(workspace, input.scenarioId, context.lang);
    const { lang } = context;
    const runner = services.taskRunner?.() ?? services.blendRunner?.() ?? inThreadRunner;
    return jobs.start({
      scenarioId: scenario.id,
      work: (signal, onProgress) =>
        runner.run(
          'portfolioBlend',
          { workspace, scenarioId: scenario.id, lang },
          {
            signal,
            onProgress: (_done, _total, detail) => {
              if (isReportedProgress(detail)) onProgress(detail);
            },
            failure: { lang, internalKey: 'blendFailed' },
          },
        ),
      describeFailure: (error) => {
        const { code, message } = toApiErrorIn(error, lang, 'blendFailed');
        return { code, message };
      },
      ...(context.user === undefined ? {} : { owner: context.user.name }),
    });
  },
  'blends.job': (services, input, context) =>
    known(jobsOf(services).get(input.jobId, jobViewerOf(context)), input.jobId, context.lang),
  'blends.cancel': (services, input, context) =>
    known(jobsOf(services).cancel(input.jobId, jobViewerOf(context)), input.jobId, context.lang),
};
