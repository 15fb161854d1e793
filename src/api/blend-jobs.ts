/**
 * Portfolio blends as jobs (`blends.start`, `.job`, `.cancel`): the job registry of
 * jobs.ts, through its public interface, plus what a blend reports beyond "done of
 * total": the search's phase, nodes and how far its best blend may still be from the
 * best possible. The registry keeps state, result and failure; this keeps the latest
 * progress per job beside it and drops it once the registry no longer keeps the job.
 */
import type { BlendJob, BlendProgressJson } from '../contract/blend-jobs';
import { BLEND_PHASES, BLEND_PHASE_STEPS, type ReportedProgress } from './blend-task';
import { createJobRegistry, type JobFailure, type JobViewer, type ScenarioJobsOptions } from './jobs';

type BlendJobResult = NonNullable<BlendJob['result']>;

export interface BlendJobRequest {
  scenarioId: string;
  /** Resolves with the blend and its portfolio view; reports the search's progress in euros. */
  work: (signal: AbortSignal, onProgress: (progress: ReportedProgress) => void) => Promise<BlendJobResult>;
  /** The code and words for a failure of the work, in the caller's language. */
  describeFailure: (error: unknown) => JobFailure;
  /** Who started the blend (the signed-in user's name); absent on hosts without accounts. */
  owner?: string;
}

/** As the other registries (jobs.ts): on the team server a caller sees and cancels only their own blends. */
export interface BlendJobs {
  start(request: BlendJobRequest): BlendJob;
  get(jobId: string, viewer?: JobViewer): BlendJob | undefined;
  cancel(jobId: string, viewer?: JobViewer): BlendJob | undefined;
  cancelAll(): void;
}

/**
 * The progress so far combined with a new report, so what callers see while the search
 * runs only improves: a proven bound never rises (the least one found still holds) and
 * the best blend found never covers less (it is still there). The final report (`done`)
 * is the result's own figures and is taken as it is. Nodes only count up.
 */
export function combineProgress(
  before: BlendProgressJson | undefined,
  reported: ReportedProgress,
): BlendProgressJson {
  if (reported.phase === 'done') {
    const { covered, bound } = reported;
    const nodes = Math.max(before?.nodes ?? 0, reported.nodes);
    return { ...reported, nodes, distance: covered === null ? null : Math.max(0, bound - covered) };
  }
  const bound = before === undefined ? reported.bound : Math.min(before.bound, reported.bound);
  const covered =
    before?.covered === null || before?.covered === undefined
      ? reported.covered
      : reported.covered === null
        ? before.covered
        : Math.max(before.covered, reported.covered);
  // Never below zero: a bound within a cent of the blend is the blend.
  const distance = covered === null ? null : Math.max(0, bound - covered);
  return {
    phase: reported.phase,
    nodes: Math.max(before?.nodes ?? 0, reported.nodes),
    covered,
    bound,
    distance,
  };
}

export function createBlendJobs(options: ScenarioJobsOptions = {}): BlendJobs {
  const registry = createJobRegistry<{ scenarioId: string }, BlendJobResult>(options);
  const progress = new Map<string, BlendProgressJson>();

  const view = (job: Omit<BlendJob, 'progress'> | undefined): BlendJob | undefined =>
    job === undefined ? undefined : { ...job, progress: progress.get(job.jobId) ?? null };

  // Progress of jobs the registry has let go of (beyond its finished jobs kept) goes with them.
  const forgetDropped = () => {
    for (const jobId of progress.keys()) if (registry.get(jobId) === undefined) progress.delete(jobId);
  };

  return {
    start({ scenarioId, work, describeFailure, owner }) {
      forgetDropped();
      // The work starts on a later turn of the event loop, when the id below is set.
      let jobId: string | null = null;
      const started = registry.start({
        meta: { scenarioId },
        total: BLEND_PHASE_STEPS,
        work: (signal, onSteps) =>
          work(signal, (reported) => {
            // After a cancel the search may report once more before it sees the signal: ignored.
            if (jobId === null || signal.aborted) return;
            progress.set(jobId, combineProgress(progress.get(jobId), reported));
            onSteps(BLEND_PHASES.indexOf(reported.phase), BLEND_PHASE_STEPS);
          }),
        describeFailure,
        ...(owner === undefined ? {} : { owner }),
      });
      jobId = started.jobId;
      return view(started)!;
    },
    get: (jobId, viewer) => view(registry.get(jobId, viewer)),
    cancel: (jobId, viewer) => view(registry.cancel(jobId, viewer)),
    cancelAll: () => registry.cancelAll(),
  };
}
