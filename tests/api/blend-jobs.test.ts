import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { combineProgress } from '../../src/api/blend-jobs';
import { isReportedProgress } from '../../src/api/blend-task';
import { inThreadRunner } from '../../src/api/task-runner';
import { createWorkerPool } from '../../src/api/worker-pool';
import type { CallContext } from '../../src/api/context';
import { invoke } from '../../src/api/invoke';
import { createSession, type WorkspaceSession } from '../../src/api/session';
import { blendJobSchema, type BlendJob, type BlendProgressJson } from '../../src/contract/blend-jobs';
import { loadDemoWorkspace } from '../../src/data';
import { createWorkspaceStore } from '../../src/storage';
import { blendPortfolioWorkspace, PORTFOLIO_SCENARIO_ID } from '../helpers/blend-portfolio';
import { makeTempDir } from '../helpers/temp-dir';

let temp: ReturnType<typeof makeTempDir>;
let demo: WorkspaceSession;
let large: WorkspaceSession;

beforeAll(() => {
  temp = makeTempDir();
  const demoPath = join(temp.dir, 'demo.coopfolio');
  createWorkspaceStore(demoPath, loadDemoWorkspace()).close();
  demo = createSession();
  demo.open(demoPath);
  const largePath = join(temp.dir, 'large.coopfolio');
  createWorkspaceStore(largePath, blendPortfolioWorkspace(60)).close();
  large = createSession();
  large.open(largePath);
});

afterAll(() => {
  demo.close();
  large.close();
  temp.cleanup();
});

const en: CallContext = { lang: 'en' };
const pause = (ms: number) => new Promise<void>((resolve) => setTimeout(resolve, ms));

async function call(
  session: WorkspaceSession,
  name: 'blends.start' | 'blends.job' | 'blends.cancel',
  input: unknown,
): Promise<BlendJob> {
  const result = await invoke(session, name, input, en);
  if (!result.ok) throw new Error(result.error.message);
  return blendJobSchema.parse(result.value);
}

/** Every progress seen while polling until the job leaves `running` (or `until` holds), and the last answer. */
async function follow(
  session: WorkspaceSession,
  jobId: string,
  until: (job: BlendJob) => boolean = (job) => job.state !== 'running',
): Promise<{ job: BlendJob; seen: BlendProgressJson[] }> {
  const seen: BlendProgressJson[] = [];
  for (;;) {
    const job = await call(session, 'blends.job', { jobId });
    if (job.progress !== null) seen.push(job.progress);
    if (until(job)) return { job, seen };
    await pause(20);
  }
}

/**
 * What callers see while the search runs only improves: the bound never rises, covered
 * never falls, the distance follows. The final (`done`) progress is the result's figures.
 */
function expectMonotone(all: BlendProgressJson[]) {
  const seen = all.filter((p) => p.phase !== 'done');
  for (let i = 1; i < seen.length; i++) {
    const [before, after] = [seen[i - 1]!, seen[i]!];
    expect(after.bound).toBeLessThanOrEqual(before.bound);
    if (before.covered !== null) expect(after.covered).toBeGreaterThanOrEqual(before.covered);
    expect(after.nodes).toBeGreaterThanOrEqual(before.nodes);
  }
  for (const p of all) {
    expect(p.distance).toBe(p.covered === null ? null : Math.max(0, p.bound - p.covered));
  }
}

describe('portfolio blends as jobs', () => {
  it('blends the demo scenario to the same blend as scenarios.blend, with its portfolio view and budget cycle', async () => {
    const started = await call(demo, 'blends.start', { scenarioId: 'basis' });
    expect(started).toMatchObject({ scenarioId: 'basis', state: 'running', result: null, error: null });
    const { job, seen } = await follow(demo, started.jobId);
    expect(job).toMatchObject({ state: 'done', error: null });
    expect(job.done).toBe(job.total);
    expectMonotone(seen);
    expect(job.progress?.phase).toBe('done');

    const blended = await invoke(demo, 'scenarios.blend', { scenarioId: 'basis' }, en);
    expect(blended.ok && blended.value).toStrictEqual(job.result?.blend);
    const analysis = await invoke(demo, 'portfolio.analysis', { scenarioId: 'basis' }, en);
    expect(analysis.ok && analysis.value).toStrictEqual(job.result?.analysis);
    // The budget cycle as portfolio.budgetCycle sends it (both on the wire, in euros).
    const cycle = await invoke(demo, 'portfolio.budgetCycle', { scenarioId: 'basis' }, en);
    const wire = await invoke(demo, 'blends.job', { jobId: started.jobId }, en);
    const wireJob = wire.ok ? (wire.value as { result: { budgetCycle: unknown } | null }) : null;
    expect(cycle.ok && cycle.value).toStrictEqual(wireJob?.result?.budgetCycle);
    // The last progress is the result's: the bound the result states, and what the blend covers.
    const result = job.result!.blend;
    expect(result.bound).toBeGreaterThanOrEqual(result.totalCost - result.gap - 0.005);
    expect(job.progress!.bound).toBeCloseTo(result.bound, 2);
    expect(job.progress!.covered).toBeCloseTo(result.totalCost - result.gap, 2);
  });

  it('reports progress as a large portfolio blends, only ever improving, to the result', async () => {
    const started = await call(large, 'blends.start', { scenarioId: PORTFOLIO_SCENARIO_ID });
    const { job, seen } = await follow(large, started.jobId);
    expect(job.state).toBe('done');
    expect(seen.length).toBeGreaterThan(0);
    expectMonotone(seen);
    const result = job.result!.blend;
    expect(result.plans).toHaveLength(60);
    expect(job.progress!.bound).toBeCloseTo(result.bound, 2);
    // The stated distance is within 0.01 % of the total cost (issue 18).
    expect(result.bound - (result.totalCost - result.gap)).toBeLessThanOrEqual(
      result.totalCost * 1e-4 + 0.01,
    );
  });

  it('cancels a running blend: the job says cancelled, keeps its last progress and never finishes', async () => {
    const started = await call(large, 'blends.start', { scenarioId: PORTFOLIO_SCENARIO_ID });
    // Wait for the first progress, so the cancel stops a search under way.
    const { job: going } = await follow(large, started.jobId, (job) => job.progress !== null);
    expect(going.state).toBe('running');
    const cancelled = await call(large, 'blends.cancel', { jobId: started.jobId });
    expect(cancelled).toMatchObject({ state: 'cancelled', result: null, error: null });
    expect(cancelled.progress).not.toBeNull();
    // Whatever the search still reports before it sees the signal changes nothing.
    await pause(400);
    expect(await call(large, 'blends.job', { jobId: started.jobId })).toStrictEqual(cancelled);
  });

  it('refuses an unknown scenario and an unknown job, naming the field', async () => {
    const unknownScenario = await invoke(demo, 'blends.start', { scenarioId: 'geen-scenario' }, en);
    expect(unknownScenario.ok).toBe(false);
    if (!unknownScenario.ok) {
      expect(unknownScenario.error.code).toBe('invalid-input');
      expect(JSON.stringify(unknownScenario.error)).toContain('scenarioId');
    }
    for (const name of ['blends.job', 'blends.cancel'] as const) {
      const answer = await invoke(demo, name, { jobId: 'no-such-job' }, en);
      expect(answer.ok).toBe(false);
      if (!answer.ok) {
        expect(answer.error.code).toBe('invalid-input');
        expect(JSON.stringify(answer.error)).toContain('jobId');
      }
    }
  });
});

describe('a portfolio blend in the job pool', () => {
  it('gives the same result in a worker thread as in this one, with its progress as detail', async () => {
    const pool = createWorkerPool({ size: 1 });
    try {
      const input = { workspace: loadDemoWorkspace(), scenarioId: 'basis', lang: 'en' as const };
      const details: unknown[] = [];
      const options = (into: unknown[]) => ({
        signal: new AbortController().signal,
        onProgress: (_done: number, _total: number, detail?: unknown) => into.push(detail),
        failure: { lang: 'en' as const, internalKey: 'runFailed' as const },
      });
      const inWorker = await pool.run('portfolioBlend', input, options(details));
      const here = await inThreadRunner.run('portfolioBlend', input, options([]));
      expect(inWorker).toStrictEqual(here);
      expect(details.length).toBeGreaterThan(0);
      expect(details.every(isReportedProgress)).toBe(true);
    } finally {
      await pool.close();
    }
  }, 120_000);
});

describe('combineProgress', () => {
  it('keeps the least bound and the most covered, and works out the distance', () => {
    const first = combineProgress(undefined, { phase: 'relaxation', nodes: 0, covered: null, bound: 1000 });
    expect(first).toEqual({ phase: 'relaxation', nodes: 0, covered: null, bound: 1000, distance: null });
    const second = combineProgress(first, { phase: 'search', nodes: 5, covered: 980, bound: 995 });
    expect(second).toEqual({ phase: 'search', nodes: 5, covered: 980, bound: 995, distance: 15 });
    // A later report with a weaker bound or a worse blend does not undo what was proven or found.
    const third = combineProgress(second, { phase: 'rounding', nodes: 0, covered: 979.5, bound: 999 });
    expect(third).toEqual({ phase: 'rounding', nodes: 5, covered: 980, bound: 995, distance: 15 });
    const done = combineProgress(third, { phase: 'done', nodes: 0, covered: 990, bound: 989.99 });
    expect(done).toEqual({ phase: 'done', nodes: 5, covered: 990, bound: 989.99, distance: 0 });
  });
});
