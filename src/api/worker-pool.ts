/**
 * A small bounded pool of worker threads for the long work of jobs (scenario runs,
 * report exports; job-tasks.ts), so that on the team server one user's run does not
 * hold up everyone else's edits on the shared event loop.
 *
 * - At most `size` tasks run at once, one per thread; more wait in a queue, in order.
 *   A waiting job stays `running` with `done` 0 (the contract has no queued state).
 * - Threads start when first needed and are kept for the next task (starting one loads
 *   the app's code, about a second); an idle thread does not keep the process alive.
 * - Cancelling a running task terminates its thread (a HiGHS solve cannot be stopped
 *   from inside); its slot is free again once the thread is gone, and a new thread is
 *   started for the next task.
 * - A thread that dies mid-task fails that task with a message saying so; the pool
 *   carries on with a new thread.
 * - Where the worker script cannot be found (a bundle without it), tasks run in the
 *   calling thread, as on the desktop: slower for others, but the same results.
 */
import { existsSync } from 'node:fs';
import { availableParallelism } from 'node:os';
import { fileURLToPath } from 'node:url';
import { Worker } from 'node:worker_threads';
import type { TaskInput, TaskKind, TaskOutput } from './job-tasks';
import type { HostMessage, WorkerMessage } from './job-worker-protocol';
import { DescribedFailure, inThreadRunner, type TaskRunner, type TaskRunOptions } from './task-runner';

export interface WorkerPoolOptions {
  /** Threads at most; default `defaultPoolSize()`. */
  size?: number;
  /** The worker script; default the one beside this module (or the bundle), null: run in this thread. */
  script?: URL | null;
}

export interface PoolStats {
  /** Tasks running in a thread. */
  running: number;
  /** Tasks waiting for a free thread. */
  queued: number;
  /** Threads alive (running or idle); a cancelled task's thread counts until it is gone. */
  threads: number;
}

export interface WorkerPool extends TaskRunner {
  readonly size: number;
  /** Whether tasks run in worker threads (false: the script was not found). */
  readonly threaded: boolean;
  stats(): PoolStats;
  /** Stops every task (running and queued) and every thread. */
  close(): Promise<void>;
}

/** One thread per core but one, which stays with the event loop that serves everyone's edits; at least 1. */
export function defaultPoolSize(cores = availableParallelism()): number {
  return Math.max(1, cores - 1);
}

/**
 * The worker entry: `job-worker.cjs` beside a built bundle (whose `import.meta.url` is
 * the bundle's), else `job-worker.mjs` beside this module in a checkout (tsx, tests).
 */
export function findJobWorkerScript(): URL | null {
  for (const name of ['./job-worker.cjs', './job-worker.mjs']) {
    try {
      const url = new URL(name, import.meta.url);
      if (url.protocol === 'file:' && existsSync(fileURLToPath(url))) return url;
    } catch {
      // No file URL to resolve against (an unusual bundle): try the next, then run in this thread.
    }
  }
  return null;
}

interface Task {
  id: number;
  kind: TaskKind;
  input: unknown;
  options: TaskRunOptions;
  resolve: (result: unknown) => void;
  reject: (error: unknown) => void;
  detach: () => void;
}

interface Slot {
  worker: Worker | null;
  task: Task | null;
  /** A cancelled task's thread on its way out: the slot takes no task until it is gone. */
  stopping: Promise<unknown> | null;
}

function checkSize(size: number): number {
  if (!Number.isInteger(size) || size < 1)
    throw new RangeError(`pool size must be a whole number >= 1, not ${size}`);
  return size;
}

export function createWorkerPool(options: WorkerPoolOptions = {}): WorkerPool {
  const size = checkSize(options.size ?? defaultPoolSize());
  const script = options.script === undefined ? findJobWorkerScript() : options.script;
  const slots: Slot[] = Array.from({ length: size }, () => ({ worker: null, task: null, stopping: null }));
  const queue: Task[] = [];
  let nextTaskId = 1;
  let closed = false;

  const settle = (task: Task, outcome: { result: unknown } | { error: unknown }) => {
    task.detach();
    if ('result' in outcome) task.resolve(outcome.result);
    else task.reject(outcome.error);
  };

  /** Ends the slot's thread; the slot is taken again only once the thread has gone. */
  const stopThread = (slot: Slot) => {
    const worker = slot.worker;
    slot.worker = null;
    if (worker === null) return Promise.resolve();
    const stopping = worker.terminate().finally(() => {
      if (slot.stopping === stopping) slot.stopping = null;
      dispatch();
    });
    slot.stopping = stopping;
    return stopping;
  };

  /** The thread died on its own (an error it did not catch, out of memory): its task fails, saying so. */
  const lost = (slot: Slot, worker: Worker, why: string) => {
    if (slot.worker !== worker) return;
    slot.worker = null;
    const task = slot.task;
    slot.task = null;
    void worker.terminate();
    if (task !== null)
      settle(task, { error: new Error(`The job's worker thread stopped (${why}) before the job finished`) });
    dispatch();
  };

  const onMessage = (slot: Slot, worker: Worker, message: WorkerMessage) => {
    const task = slot.task;
    if (slot.worker !== worker || task === null || message.taskId !== task.id) return;
    switch (message.type) {
      case 'progress':
        if (message.detail === undefined) task.options.onProgress(message.done, message.total);
        else task.options.onProgress(message.done, message.total, message.detail);
        return;
      case 'done':
      case 'failed':
        slot.task = null;
        worker.unref();
        settle(
          task,
          message.type === 'done'
            ? { result: message.result }
            : { error: new DescribedFailure(message.failure) },
        );
        dispatch();
        return;
      case 'pdf': {
        const answer = (reply: HostMessage) => {
          if (slot.worker === worker) worker.postMessage(reply);
        };
        const render = task.options.pdf;
        if (render === null || render === undefined) {
          answer({ type: 'pdf', request: message.request, ok: false, error: 'this host renders no PDF' });
          return;
        }
        render(message.html).then(
          (bytes) => answer({ type: 'pdf', request: message.request, ok: true, bytes }),
          (error: unknown) =>
            answer({
              type: 'pdf',
              request: message.request,
              ok: false,
              error: error instanceof Error ? error.message : String(error),
            }),
        );
        return;
      }
    }
  };

  const startThread = (slot: Slot): Worker => {
    // Plain node: the script registers its own TypeScript loader (a checkout) or is plain JavaScript (a bundle).
    const worker = new Worker(script!, { execArgv: [] });
    worker.on('message', (message: WorkerMessage) => onMessage(slot, worker, message));
    worker.on('error', (error) => lost(slot, worker, error.message));
    worker.on('exit', (code) => lost(slot, worker, `exit code ${code}`));
    slot.worker = worker;
    return worker;
  };

  function dispatch(): void {
    for (const slot of slots) {
      if (queue.length === 0) return;
      if (slot.task !== null || slot.stopping !== null) continue;
      const task = queue.shift()!;
      const worker = slot.worker ?? startThread(slot);
      worker.ref();
      slot.task = task;
      const message: HostMessage = {
        type: 'run',
        taskId: task.id,
        kind: task.kind,
        input: task.input,
        hasPdf: task.options.pdf !== null && task.options.pdf !== undefined,
        failure: task.options.failure,
      };
      try {
        worker.postMessage(message);
      } catch (error) {
        // An input that cannot be cloned: this task fails, the thread stays for the next.
        slot.task = null;
        worker.unref();
        settle(task, { error });
      }
    }
  }

  /** Stops a task: out of the queue, or its thread terminated. Settles once the thread is gone. */
  const cancel = (task: Task) => {
    const queued = queue.indexOf(task);
    if (queued >= 0) {
      queue.splice(queued, 1);
      settle(task, { error: task.options.signal.reason });
      return;
    }
    const slot = slots.find((s) => s.task === task);
    if (slot === undefined) return;
    slot.task = null;
    void stopThread(slot).then(() => settle(task, { error: task.options.signal.reason }));
  };

  return {
    size,
    threaded: script !== null,
    run<K extends TaskKind>(
      kind: K,
      input: TaskInput<K>,
      runOptions: TaskRunOptions,
    ): Promise<TaskOutput<K>> {
      if (script === null) return inThreadRunner.run(kind, input, runOptions);
      if (closed) return Promise.reject(new Error('The job pool is closed.'));
      const { signal } = runOptions;
      if (signal.aborted) return Promise.reject(signal.reason);
      return new Promise<TaskOutput<K>>((resolve, reject) => {
        const onAbort = () => cancel(task);
        const task: Task = {
          id: nextTaskId++,
          kind,
          input,
          options: runOptions,
          resolve: resolve as (result: unknown) => void,
          reject,
          detach: () => signal.removeEventListener('abort', onAbort),
        };
        signal.addEventListener('abort', onAbort, { once: true });
        queue.push(task);
        dispatch();
      });
    },
    stats() {
      return {
        running: slots.filter((s) => s.task !== null).length,
        queued: queue.length,
        threads: slots.filter((s) => s.worker !== null || s.stopping !== null).length,
      };
    },
    async close() {
      closed = true;
      const stopped = new Error('The job pool is closed.');
      for (const task of queue.splice(0)) settle(task, { error: stopped });
      await Promise.all(
        slots.map((slot) => {
          const task = slot.task;
          slot.task = null;
          if (task !== null) settle(task, { error: stopped });
          return slot.stopping ?? stopThread(slot);
        }),
      );
    },
  };
}
