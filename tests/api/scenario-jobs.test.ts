import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { CallContext } from '../../src/api/context';
import { invoke } from '../../src/api/invoke';
import {
  nextEuroSchema,
  scenarioJobSchema,
  scenarioRunSchema,
  type NextEuroJson,
  type ScenarioJob,
} from '../../src/contract';
import { createSession, type WorkspaceSession } from '../../src/api/session';
import { loadDemoWorkspace } from '../../src/data';
import type { Lang } from '../../src/model/messages';
import type { Workspace } from '../../src/model/workspace';
import { createWorkspaceStore } from '../../src/storage';
import { makeTempDir } from '../helpers/temp-dir';

let temp: ReturnType<typeof makeTempDir>;
let session: WorkspaceSession;
let demoPath: string;
/** The demo as stored (model form). */
let demo: Workspace;

beforeAll(() => {
  temp = makeTempDir();
  demo = loadDemoWorkspace();
  demoPath = join(temp.dir, 'demo.coopfolio');
  createWorkspaceStore(demoPath, demo).close();
  session = createSession();
  session.open(demoPath);
});

afterAll(() => {
  session.close();
  temp.cleanup();
});

const en: CallContext = { lang: 'en' };
const nl: CallContext = { lang: 'nl' };

const pause = (ms: number) => new Promise<void>((resolve) => setTimeout(resolve, ms));

async function call(
  name: 'scenarios.start' | 'scenarios.job' | 'scenarios.cancel',
  input: unknown,
  context = en,
) {
  const result = await invoke(session, name, input, context);
  if (!result.ok) throw new Error(result.error.message);
  return scenarioJobSchema.parse(result.value);
}

/** Polls until the job leaves `running`; every answer must parse and `done` must never go back. */
async function untilFinished(jobId: string, context = en): Promise<ScenarioJob> {
  let last = 0;
  for (;;) {
    const job = await call('scenarios.job', { jobId }, context);
    expect(job.done).toBeGreaterThanOrEqual(last);
    expect(job.done).toBeLessThanOrEqual(job.total);
    last = job.done;
    if (job.state !== 'running') return job;
    await pause(25);
  }
}

async function run(input: { scenarioId: string; draws?: number; seed?: number }, context = en) {
  const started = await call('scenarios.start', input, context);
  return untilFinished(started.jobId, context);
}

function demoScenario(id: string) {
  const scenario = demo.scenarios.find((s) => s.id === id);
  if (scenario === undefined) throw new Error(`no demo scenario ${id}`);
  return scenario;
}

describe('scenario runs as jobs on the demo workspace', () => {
  it('runs the basis scenario with its own draws and seed to a result that fits the contract', async () => {
    const started = await call('scenarios.start', { scenarioId: 'basis' });
    expect(started).toMatchObject({ scenarioId: 'basis', state: 'running', done: 0, total: 1000 });
    expect(started.result).toBeNull();
    const job = await untilFinished(started.jobId);
    expect(job).toMatchObject({ state: 'done', done: 1000, total: 1000, error: null });
    const result = scenarioRunSchema.parse(job.result);

    expect(result.scenarioId).toBe('basis');
    expect(result.years).toEqual([2026, 2027, 2028, 2029, 2030, 2031, 2032, 2033, 2034, 2035]);
    expect(result.monteCarlo).toMatchObject({ draws: 1000, seed: 42 });
    expect(result.indicators.map((i) => i.indicatorId)).toEqual(demo.indicators.map((i) => i.id));
    for (const indicator of result.indicators) {
      expect(indicator.years.map((y) => y.year)).toEqual(result.years);
      for (const y of indicator.years) {
        expect(y.p10).toBeLessThanOrEqual(y.p50);
        expect(y.p50).toBeLessThanOrEqual(y.p90);
        expect(y.status).toBeGreaterThanOrEqual(0);
      }
    }
    for (const plan of result.plans) {
      expect(plan.probabilityFullyFunded).toBeGreaterThanOrEqual(0);
      expect(plan.probabilityFullyFunded).toBeLessThanOrEqual(1);
      // A plan the blend leaves a gap in is never fully funded in any draw.
      if (plan.fundedShare < 1) expect(plan.probabilityFullyFunded).toBe(0);
    }
    expect(result.plans.map((p) => p.planId)).toEqual(demoScenario('basis').plans);

    // The run's blend is the scenario's blend, as scenarios.blend gives it.
    const blended = await invoke(session, 'scenarios.blend', { scenarioId: 'basis' }, en);
    expect(blended.ok && blended.value).toStrictEqual(result.blend);
    // What the gap costs per dimension, without the per-indicator detail.
    expect(result.gapCost.dimensions.length).toBeGreaterThan(0);
    for (const d of result.gapCost.dimensions) expect(Object.keys(d)).not.toContain('indicators');
    expect(result.gapCost.weightedCost).toBeCloseTo(
      result.gapCost.weightedActual - result.gapCost.weightedFullyFunded,
      12,
    );
    // The guarantee calls, in euros: one entry per guarantee stream the blend uses, within what it backs.
    const calls = result.guaranteeCalls;
    const guaranteeIds = [...new Set(result.blend.guarantees.map((g) => g.streamId))];
    expect(calls.byGuarantee.map((g) => g.streamId)).toEqual(guaranteeIds);
    const backed = result.blend.guarantees.reduce((sum, g) => sum + g.amount, 0);
    expect(calls.maxPossible).toBeCloseTo(backed, 2);
    expect(calls.p50).toBeLessThanOrEqual(calls.p90);
    expect(calls.p90).toBeLessThanOrEqual(calls.maxPossible);
    expect(calls.expected).toBeLessThanOrEqual(calls.maxPossible);
  });

  it("describes each indicator as the scenario sees it, after the scenario's overrides", async () => {
    const scenario = demoScenario('klimaatversnelling');
    const job = await run({ scenarioId: scenario.id, draws: 50 });
    const result = scenarioRunSchema.parse(job.result);
    expect(result.monteCarlo).toMatchObject({ draws: 50, seed: scenario.monteCarlo.seed });
    for (const indicator of demo.indicators) {
      const seen = result.indicators.find((i) => i.indicatorId === indicator.id)!;
      const override = scenario.indicatorOverrides[indicator.id] ?? {};
      expect(seen).toMatchObject({
        label: indicator.label,
        dimension: indicator.dimension,
        kind: indicator.kind,
        unit: indicator.unit,
        lens: indicator.lens ?? null,
        source: indicator.source,
        threshold: override.threshold ?? indicator.threshold,
        trend: override.trend ?? indicator.trend,
      });
    }
    expect(Object.keys(scenario.indicatorOverrides).length).toBeGreaterThan(0);
  });

  it('gives identical results for the same seed, and other bands for another seed', async () => {
    const input = { scenarioId: 'sociaal-eerst', draws: 300, seed: 12345 };
    const first = await run(input);
    const second = await run(input);
    expect(first.state).toBe('done');
    expect(second.result).toStrictEqual(first.result);
    const other = await run({ ...input, seed: 54321 });
    expect(other.result?.blend).toStrictEqual(first.result?.blend);
    expect(other.result?.indicators).not.toStrictEqual(first.result?.indicators);
  });

  it('cancels a long run: the job says cancelled and makes no further progress', async () => {
    const started = await call('scenarios.start', { scenarioId: 'basis', draws: 200_000 });
    expect(started.total).toBe(200_000);
    // Wait until the Monte Carlo part reports progress, so the cancel stops real work.
    let job = started;
    while (job.state === 'running' && job.done === 0) {
      await pause(20);
      job = await call('scenarios.job', { jobId: started.jobId });
    }
    expect(job.state).toBe('running');
    const cancelled = await call('scenarios.cancel', { jobId: started.jobId });
    expect(cancelled).toMatchObject({ state: 'cancelled', result: null, error: null });
    expect(cancelled.done).toBeLessThan(cancelled.total);
    for (let i = 0; i < 10; i++) {
      await pause(50);
      expect(await call('scenarios.job', { jobId: started.jobId })).toStrictEqual(cancelled);
    }
    // Cancelling again changes nothing.
    expect(await call('scenarios.cancel', { jobId: started.jobId })).toStrictEqual(cancelled);
  });

  it('ends a run too large to keep in memory as failed, in the language it was started in', async () => {
    const job = await run({ scenarioId: 'basis', draws: 1_000_000 }, nl);
    expect(job).toMatchObject({ state: 'failed', result: null, error: { code: 'too-large' } });
    expect(job.error?.message).toMatch(/^Te veel trekkingen voor dit scenario: [\d.]+ waarden/);
  });

  for (const lang of ['en', 'nl'] as const) {
    it(`refuses an unknown scenario and an unknown job on the input field (${lang})`, async () => {
      const words: Record<Lang, { scenario: string; job: string }> = {
        en: {
          scenario: 'scenario "ghost" does not exist',
          job: 'run "no-such-job" does not exist or is no longer kept',
        },
        nl: {
          scenario: 'scenario "ghost" bestaat niet',
          job: 'berekening "no-such-job" bestaat niet of wordt niet meer bewaard',
        },
      };
      const start = await invoke(session, 'scenarios.start', { scenarioId: 'ghost' }, { lang });
      expect(start).toMatchObject({
        ok: false,
        error: { code: 'invalid-input', issues: [{ pathText: 'scenarioId', message: words[lang].scenario }] },
      });
      for (const name of ['scenarios.job', 'scenarios.cancel'] as const) {
        const result = await invoke(session, name, { jobId: 'no-such-job' }, { lang });
        expect(result).toMatchObject({
          ok: false,
          error: { code: 'invalid-input', issues: [{ pathText: 'jobId', message: words[lang].job }] },
        });
      }
      const nextEuro = await invoke(session, 'scenarios.nextEuro', { scenarioId: 'ghost' }, { lang });
      expect(nextEuro).toMatchObject({
        ok: false,
        error: { code: 'invalid-input', issues: [{ pathText: 'scenarioId', message: words[lang].scenario }] },
      });
    });
  }

  it('refuses a malformed job id and out-of-range draws through the schema', async () => {
    expect(await invoke(session, 'scenarios.job', { jobId: 'Not/An/Id' }, en)).toMatchObject({
      ok: false,
      error: { code: 'invalid-input', issues: [{ pathText: 'jobId' }] },
    });
    expect(await invoke(session, 'scenarios.start', { scenarioId: 'basis', draws: 0 }, en)).toMatchObject({
      ok: false,
      error: { code: 'invalid-input', issues: [{ pathText: 'draws' }] },
    });
  });

  it('cancels running jobs when the session opens a workspace, keeping them for pollers', async () => {
    const other = createSession();
    other.open(demoPath);
    try {
      const started = await invoke(other, 'scenarios.start', { scenarioId: 'basis', draws: 200_000 }, en);
      if (!started.ok) throw new Error(started.error.message);
      const { jobId } = scenarioJobSchema.parse(started.value);
      other.open(demoPath);
      const job = await invoke(other, 'scenarios.job', { jobId }, en);
      expect(job).toMatchObject({ ok: true, value: { state: 'cancelled', result: null } });
    } finally {
      other.close();
    }
  });
});

describe('where the next euro helps most', () => {
  it('ranks every stream and the incubator, most helpful first, as documented', async () => {
    const result = await invoke(session, 'scenarios.nextEuro', { scenarioId: 'basis' }, en);
    if (!result.ok) throw new Error(result.error.message);
    const ranking: NextEuroJson = nextEuroSchema.parse(result.value);
    expect(ranking.scenarioId).toBe('basis');
    expect(ranking.stepEurosPerYear).toBe(10_000);

    // Every stream once, then one hypothetical incubator budget.
    const streamIds = demo.fundingStreams.map((s) => s.id);
    const incubators = ranking.candidates.filter((c) => c.kind === 'incubator');
    expect(incubators).toHaveLength(1);
    expect(incubators[0]).toMatchObject({ lever: 'budget', addedEuros: 100_000 });
    expect(
      ranking.candidates
        .filter((c) => c.kind === 'stream')
        .map((c) => c.streamId)
        .sort(),
    ).toEqual([...streamIds].sort());

    // Ascending change in distance per euro; ties: streams with a lever first, then stream order, the incubator last.
    const rank = (streamId: string) => {
      const i = streamIds.indexOf(streamId);
      return i < 0 ? streamIds.length : i;
    };
    const expected = [...ranking.candidates].sort(
      (a, b) =>
        a.perEuro - b.perEuro ||
        Number(a.lever === 'none') - Number(b.lever === 'none') ||
        rank(a.streamId) - rank(b.streamId),
    );
    expect(ranking.candidates).toStrictEqual(expected);
    expect(ranking.candidates[0]!.perEuro).toBeLessThan(0);
    for (const c of ranking.candidates) {
      if (c.lever === 'none') expect(c).toMatchObject({ addedEuros: 0, perEuro: 0 });
      else if (c.addedEuros > 0) expect(c.perEuro).toBeCloseTo(c.distanceChange / c.addedEuros, 15);
    }

    // The distance it starts from is the scenario's weighted distance as blended.
    const job = await run({ scenarioId: 'basis', draws: 1 });
    expect(ranking.distance).toBeCloseTo(scenarioRunSchema.parse(job.result).gapCost.weightedActual, 12);
  });
});
