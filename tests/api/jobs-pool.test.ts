// The job pool's rules (src/api/worker-pool.ts) with a stand-in worker whose tasks the
// test chooses (fixtures/fake-job-worker.mjs): queueing, cancel, a thread that dies,
// closing, and nothing left running afterwards. No timing asserts: every wait is for a
// state the pool reports.
import { afterEach, describe, expect, it, vi } from 'vitest';
import type { TaskKind } from '../../src/api/job-tasks';
import { createScenarioJobs } from '../../src/api/jobs';
import { describeRunFailure } from '../../src/api/scenario-run-handlers';
import { DescribedFailure, type TaskRunOptions } from '../../src/api/task-runner';
import { createWorkerPool, defaultPoolSize, type WorkerPool } from '../../src/api/worker-pool';

const FAKE = new URL('./fixtures/fake-job-worker.mjs', import.meta.url);
const pools: WorkerPool[] = [];

afterEach(async () => {
  await Promise.all(pools.splice(0).map((pool) => pool.close()));
});

function fakePool(size: number): WorkerPool {
  const pool = createWorkerPool({ size, script: FAKE });
  pools.push(pool);
  return pool;
}

interface Started {
  promise: Promise<unknown>;
  controller: AbortController;
  progress: number[];
  details: unknown[];
  settled: () => boolean;
}

/** Runs a fake task (kinds of the fixture, not of job-tasks.ts: the pool passes kinds through). */
function start(
  pool: WorkerPool,
  kind: string,
  input: unknown = null,
  extra: Partial<TaskRunOptions> = {},
): Started {
  const controller = new AbortController();
  const progress: number[] = [];
  const details: unknown[] = [];
  let settled = false;
  const promise = pool.run(kind as TaskKind, input as never, {
    signal: controller.signal,
    onProgress: (done, _total, detail) => {
      progress.push(done);
      details.push(detail);
    },
    failure: { lang: 'en', internalKey: 'runFailed' },
    ...extra,
  });
  promise.then(
    () => (settled = true),
    () => (settled = true),
  );
  return { promise, controller, progress, details, settled: () => settled };
}

const poll = { timeout: 30_000, interval: 20 };

describe('job worker pool', () => {
  it('sizes itself from the cores, leaving one to the event loop, and at least one', () => {
    expect(defaultPoolSize(8)).toBe(7);
    expect(defaultPoolSize(2)).toBe(1);
    expect(defaultPoolSize(1)).toBe(1);
    expect(() => createWorkerPool({ size: 0, script: FAKE })).toThrow(/pool size/);
    expect(() => createWorkerPool({ size: 1.5, script: FAKE })).toThrow(/pool size/);
  });

  it('runs up to its size at once; the rest wait in order and run as threads come free', async () => {
    const pool = fakePool(2);
    const a = start(pool, 'block');
    const b = start(pool, 'block');
    const c = start(pool, 'echo', 'c');
    const d = start(pool, 'echo', 'd');
    await vi.waitFor(() => expect(a.progress).toEqual([1]), poll);
    await vi.waitFor(() => expect(b.progress).toEqual([1]), poll);
    expect(pool.stats()).toEqual({ running: 2, queued: 2, threads: 2 });
    expect(c.settled() || d.settled()).toBe(false);

    a.controller.abort();
    await expect(a.promise).rejects.toThrow();
    // The freed slot takes the queue's first, then its second.
    await expect(c.promise).resolves.toBe('c');
    await expect(d.promise).resolves.toBe('d');
    expect(b.settled()).toBe(false);
    b.controller.abort();
    await expect(b.promise).rejects.toThrow();
    await vi.waitFor(() => expect(pool.stats()).toMatchObject({ running: 0, queued: 0 }), poll);
  });

  it('cancel terminates the running thread before it settles, and the slot serves the next task', async () => {
    const pool = fakePool(1);
    const blocked = start(pool, 'block');
    await vi.waitFor(() => expect(blocked.progress).toEqual([1]), poll);
    // A task's own progress detail comes through as it was sent.
    expect(blocked.details).toEqual([{ phase: 'search' }]);
    blocked.controller.abort();
    await expect(blocked.promise).rejects.toMatchObject({ name: 'AbortError' });
    // Settled only once its spinning thread is gone.
    expect(pool.stats()).toEqual({ running: 0, queued: 0, threads: 0 });
    await expect(start(pool, 'echo', 42).promise).resolves.toBe(42);
    expect(pool.stats()).toEqual({ running: 0, queued: 0, threads: 1 });
  });

  it('cancel of a waiting task takes it out of the queue: it never runs', async () => {
    const pool = fakePool(1);
    const blocked = start(pool, 'block');
    const waiting = start(pool, 'pdf', 'never', {
      pdf: () => Promise.reject(new Error('must not be asked')),
    });
    await vi.waitFor(() => expect(blocked.progress).toEqual([1]), poll);
    waiting.controller.abort();
    await expect(waiting.promise).rejects.toMatchObject({ name: 'AbortError' });
    expect(pool.stats()).toEqual({ running: 1, queued: 0, threads: 1 });
    blocked.controller.abort();
    await expect(blocked.promise).rejects.toThrow();
  });

  it('a task whose signal is already aborted never starts', async () => {
    const pool = fakePool(1);
    const controller = new AbortController();
    controller.abort();
    await expect(
      pool.run('scenarioRun', null as never, {
        signal: controller.signal,
        onProgress: () => undefined,
        failure: { lang: 'en', internalKey: 'runFailed' },
      }),
    ).rejects.toMatchObject({ name: 'AbortError' });
    expect(pool.stats()).toEqual({ running: 0, queued: 0, threads: 0 });
  });

  it('a thread that exits or throws mid-task fails that task, saying so, and the pool carries on', async () => {
    const pool = fakePool(1);
    await expect(start(pool, 'crash').promise).rejects.toThrow(
      "The job's worker thread stopped (exit code 3) before the job finished",
    );
    await expect(start(pool, 'throw').promise).rejects.toThrow(
      "The job's worker thread stopped (the fake worker broke) before the job finished",
    );
    await expect(start(pool, 'echo', 'after').promise).resolves.toBe('after');
    expect(pool.stats()).toEqual({ running: 0, queued: 0, threads: 1 });
  });

  it('a job whose thread dies is failed, in the words of a failed run, and its slot serves the next job', async () => {
    const pool = fakePool(1);
    const jobs = createScenarioJobs();
    const job = jobs.start({
      scenarioId: 's',
      total: 10,
      work: (signal, onProgress) =>
        pool.run('crash' as 'scenarioRun', null as never, {
          signal,
          onProgress,
          failure: { lang: 'en', internalKey: 'runFailed' },
        }),
      describeFailure: (error) => describeRunFailure(error, 'en'),
    });
    await vi.waitFor(() => expect(jobs.get(job.jobId)?.state).toBe('failed'), poll);
    const { error } = jobs.get(job.jobId)!;
    expect(error?.code).toBe('internal');
    expect(error?.message).toBe(
      "The scenario run failed: The job's worker thread stopped (exit code 3) before the job finished. Nothing was changed.",
    );
    await expect(start(pool, 'echo', 'next').promise).resolves.toBe('next');
  });

  it("passes a worker's described failure on as it is", async () => {
    const pool = fakePool(1);
    const failed = await start(pool, 'fail').promise.catch((error: unknown) => error);
    expect(failed).toBeInstanceOf(DescribedFailure);
    expect((failed as DescribedFailure).failure).toEqual({ code: 'solver-failed', message: 'no' });
  });

  it("renders a worker's PDF with the host's renderer, and says so when the host has none", async () => {
    const pool = fakePool(1);
    const pdf = (html: string) => Promise.resolve(new Uint8Array(html.length * 2));
    await expect(start(pool, 'pdf', 'abc', { pdf }).promise).resolves.toBe(6);
    await expect(start(pool, 'pdf', 'abc', { pdf: null }).promise).resolves.toBe(
      'refused: this host renders no PDF',
    );
    const broken = () => Promise.reject(new Error('no browser'));
    await expect(start(pool, 'pdf', 'abc', { pdf: broken }).promise).resolves.toBe('refused: no browser');
  });

  it('an input that cannot be cloned fails its task, and the thread stays for the next', async () => {
    const pool = fakePool(1);
    await expect(start(pool, 'echo', { f: () => 1 }).promise).rejects.toThrow(/could not be cloned/);
    await expect(start(pool, 'echo', 'next').promise).resolves.toBe('next');
  });

  it('close stops running and waiting tasks and every thread, and refuses new tasks', async () => {
    const pool = createWorkerPool({ size: 1, script: FAKE });
    const blocked = start(pool, 'block');
    const waiting = start(pool, 'echo', 'w');
    await vi.waitFor(() => expect(blocked.progress).toEqual([1]), poll);
    await pool.close();
    await expect(blocked.promise).rejects.toThrow('The job pool is closed.');
    await expect(waiting.promise).rejects.toThrow('The job pool is closed.');
    expect(pool.stats()).toEqual({ running: 0, queued: 0, threads: 0 });
    await expect(start(pool, 'echo', 'late').promise).rejects.toThrow('The job pool is closed.');
  });

  it('without a worker script it runs tasks in this thread', () => {
    const pool = createWorkerPool({ size: 1, script: null });
    expect(pool.threaded).toBe(false);
  });
});
