import { afterEach, describe, expect, it } from 'vitest';
import { runState, toneOf } from '../../renderer/src/screens/scenarios/runStatus';
import { createJobRunner, jobView, type JobHost } from '../../renderer/src/state/scenarioJob';
import { forgetRuns, keepRun, keptRun, runCacheKey } from '../../renderer/src/state/scenarioRunCache';
import { run } from './impactFixtures';

afterEach(() => forgetRuns());

const idleHost: JobHost = {
  start: () => new Promise(() => undefined),
  poll: () => new Promise(() => undefined),
  cancel: () => new Promise(() => undefined),
  wait: () => new Promise(() => undefined),
};

describe('scenario results kept for the session', () => {
  it('come back as current when nothing was saved since, and as stale after a save', () => {
    const result = run('basis', []);
    const key = runCacheKey('/werk/demo.coopfolio', 'basis');
    keepRun(key, { result, resultKey: 'basis@10:00' });

    const back = createJobRunner(idleHost, 250, keptRun(key));
    const same = jobView(back.getState(), 'basis@10:00');
    expect(same).toMatchObject({ current: true, running: false, phase: 'idle' });
    expect(same.result).toBe(result);
    expect(runState(same)).toBe('current');

    const saved = jobView(back.getState(), 'basis@10:05');
    expect(saved.result).toBe(result);
    expect(runState(saved)).toBe('stale');
  });

  it('are kept per workspace file and scenario', () => {
    keepRun(runCacheKey('/a.coopfolio', 'basis'), { result: run('basis', []), resultKey: 'k' });
    expect(keptRun(runCacheKey('/b.coopfolio', 'basis'))).toBeUndefined();
    expect(keptRun(runCacheKey('/a.coopfolio', 'bezuiniging'))).toBeUndefined();
    expect(keptRun(runCacheKey('/a.coopfolio', 'basis'))).toBeDefined();
  });

  it('show "not run" and "cancelled" in a neutral badge; only current results are green', () => {
    expect(toneOf('none')).toBe('idle');
    expect(toneOf('cancelled')).toBe('idle');
    expect(toneOf('current')).toBe('current');
    expect(toneOf('stale')).toBe('updating');
    expect(toneOf('running')).toBe('updating');
    expect(toneOf('failed')).toBe('failed');
  });
});
