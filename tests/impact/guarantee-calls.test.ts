import { describe, expect, it } from 'vitest';
import type { GuaranteeUse } from '../../src/finance/blend/types';
import { asCents } from '../../src/model/money';
import { guaranteeCalls, runScenario } from '../../src/impact';
import type { FundingStream } from '../../src/model/stream';
import type { WorkspaceJson } from '../../src/model/workspace';
import { parsed, tinyWorkspaceJson } from './builders';

/** A guarantee stream with the given call rate (only `id` and `guarantee` matter here). */
function guaranteeStream(id: string, callRate: number): FundingStream {
  const json = tinyWorkspaceJson();
  json.fundingStreams = [
    {
      id: 'bank',
      name: 'Bank',
      silo: 'bank',
      kind: 'loan',
      public: false,
      loan: { rate: 0.05, termYears: 10 },
    },
    {
      id,
      name: 'Borg',
      silo: 'gemeente',
      kind: 'guarantee',
      public: true,
      guarantee: { backs: ['bank'], share: 0.5, termYears: 10, callRate },
    },
  ];
  return parsed(json).fundingStreams.find((s) => s.id === id)!;
}

function use(planId: string, streamId: string, year: number, euros: number): GuaranteeUse {
  return { planId, streamId, loanStreamId: 'bank', year, amount: asCents(euros * 100) };
}

describe('guarantee calls', () => {
  const borg = guaranteeStream('borg', 0.25);

  it('one guarantee of EUR 100,000 called with chance 0.25: mean about 25,000, P50 0, P90 100,000', () => {
    const calls = guaranteeCalls([use('p', 'borg', 2026, 100_000)], [borg], 42, 4000);
    // By hand: the call is 0 or 100,000; E = 0.25 x 100,000 = 25,000. The share of the 4,000
    // draws that call it has standard error sqrt(0.25 x 0.75 / 4000) = 0.0068, so the mean
    // lies within 25,000 +- 2,100 (three standard errors): "within a few percent" of 100,000.
    expect(Math.abs(calls.expected - 25_000)).toBeLessThan(2_100);
    // Three quarters of the draws call nothing: the median is 0, the 90th percentile the whole amount.
    expect(calls.p50).toBe(0);
    expect(calls.p90).toBe(100_000);
    expect(calls.maxPossible).toBe(100_000);
    expect(calls.byGuarantee).toEqual([{ streamId: 'borg', expected: calls.expected, p90: 100_000 }]);
  });

  it('calls a plan and guarantee once over all years: two years of one plan fall together', () => {
    const uses = [use('p', 'borg', 2026, 60_000), use('p', 'borg', 2027, 40_000)];
    const calls = guaranteeCalls(uses, [borg], 42, 4000);
    // One event of 100,000 (as above, the same draws), not two independent ones.
    expect(calls).toEqual(guaranteeCalls([use('p', 'borg', 2026, 100_000)], [borg], 42, 4000));
  });

  it('gives the same figures for the same seed and other figures for another seed', () => {
    const other = guaranteeStream('other', 0.1);
    const uses = [
      use('a', 'borg', 2026, 100_000),
      use('b', 'borg', 2026, 50_000),
      use('a', 'other', 2027, 80_000),
    ];
    const first = guaranteeCalls(uses, [borg, other], 7, 2000);
    expect(guaranteeCalls(uses, [borg, other], 7, 2000)).toEqual(first);
    const second = guaranteeCalls(uses, [borg, other], 8, 2000);
    expect(second.expected).not.toBe(first.expected);
    expect(first.maxPossible).toBe(230_000);
    expect(first.byGuarantee.map((g) => g.streamId)).toEqual(['borg', 'other']);
    expect(first.byGuarantee[0]!.expected + first.byGuarantee[1]!.expected).toBeCloseTo(first.expected, 1);
  });

  it('is all zeros without guarantees or with a call rate of 0', () => {
    const none = { expected: 0, p50: 0, p90: 0, maxPossible: 0, byGuarantee: [] };
    expect(guaranteeCalls([], [borg], 1, 1000)).toEqual(none);
    const safe = guaranteeCalls([use('p', 'safe', 2026, 10_000)], [guaranteeStream('safe', 0)], 1, 1000);
    expect(safe).toEqual({
      ...none,
      maxPossible: 10_000,
      byGuarantee: [{ streamId: 'safe', expected: 0, p90: 0 }],
    });
  });
});

/**
 * The tiny workspace with a EUR 40,000 bank loan that needs half of each draw guaranteed,
 * and a guarantee (awarded with chance 0.5, called with chance 0.25) backing it. The plan
 * earns revenue from 2027 to repay the loan. Blended: grant 60,000 + loan 40,000, of which
 * the guarantee backs 20,000.
 */
function guaranteedWorkspaceJson(): WorkspaceJson {
  const json = tinyWorkspaceJson();
  json.fundingStreams = [
    ...(json.fundingStreams ?? []),
    {
      id: 'bank',
      name: 'Bank',
      silo: 'bank',
      kind: 'loan',
      public: false,
      maxPerPlan: 40000,
      loan: { rate: 0.05, termYears: 10, guaranteeRequired: 0.5 },
    },
    {
      id: 'borg',
      name: 'Borg',
      silo: 'gemeente',
      kind: 'guarantee',
      public: true,
      awardProbability: 0.5,
      guarantee: { backs: ['bank'], share: 0.5, termYears: 10, callRate: 0.25 },
    },
  ];
  const plan = json.plans?.[0];
  if (plan === undefined) throw new Error('the tiny workspace has a plan');
  plan.years = 12;
  plan.revenues = Object.fromEntries(Array.from({ length: 11 }, (_, k) => [String(2027 + k), 50000]));
  return json;
}

describe('guarantee calls in a scenario run', () => {
  it('reports the calls and funds the plan fully only when the required guarantee is awarded', async () => {
    const workspace = parsed(guaranteedWorkspaceJson());
    const run = await runScenario(workspace, 'all', { draws: 4000, seed: 7, workers: 0 });
    expect(run.blend.guarantees.map((g) => g.amount)).toEqual([2_000_000]);
    expect(run.guaranteeCalls.maxPossible).toBe(20_000);
    expect(run.guaranteeCalls.p90).toBe(20_000);
    expect(Math.abs(run.guaranteeCalls.expected - 5_000)).toBeLessThan(500);
    // The loan is needed for full funding and lends only with the guarantee: about half the draws.
    expect(Math.abs(run.plans[0]!.probabilityFullyFunded - 0.5)).toBeLessThan(0.03);
    // The calls come from the seed alone, whatever the worker threads.
    const threaded = await runScenario(workspace, 'all', { draws: 4000, seed: 7, workers: 2 });
    expect(threaded.guaranteeCalls).toEqual(run.guaranteeCalls);
    expect(threaded.plans).toEqual(run.plans);
  });

  it('is zero in a scenario without guarantees', async () => {
    const run = await runScenario(parsed(tinyWorkspaceJson()), 'all', { draws: 200 });
    expect(run.guaranteeCalls).toEqual({ expected: 0, p50: 0, p90: 0, maxPossible: 0, byGuarantee: [] });
  });
});
