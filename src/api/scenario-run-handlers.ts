import { nextEuro } from '../impact';
import { makeIssue } from '../model/issues';
import type { Lang } from '../model/messages';
import type { Services } from './context';
import { InvalidInputError, toApiErrorIn } from './errors';
import type { HandlerGroup } from './handler-types';
import { jobViewerOf, type JobFailure, type ScenarioJobs } from './jobs';
import { findScenario } from './lookups';
import { nextEuroToJson } from '../impact/scenario-run-json';
import { inThreadRunner } from './task-runner';
import type { ScenarioJob } from '../contract/scenario-jobs';

function jobsOf(services: Services): ScenarioJobs {
  if (services.scenarioJobs === undefined) throw new Error('this host does not run scenario jobs');
  return services.scenarioJobs();
}

function known(job: ScenarioJob | undefined, jobId: string, lang: Lang): ScenarioJob {
  if (job === undefined)
    throw new InvalidInputError([makeIssue(lang, ['jobId'], 'unknownJob', { id: jobId })]);
  return job;
}

/** Why a run failed, in the language of the call that started it (codes: src/contract/errors.ts). */
export function describeRunFailure(error: unknown, lang: Lang): JobFailure {
  const { code, message } = toApiErrorIn(error, lang, 'runFailed');
  return { code, message };
}

/**
 * Scenario runs as jobs, and the next-euro ranking. A run works on the workspace as it
 * was when the job started: later edits do not change a running job's figures. The run
 * itself goes to the host's task runner (the team server's worker threads) with that
 * snapshot as data. On the team server a job is its starter's: another user's job id
 * answers as unknown (an admin sees and cancels every job).
 */
export const scenarioRunHandlers: HandlerGroup<
  'scenarios.start' | 'scenarios.job' | 'scenarios.cancel' | 'scenarios.nextEuro'
> = {
  'scenarios.start': async (services, input, context) => {
    const jobs = jobsOf(services);
    const workspace = await services.store().load();
    const scenario = findScenario(workspace, input.scenarioId, context.lang);
    const draws = input.draws ?? scenario.monteCarlo.draws;
    const seed = input.seed ?? scenario.monteCarlo.seed;
    const { lang } = context;
    const runner = services.taskRunner?.() ?? inThreadRunner;
    return jobs.start({
      scenarioId: scenario.id,
      total: draws,
      work: (signal, onProgress) =>
        runner.run(
          'scenarioRun',
          { workspace, scenarioId: scenario.id, draws, seed, lang },
          { signal, onProgress, failure: { lang, internalKey: 'runFailed' } },
        ),
      describeFailure: (error) => describeRunFailure(error, lang),
      ...(context.user === undefined ? {} : { owner: context.user.name }),
    });
  },
  'scenarios.job': (services, input, context) =>
    known(jobsOf(services).get(input.jobId, jobViewerOf(context)), input.jobId, context.lang),
  'scenarios.cancel': (services, input, context) =>
    known(jobsOf(services).cancel(input.jobId, jobViewerOf(context)), input.jobId, context.lang),
  'scenarios.nextEuro': async (services, input, context) => {
    const workspace = await services.store().load();
    const scenario = findScenario(workspace, input.scenarioId, context.lang);
    return nextEuroToJson(await nextEuro(workspace, scenario.id, { lang: context.lang }));
  },
};
