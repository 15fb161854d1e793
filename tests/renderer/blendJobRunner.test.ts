import { describe, expect, it } from 'vitest';
import type { BlendProgressJson } from '../../src/contract/blend-jobs';
import { createBlendJobRunner, type BlendJob } from '../../renderer/src/screens/portfolio/blendJobRunner';
import { controlledHost, flush, ok, type ControlledHost } from './controlledJobHost';

function job(
  jobId: string,
  state: BlendJob['state'],
  progress: BlendProgressJson | null,
  result: BlendJob['result'] = null,
): BlendJob {
  return { jobId, scenarioId: 'basis', state, done: 0, total: 3, progress, result, error: null };
}
const searching: BlendProgressJson = { phase: 'search', nodes: 12, covered: 900, bound: 950, distance: 50 };
// The runner passes the result through; its inside does not matter here.
const result = { blend: {}, analysis: {} } as unknown as NonNullable<BlendJob['result']>;

async function tick(h: ControlledHost<BlendJob>, answer: BlendJob) {
  h.waits.shift()?.();
  await flush();
  h.pending('poll').at(-1)!.answer(ok(answer));
  await flush();
}

describe('following a portfolio blend', () => {
  it('starts, shows the search as it improves and ends with the result', async () => {
    const h = controlledHost<BlendJob>();
    const runner = createBlendJobRunner(h.host);
    runner.start('basis', 'k1');
    expect(runner.getState().phase).toBe('starting');
    h.calls[0]!.answer(ok(job('j1', 'running', null)));
    await flush();
    expect(runner.getState()).toMatchObject({ phase: 'running', jobId: 'j1', progress: null });
    await tick(h, job('j1', 'running', searching));
    expect(runner.getState().progress).toEqual(searching);
    await tick(h, job('j1', 'done', { ...searching, phase: 'done', distance: 0 }, result));
    expect(runner.getState()).toMatchObject({ phase: 'done', result, resultKey: 'k1', error: null });
    expect(h.waits).toHaveLength(0);
  });

  it('cancels the running blend, and a cancel pressed before the job id is sent once it is known', async () => {
    const h = controlledHost<BlendJob>();
    const runner = createBlendJobRunner(h.host);
    runner.start('basis', 'k1');
    runner.cancel();
    expect(runner.getState().phase).toBe('cancelling');
    h.calls[0]!.answer(ok(job('j1', 'running', null)));
    await flush();
    const cancel = h.pending('cancel');
    expect(cancel.map((c) => c.arg)).toEqual(['j1']);
    cancel[0]!.answer(ok(job('j1', 'cancelled', searching)));
    await flush();
    expect(runner.getState()).toMatchObject({ phase: 'cancelled', progress: searching, result: null });
  });

  it('drops a late answer about a blend that a newer start replaced, and cancels it in the host', async () => {
    const h = controlledHost<BlendJob>();
    const runner = createBlendJobRunner(h.host);
    runner.start('basis', 'k1');
    runner.start('basis', 'k2');
    h.calls[0]!.answer(ok(job('old', 'running', searching)));
    await flush();
    expect(h.pending('cancel').map((c) => c.arg)).toEqual(['old']);
    expect(runner.getState()).toMatchObject({ phase: 'starting', key: 'k2', jobId: null, progress: null });
  });

  it('reads a failed job as the contract error it names', async () => {
    const h = controlledHost<BlendJob>();
    const runner = createBlendJobRunner(h.host);
    runner.start('basis', 'k1');
    h.calls[0]!.answer(
      ok({ ...job('j1', 'failed', null), error: { code: 'solver-failed', message: 'HiGHS stopped' } }),
    );
    await flush();
    expect(runner.getState()).toMatchObject({
      phase: 'failed',
      error: { code: 'solver-failed', message: 'HiGHS stopped' },
    });
  });
});
