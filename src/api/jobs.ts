/**
 * Background scenario runs. A run (blend, projection, Monte Carlo) can take seconds, so
 * `scenario.start` returns a job at once and the caller polls `scenario.job` for its
 * progress and result, or stops it with `scenario.cancel`. The registry lives as long as
 * the host's session (see session.ts); it holds no workspace of its own, only what each
 * job's work function closed over.
 *
 * States: `running` until the work settles; then `done` (with the result), `failed`
 * (with a code and a message in the run's language) or `cancelled`. Cancelling marks the
 * job `cancelled` at once and aborts its signal; whatever the work reports or returns
 * afterwards is ignored. Finished jobs are kept for polling, the oldest dropped first
 * beyond `keepFinished`; running jobs are never dropped.
 */
import { randomUUID } from 'node:crypto';
import type { ScenarioJob, ScenarioRunJson } from './scenario-schemas';

export type JobFailure = NonNullable<ScenarioJob['error']>;

/** The work of one job: resolves with the wire-form result, reports progress as it goes. */
export type JobWork = (
  signal: AbortSignal,
  onProgress: (done: number, total: number) => void,
) => Promise<ScenarioRunJson>;

export interface JobRequest {
  scenarioId: string;
  /** Steps in total (Monte Carlo draws); `done` counts up to it. */
  total: number;
  work: JobWork;
  /** The code and words for a failure of the work, in the caller's language. */
  describeFailure: (error: unknown) => JobFailure;
}

export interface ScenarioJobs {
  /** Registers the job and starts its work on the next turn of the event loop; returns it running. */
  start(request: JobRequest): ScenarioJob;
  /** The job as it stands now, or undefined for an id never issued or no longer kept. */
  get(jobId: string): ScenarioJob | undefined;
  /** Stops a running job (state `cancelled`); a finished job is returned as it is. */
  cancel(jobId: string): ScenarioJob | undefined;
  /** Stops every running job, for example when the host opens another workspace or closes. */
  cancelAll(): void;
}

export interface ScenarioJobsOptions {
  /** Finished jobs kept for polling; default 20. */
  keepFinished?: number;
  /** Default: a random UUID (lowercase hex and hyphens, 36 characters). */
  newId?: () => string;
}

export const KEEP_FINISHED_JOBS = 20;

interface JobRecord {
  job: ScenarioJob;
  controller: AbortController;
}

/** A copy the caller may keep: later progress does not change an answer already given. */
function snapshot(record: JobRecord): ScenarioJob {
  return { ...record.job };
}

/** Never throws: a job must always end, and a rejection here would have no one to catch it. */
function describe(request: JobRequest, error: unknown): JobFailure {
  try {
    return request.describeFailure(error);
  } catch {
    return { code: 'internal', message: error instanceof Error ? error.message : String(error) };
  }
}

export function createScenarioJobs(options: ScenarioJobsOptions = {}): ScenarioJobs {
  const keepFinished = options.keepFinished ?? KEEP_FINISHED_JOBS;
  const newId = options.newId ?? randomUUID;
  const jobs = new Map<string, JobRecord>();
  /** Ids of finished jobs, oldest first. */
  const finished: string[] = [];

  const finish = (record: JobRecord, change: Partial<ScenarioJob>) => {
    Object.assign(record.job, change);
    finished.push(record.job.jobId);
    while (finished.length > keepFinished) jobs.delete(finished.shift()!);
  };

  const cancelRecord = (record: JobRecord) => {
    if (record.job.state !== 'running') return;
    finish(record, { state: 'cancelled' });
    record.controller.abort();
  };

  const run = async (record: JobRecord, request: JobRequest) => {
    const { signal } = record.controller;
    // Cancelled before it began: never start the blend.
    if (signal.aborted) return;
    const onProgress = (done: number) => {
      if (record.job.state === 'running') record.job.done = Math.min(Math.max(0, done), record.job.total);
    };
    try {
      const result = await request.work(signal, onProgress);
      if (record.job.state === 'running') finish(record, { state: 'done', done: record.job.total, result });
    } catch (error) {
      if (record.job.state !== 'running') return;
      if (signal.aborted) finish(record, { state: 'cancelled' });
      else finish(record, { state: 'failed', error: describe(request, error) });
    }
  };

  return {
    start(request) {
      let jobId = newId();
      while (jobs.has(jobId)) jobId = newId();
      const record: JobRecord = {
        job: {
          jobId,
          scenarioId: request.scenarioId,
          state: 'running',
          done: 0,
          total: request.total,
          result: null,
          error: null,
        },
        controller: new AbortController(),
      };
      jobs.set(jobId, record);
      // Let the caller's answer go out before the (partly synchronous) blend starts.
      setImmediate(() => void run(record, request));
      return snapshot(record);
    },
    get(jobId) {
      const record = jobs.get(jobId);
      return record === undefined ? undefined : snapshot(record);
    },
    cancel(jobId) {
      const record = jobs.get(jobId);
      if (record === undefined) return undefined;
      cancelRecord(record);
      return snapshot(record);
    },
    cancelAll() {
      for (const record of [...jobs.values()]) cancelRecord(record);
    },
  };
}
