/**
 * Background jobs: scenario runs and report exports. A run (blend, projection, Monte
 * Carlo) can take seconds, so
 * `scenarios.start` returns a job at once and the caller polls `scenarios.job` for its
 * progress and result, or stops it with `scenarios.cancel`. The registry lives as long as
 * the host's session (see session.ts); it holds no workspace of its own, only what each
 * job's work function closed over.
 *
 * States: `running` until the work settles; then `done` (with the result), `failed`
 * (with a code and a message in the run's language) or `cancelled`. Cancelling marks the
 * job `cancelled` at once and aborts its signal; whatever the work reports or returns
 * afterwards is ignored. Finished jobs are kept for polling, the oldest dropped first
 * beyond `keepFinished` per owner; running jobs are never dropped.
 *
 * On the team server every job records who started it (`owner`): a caller sees and
 * cancels only their own jobs, an admin anyone's; another user's job id answers as an
 * unknown one. Local hosts have no accounts: their jobs have no owner and every caller
 * sees them all.
 */
import { randomUUID } from 'node:crypto';
import type { CallContext } from './context';
import { DescribedFailure } from './task-runner';
import type { ReportJob } from '../contract/report-operations';
import type { ScenarioJob } from '../contract/scenario-jobs';
import type { ScenarioRunJson } from '../impact/scenario-run-schema';

export type JobFailure = NonNullable<ScenarioJob['error']>;

/** A job as callers see it: what it is about (`Meta`), where it stands, and its result when done. */
export type Job<Meta extends object, Result> = Meta & {
  jobId: string;
  state: 'running' | 'done' | 'failed' | 'cancelled';
  done: number;
  total: number;
  result: Result | null;
  error: JobFailure | null;
};

/** The work of one job: resolves with the wire-form result, reports progress as it goes. */
export type Work<Result> = (
  signal: AbortSignal,
  onProgress: (done: number, total: number) => void,
) => Promise<Result>;

export interface WorkRequest<Meta extends object, Result> {
  meta: Meta;
  /** Steps in total; `done` counts up to it. */
  total: number;
  work: Work<Result>;
  /** The code and words for a failure of the work, in the caller's language. */
  describeFailure: (error: unknown) => JobFailure;
  /** Who started the job (the signed-in user's name); absent on hosts without accounts. */
  owner?: string;
}

/** Who asks about a job; absent: a local host's caller, who sees every job. */
export interface JobViewer {
  user: string;
  /** May see and cancel anyone's job (an admin). */
  anyJob: boolean;
}

/** The viewer of a call: its signed-in user, or none on a host without accounts. */
export function jobViewerOf(context: CallContext): JobViewer | undefined {
  return context.user === undefined
    ? undefined
    : { user: context.user.name, anyJob: context.user.role === 'admin' };
}

export interface JobRegistry<Meta extends object, Result> {
  /** Registers the job and starts its work on the next turn of the event loop; returns it running. */
  start(request: WorkRequest<Meta, Result>): Job<Meta, Result>;
  /**
   * The job as it stands now, or undefined for an id never issued, no longer kept, or
   * (with a viewer) another user's job the viewer may not see.
   */
  get(jobId: string, viewer?: JobViewer): Job<Meta, Result> | undefined;
  /** Stops a running job (state `cancelled`); a finished job is returned as it is. Undefined as for `get`. */
  cancel(jobId: string, viewer?: JobViewer): Job<Meta, Result> | undefined;
  /** Stops every running job, for example when the host opens another workspace or closes. */
  cancelAll(): void;
}

export type JobWork = Work<ScenarioRunJson>;

export interface JobRequest {
  scenarioId: string;
  /** Steps in total (Monte Carlo draws); `done` counts up to it. */
  total: number;
  work: JobWork;
  /** The code and words for a failure of the work, in the caller's language. */
  describeFailure: (error: unknown) => JobFailure;
  /** Who started the run (the signed-in user's name); absent on hosts without accounts. */
  owner?: string;
}

export interface ScenarioJobs {
  start(request: JobRequest): ScenarioJob;
  get(jobId: string, viewer?: JobViewer): ScenarioJob | undefined;
  cancel(jobId: string, viewer?: JobViewer): ScenarioJob | undefined;
  cancelAll(): void;
}

export interface ScenarioJobsOptions {
  /** Finished jobs kept for polling, per owner; default 20. */
  keepFinished?: number;
  /** Default: a random UUID (lowercase hex and hyphens, 36 characters). */
  newId?: () => string;
}

export const KEEP_FINISHED_JOBS = 20;

interface JobRecord<Meta extends object, Result> {
  job: Job<Meta, Result>;
  controller: AbortController;
  owner: string | undefined;
}

function visibleTo(record: JobRecord<object, unknown>, viewer: JobViewer | undefined): boolean {
  return viewer === undefined || viewer.anyJob || record.owner === undefined || record.owner === viewer.user;
}

/** A copy the caller may keep: later progress does not change an answer already given. */
function snapshot<Meta extends object, Result>(record: JobRecord<Meta, Result>): Job<Meta, Result> {
  return { ...record.job };
}

/** Never throws: a job must always end, and a rejection here would have no one to catch it. */
function describe(describeFailure: (error: unknown) => JobFailure, error: unknown): JobFailure {
  // Described where it happened (a worker thread), in the same words describeFailure would use.
  if (error instanceof DescribedFailure) return { ...error.failure };
  try {
    return describeFailure(error);
  } catch {
    return { code: 'internal', message: error instanceof Error ? error.message : String(error) };
  }
}

export function createJobRegistry<Meta extends object, Result>(
  options: ScenarioJobsOptions = {},
): JobRegistry<Meta, Result> {
  const keepFinished = options.keepFinished ?? KEEP_FINISHED_JOBS;
  const newId = options.newId ?? randomUUID;
  const jobs = new Map<string, JobRecord<Meta, Result>>();
  /** Ids of finished jobs by owner ('' for none), oldest first: one busy user does not push out another's results. */
  const finished = new Map<string, string[]>();

  const finish = (record: JobRecord<Meta, Result>, change: Partial<Job<Meta, Result>>) => {
    Object.assign(record.job, change);
    const owner = record.owner ?? '';
    const ids = finished.get(owner) ?? [];
    finished.set(owner, ids);
    ids.push(record.job.jobId);
    while (ids.length > keepFinished) jobs.delete(ids.shift()!);
  };

  const cancelRecord = (record: JobRecord<Meta, Result>) => {
    if (record.job.state !== 'running') return;
    finish(record, { state: 'cancelled' } as Partial<Job<Meta, Result>>);
    record.controller.abort();
  };

  const run = async (record: JobRecord<Meta, Result>, request: WorkRequest<Meta, Result>) => {
    const { signal } = record.controller;
    // Cancelled before it began: never start the work.
    if (signal.aborted) return;
    const onProgress = (done: number) => {
      if (record.job.state === 'running') record.job.done = Math.min(Math.max(0, done), record.job.total);
    };
    try {
      const result = await request.work(signal, onProgress);
      if (record.job.state === 'running')
        finish(record, { state: 'done', done: record.job.total, result } as Partial<Job<Meta, Result>>);
    } catch (error) {
      if (record.job.state !== 'running') return;
      if (signal.aborted) finish(record, { state: 'cancelled' } as Partial<Job<Meta, Result>>);
      else
        finish(record, {
          state: 'failed',
          error: describe(request.describeFailure, error),
        } as Partial<Job<Meta, Result>>);
    }
  };

  return {
    start(request) {
      let jobId = newId();
      while (jobs.has(jobId)) jobId = newId();
      const record: JobRecord<Meta, Result> = {
        job: {
          ...request.meta,
          jobId,
          state: 'running',
          done: 0,
          total: request.total,
          result: null,
          error: null,
        },
        controller: new AbortController(),
        owner: request.owner,
      };
      jobs.set(jobId, record);
      // Let the caller's answer go out before the (partly synchronous) work starts.
      setImmediate(() => void run(record, request));
      return snapshot(record);
    },
    get(jobId, viewer) {
      const record = jobs.get(jobId);
      return record === undefined || !visibleTo(record, viewer) ? undefined : snapshot(record);
    },
    cancel(jobId, viewer) {
      const record = jobs.get(jobId);
      if (record === undefined || !visibleTo(record, viewer)) return undefined;
      cancelRecord(record);
      return snapshot(record);
    },
    cancelAll() {
      for (const record of [...jobs.values()]) cancelRecord(record);
    },
  };
}

/** Report exports: jobs about nothing but themselves, with the written files as result. */
export type ReportJobs = JobRegistry<Record<never, never>, NonNullable<ReportJob['result']>>;

export function createReportJobs(options: ScenarioJobsOptions = {}): ReportJobs {
  return createJobRegistry<Record<never, never>, NonNullable<ReportJob['result']>>(options);
}

/** Scenario runs: a registry whose jobs name their scenario. */
export function createScenarioJobs(options: ScenarioJobsOptions = {}): ScenarioJobs {
  const registry = createJobRegistry<{ scenarioId: string }, ScenarioRunJson>(options);
  return {
    start: ({ scenarioId, ...rest }) => registry.start({ meta: { scenarioId }, ...rest }),
    get: (jobId, viewer) => registry.get(jobId, viewer),
    cancel: (jobId, viewer) => registry.cancel(jobId, viewer),
    cancelAll: () => registry.cancelAll(),
  };
}
