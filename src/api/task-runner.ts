/**
 * Where a job's task runs: in the host's own thread (desktop, browser host: one user,
 * today's behaviour) or in a pool of worker threads (the team server, worker-pool.ts),
 * so one user's long run does not hold up everyone else's edits. Handlers ask the
 * services for a runner and fall back to this thread when the host has none.
 */
import type { ApiMessageKey } from './messages';
import type { JobFailure } from './jobs';
import type { Lang } from '../model/messages';
import type { PdfRenderer } from '../reports/pdf/types';
import { performTask, type TaskKind, type TaskInput, type TaskOutput } from './job-tasks';

export interface TaskRunOptions {
  signal: AbortSignal;
  /** `detail`: what a kind of task reports beyond done of total (structured-cloneable), passed on as it is. */
  onProgress: (done: number, total: number, detail?: unknown) => void;
  /** The host's report PDF renderer; null when it has none. */
  pdf?: PdfRenderer | null;
  /**
   * How a failure is worded, as the handler's own `describeFailure` would: a worker
   * describes its error itself (error classes do not survive the thread boundary).
   */
  failure: { lang: Lang; internalKey: Extract<ApiMessageKey, 'runFailed' | 'blendFailed' | 'reportFailed'> };
}

export interface TaskRunner {
  run<K extends TaskKind>(kind: K, input: TaskInput<K>, options: TaskRunOptions): Promise<TaskOutput<K>>;
}

/**
 * A failure already described (code and words in the caller's language), for example
 * by a worker thread: the job registry takes it as it is.
 */
export class DescribedFailure extends Error {
  constructor(readonly failure: JobFailure) {
    super(failure.message);
    this.name = 'DescribedFailure';
  }
}

/** Runs every task in this thread: errors reach the handler's `describeFailure` as they were thrown. */
export const inThreadRunner: TaskRunner = {
  run: (kind, input, options) =>
    performTask(kind, input, {
      signal: options.signal,
      onProgress: options.onProgress,
      pdf: options.pdf ?? null,
    }),
};
