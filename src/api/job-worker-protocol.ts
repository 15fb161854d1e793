/** The messages between the job pool (worker-pool.ts) and its worker threads (job-worker-main.ts). */
import type { JobFailure } from './jobs';
import type { TaskRunOptions } from './task-runner';

/** From the host to a worker. */
export type HostMessage =
  | {
      type: 'run';
      /** The pool's number for this task: stale messages of an earlier task are told apart by it. */
      taskId: number;
      kind: string;
      input: unknown;
      /** Whether the host can render PDF (the worker then asks it, message `pdf`). */
      hasPdf: boolean;
      failure: TaskRunOptions['failure'];
    }
  | { type: 'pdf'; request: number; ok: true; bytes: Uint8Array }
  | { type: 'pdf'; request: number; ok: false; error: string };

/** From a worker to the host. */
export type WorkerMessage =
  | { type: 'progress'; taskId: number; done: number; total: number; detail?: unknown }
  | { type: 'done'; taskId: number; result: unknown }
  | { type: 'failed'; taskId: number; failure: JobFailure }
  | { type: 'pdf'; taskId: number; request: number; html: string };
