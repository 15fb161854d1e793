import { describe, expect, it } from 'vitest';
import type { ScenarioJob } from '../../renderer/src/domain/impact/types';
import { comparisonView, createComparisonRunner } from '../../renderer/src/state/comparisonRunner';
import { createJobRunner, jobView } from '../../renderer/src/state/scenarioJob';
import { job, run } from './impactFixtures';
import { controlledHost, flush, ok, type ControlledHost } from './controlledJobHost';

/** Releases the next pause and answers the poll that follows it. */
async function tick(h: ControlledHost<ScenarioJob>, answer: ScenarioJob) {
  h.waits.shift()?.();
  await flush();
  const poll = h.pending('poll').at(-1)!;
  poll.answer(ok(answer));
  await flush();
}

describe('following a scenario run', () => {
  it('starts, reports progress as it comes and ends with the result', async () => {
    const h = controlledHost<ScenarioJob>();
    const runner = createJobRunner(h.host);
    runner.start({ scenarioId: 'basis' }, 'k1');
    expect(runner.getState().phase).toBe('starting');
    expect(jobView(runner.getState(), 'k1').running).toBe(true);
    h.calls[0]!.answer(ok(job('j1', 'running', 0, 100)));
    await flush();
    expect(runner.getState()).toMatchObject({ phase: 'running', jobId: 'j1', done: 0, total: 100 });
    await tick(h, job('j1', 'running', 40, 100));
    expect(jobView(runner.getState(), 'k1')).toMatchObject({ phase: 'running', done: 40, total: 100 });
    const result = run('basis', []);
    await tick(h, job('j1', 'done', 100, 100, result));
    const view = jobView(runner.getState(), 'k1');
    expect(view).toMatchObject({ phase: 'done', running: false, current: true, done: 100 });
    expect(view.result).toBe(result);
    // Nothing more is asked once the job is done.
    expect(h.waits).toHaveLength(0);
  });

  it('marks a result as out of date for another key, and keeps it visible', async () => {
    const h = controlledHost<ScenarioJob>();
    const runner = createJobRunner(h.host);
    runner.start({ scenarioId: 'basis' }, 'k1');
    const result = run('basis', []);
    h.calls[0]!.answer(ok(job('j1', 'done', 10, 10, result)));
    await flush();
    expect(jobView(runner.getState(), 'k2')).toMatchObject({ phase: 'idle', current: false, result });
  });

  it('cancels the previous job when a new run starts and never shows its late answers', async () => {
    const h = controlledHost<ScenarioJob>();
    const runner = createJobRunner(h.host);
    runner.start({ scenarioId: 'basis' }, 'k1');
    h.calls[0]!.answer(ok(job('old', 'running', 0, 100)));
    await flush();
    h.waits.shift()?.();
    await flush();
    const latePoll = h.pending('poll')[0]!;

    runner.start({ scenarioId: 'basis' }, 'k2');
    expect(h.pending('cancel').map((c) => c.arg)).toEqual(['old']);
    // The old job's progress and even its result arrive after the new run started: both are dropped.
    latePoll.answer(ok(job('old', 'done', 100, 100, run('old-result', []))));
    await flush();
    expect(runner.getState()).toMatchObject({ phase: 'starting', jobId: null, result: null });

    h.pending('start')[1]!.answer(ok(job('new', 'running', 0, 10)));
    await flush();
    await tick(h, job('new', 'done', 10, 10, run('new-result', [])));
    expect(runner.getState().result?.scenarioId).toBe('new-result');
    expect(jobView(runner.getState(), 'k2').current).toBe(true);
  });

  it('cancels a job whose start answer comes after a newer run was asked for', async () => {
    const h = controlledHost<ScenarioJob>();
    const runner = createJobRunner(h.host);
    runner.start({ scenarioId: 'basis' }, 'k1');
    runner.start({ scenarioId: 'basis' }, 'k2');
    h.calls[0]!.answer(ok(job('orphan', 'running', 0, 10)));
    await flush();
    expect(h.pending('cancel').map((c) => c.arg)).toEqual(['orphan']);
    expect(runner.getState().jobId).toBeNull();
  });

  it('cancels on request and ends as cancelled; cancel before the job id is known waits for it', async () => {
    const h = controlledHost<ScenarioJob>();
    const runner = createJobRunner(h.host);
    runner.start({ scenarioId: 'basis' }, 'k1');
    runner.cancel();
    expect(runner.getState().phase).toBe('cancelling');
    h.calls[0]!.answer(ok(job('j1', 'running', 0, 1000)));
    await flush();
    const cancel = h.pending('cancel')[0]!;
    expect(cancel.arg).toBe('j1');
    expect(runner.getState().phase).toBe('cancelling');
    cancel.answer(ok(job('j1', 'cancelled', 120, 1000)));
    await flush();
    expect(jobView(runner.getState(), 'k1')).toMatchObject({
      phase: 'cancelled',
      running: false,
      result: null,
    });
  });

  it('keeps polling after a cancel until the host says how the job ended', async () => {
    const h = controlledHost<ScenarioJob>();
    const runner = createJobRunner(h.host);
    runner.start({ scenarioId: 'basis' }, 'k1');
    h.calls[0]!.answer(ok(job('j1', 'running', 10, 100)));
    await flush();
    runner.cancel();
    h.pending('cancel')[0]!.answer(ok(job('j1', 'running', 20, 100)));
    await flush();
    expect(runner.getState().phase).toBe('cancelling');
    await tick(h, job('j1', 'cancelled', 20, 100));
    expect(runner.getState().phase).toBe('cancelled');
  });

  it('reports a failed job and a refused request', async () => {
    const h = controlledHost<ScenarioJob>();
    const runner = createJobRunner(h.host);
    runner.start({ scenarioId: 'basis' }, 'k1');
    h.calls[0]!.answer(ok(job('j1', 'failed', 0, 10)));
    await flush();
    expect(jobView(runner.getState(), 'k1').error?.message).toBe('boom');
    runner.start({ scenarioId: 'basis' }, 'k2');
    h.pending('start')[1]!.answer({ ok: false, error: { code: 'not-found', message: 'gone' } });
    await flush();
    expect(jobView(runner.getState(), 'k2')).toMatchObject({ phase: 'failed', error: { message: 'gone' } });
  });

  it('cancels the running job when the screen is left', async () => {
    const h = controlledHost<ScenarioJob>();
    const runner = createJobRunner(h.host);
    runner.start({ scenarioId: 'basis' }, 'k1');
    h.calls[0]!.answer(ok(job('j1', 'running', 0, 10)));
    await flush();
    runner.dispose();
    expect(h.pending('cancel').map((c) => c.arg)).toEqual(['j1']);
    h.waits.shift()?.();
    await flush();
    expect(h.pending('poll')).toHaveLength(0);
  });
});

describe('running a comparison', () => {
  it('runs one job per scenario and shows the comparison only when all are done', async () => {
    const h = controlledHost<ScenarioJob>();
    const comparison = createComparisonRunner(h.host);
    comparison.start(['a', 'b'], 'c1');
    expect(h.pending('start').map((c) => c.arg)).toEqual(['a', 'b']);
    h.pending('start')[0]!.answer(ok(job('ja', 'done', 5, 5, run('a', []))));
    await flush();
    expect(comparisonView(comparison.getState(), 'c1')).toMatchObject({ running: true, results: null });
    h.pending('start')[1]!.answer(ok(job('jb', 'done', 5, 5, run('b', []))));
    await flush();
    const view = comparisonView(comparison.getState(), 'c1');
    expect(view.current).toBe(true);
    expect(view.results?.map((r) => r.scenarioId)).toEqual(['a', 'b']);
    // Another choice: the old comparison stays readable but is no longer current.
    expect(comparisonView(comparison.getState(), 'c2')).toMatchObject({ current: false, asked: false });
  });

  it('replaces a comparison whole: the earlier one is cancelled and its answers dropped', async () => {
    const h = controlledHost<ScenarioJob>();
    const comparison = createComparisonRunner(h.host);
    comparison.start(['a', 'b'], 'c1');
    h.pending('start')[0]!.answer(ok(job('ja', 'running', 0, 5)));
    await flush();
    comparison.start(['a', 'c'], 'c2');
    expect(h.pending('cancel').map((c) => c.arg)).toEqual(['ja']);
    h.pending('start')[1]!.answer(ok(job('jb', 'done', 5, 5, run('b', []))));
    await flush();
    expect(comparison.getState().runs.map((r) => r.scenarioId)).toEqual(['a', 'c']);
    expect(comparison.getState().runs.every((r) => r.state.result === null)).toBe(true);
  });
});
