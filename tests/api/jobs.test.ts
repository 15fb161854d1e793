import { describe, expect, it } from 'vitest';
import { createScenarioJobs, type JobRequest, type JobWork } from '../../src/api/jobs';
import { jobIdSchema, type ScenarioRunJson } from '../../src/contract';

/** Work the test drives by hand: it reports progress and settles when told to. */
function controlledWork() {
  let resolve!: (value: ScenarioRunJson) => void;
  let reject!: (error: unknown) => void;
  let report: ((done: number, total: number) => void) | null = null;
  let signal: AbortSignal | null = null;
  let calls = 0;
  const work: JobWork = (s, onProgress) => {
    calls++;
    signal = s;
    report = onProgress;
    return new Promise<ScenarioRunJson>((res, rej) => {
      resolve = res;
      reject = rej;
    });
  };
  return {
    work,
    get calls() {
      return calls;
    },
    get signal() {
      return signal;
    },
    progress(done: number) {
      report?.(done, 100);
    },
    resolve: (value: ScenarioRunJson) => resolve(value),
    reject: (error: unknown) => reject(error),
  };
}

/** Lets the registry's setImmediate start and any settled promise run its handlers. */
const turn = () => new Promise<void>((r) => setImmediate(r));

const fakeResult = { scenarioId: 's' } as ScenarioRunJson;

function request(work: JobWork, extra: Partial<JobRequest> = {}): JobRequest {
  return {
    scenarioId: 's',
    total: 100,
    work,
    describeFailure: (error) => ({ code: 'boom', message: `failed: ${String(error)}` }),
    ...extra,
  };
}

describe('scenario job registry', () => {
  it('returns a running job with a well-formed random id before the work starts', async () => {
    const jobs = createScenarioJobs();
    const w = controlledWork();
    const job = jobs.start(request(w.work));
    expect(job).toStrictEqual({
      jobId: job.jobId,
      scenarioId: 's',
      state: 'running',
      done: 0,
      total: 100,
      result: null,
      error: null,
    });
    expect(jobIdSchema.safeParse(job.jobId).success).toBe(true);
    expect(jobs.start(request(controlledWork().work)).jobId).not.toBe(job.jobId);
    expect(w.calls).toBe(0);
    await turn();
    expect(w.calls).toBe(1);
  });

  it('follows progress and ends done with the result and done equal to total', async () => {
    const jobs = createScenarioJobs();
    const w = controlledWork();
    const { jobId } = jobs.start(request(w.work));
    await turn();
    w.progress(40);
    expect(jobs.get(jobId)).toMatchObject({ state: 'running', done: 40 });
    w.resolve(fakeResult);
    await turn();
    expect(jobs.get(jobId)).toMatchObject({ state: 'done', done: 100, result: fakeResult, error: null });
  });

  it('answers with copies that later progress does not change', async () => {
    const jobs = createScenarioJobs();
    const w = controlledWork();
    const { jobId } = jobs.start(request(w.work));
    await turn();
    const seen = jobs.get(jobId)!;
    w.progress(10);
    expect(seen.done).toBe(0);
    seen.state = 'failed';
    expect(jobs.get(jobId)).toMatchObject({ state: 'running', done: 10 });
  });

  it('ends failed with the code and words the request gives for the error', async () => {
    const jobs = createScenarioJobs();
    const w = controlledWork();
    const { jobId } = jobs.start(request(w.work));
    await turn();
    w.reject(new Error('x'));
    await turn();
    expect(jobs.get(jobId)).toMatchObject({
      state: 'failed',
      result: null,
      error: { code: 'boom', message: 'failed: Error: x' },
    });
  });

  it('still ends a job when describing its failure fails', async () => {
    const jobs = createScenarioJobs();
    const w = controlledWork();
    const describeFailure = () => {
      throw new Error('no words');
    };
    const { jobId } = jobs.start(request(w.work, { describeFailure }));
    await turn();
    w.reject(new Error('x'));
    await turn();
    expect(jobs.get(jobId)).toMatchObject({ state: 'failed', error: { code: 'internal', message: 'x' } });
  });

  it('cancels a running job at once, aborts its signal and ignores what the work does afterwards', async () => {
    const jobs = createScenarioJobs();
    const w = controlledWork();
    const { jobId } = jobs.start(request(w.work));
    await turn();
    w.progress(30);
    expect(jobs.cancel(jobId)).toMatchObject({ state: 'cancelled', done: 30, result: null });
    expect(w.signal?.aborted).toBe(true);
    w.progress(60);
    w.resolve(fakeResult);
    await turn();
    expect(jobs.get(jobId)).toMatchObject({ state: 'cancelled', done: 30, result: null, error: null });
  });

  it('never starts the work of a job cancelled before its turn came', async () => {
    const jobs = createScenarioJobs();
    const w = controlledWork();
    const { jobId } = jobs.start(request(w.work));
    jobs.cancel(jobId);
    await turn();
    expect(w.calls).toBe(0);
    expect(jobs.get(jobId)?.state).toBe('cancelled');
  });

  it('leaves a finished job as it is on cancel', async () => {
    const jobs = createScenarioJobs();
    const w = controlledWork();
    const { jobId } = jobs.start(request(w.work));
    await turn();
    w.resolve(fakeResult);
    await turn();
    expect(jobs.cancel(jobId)).toMatchObject({ state: 'done', result: fakeResult });
  });

  it('keeps the newest finished jobs only, and never drops a running one', async () => {
    const jobs = createScenarioJobs({ keepFinished: 2 });
    const running = jobs.start(request(controlledWork().work));
    const works = [controlledWork(), controlledWork(), controlledWork()];
    const ids = works.map((w) => jobs.start(request(w.work)).jobId);
    await turn();
    for (const w of works) {
      w.resolve(fakeResult);
      await turn();
    }
    expect(jobs.get(ids[0]!)).toBeUndefined();
    expect(jobs.get(ids[1]!)?.state).toBe('done');
    expect(jobs.get(ids[2]!)?.state).toBe('done');
    expect(jobs.get(running.jobId)?.state).toBe('running');
    expect(jobs.cancel('never-issued')).toBeUndefined();
  });

  it('cancels every running job on cancelAll and keeps the finished ones', async () => {
    const jobs = createScenarioJobs();
    const a = controlledWork();
    const b = controlledWork();
    const first = jobs.start(request(a.work)).jobId;
    const second = jobs.start(request(b.work)).jobId;
    await turn();
    a.resolve(fakeResult);
    await turn();
    jobs.cancelAll();
    expect(jobs.get(first)?.state).toBe('done');
    expect(jobs.get(second)?.state).toBe('cancelled');
    expect(b.signal?.aborted).toBe(true);
  });
});
