import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  directLpString,
  solveDirectWithHighs,
  solveDirectWithLpSolver,
  type PeerResult,
} from '../../../bench/peer/direct-formulation';
import type { BlendRequest } from '../../../src/finance/blend/types';
import type { Workspace } from '../../../src/model/workspace';
import { blendCaseArb } from './arbitraries';
import { coop, plan, requestAll, stream, tiny } from './fixtures';
import { peerViolations as violationsOf, sameGap } from './peer-results';

async function both(
  ws: Workspace,
  request: BlendRequest = requestAll(ws),
): Promise<[PeerResult, PeerResult]> {
  return [solveDirectWithLpSolver(ws, request), await solveDirectWithHighs(ws, request)];
}

describe('direct-formulation peers', () => {
  it('agree with each other on 100 generated blends, and their optima pass the checker', async () => {
    await fc.assert(
      fc.asyncProperty(blendCaseArb, async ({ workspace, request }) => {
        const [lp, highs] = await both(workspace, request);
        expect(lp.feasible).toBe(highs.feasible);
        if (!highs.feasible) return;
        expect(['Optimal', 'empty']).toContain(highs.status);
        // Own revenue and outside money may be split differently among optima: the gap is what must agree.
        expect(sameGap(lp.gap, highs.gap), `${lp.gap} vs ${highs.gap}`).toBe(true);
        expect(violationsOf(workspace, request, highs)).toEqual([]);
        expect(violationsOf(workspace, request, lp)).toEqual([]);
      }),
      { numRuns: 100 },
    );
  });

  it('one grant with maxShareOfPlan 0.5 funds half the plan', async () => {
    const ws = tiny({ streams: [stream('grant', { maxShareOfPlan: 0.5 })] });
    for (const peer of await both(ws)) expect(peer.funded).toBeCloseTo(5_000_000, 4);
  });

  it('matching 1:1 with a private stream capped at 10k: public at most 10k', async () => {
    const ws = tiny({
      streams: [stream('pub', { matching: 1 }), stream('priv', { public: false, maxPerPlan: 10000 })],
    });
    for (const peer of await both(ws)) {
      expect(peer.funded).toBeCloseTo(2_000_000, 4);
      const pub = peer.allocations.filter((a) => a.streamId === 'pub').reduce((s, a) => s + a.amount, 0);
      expect(pub).toBeCloseTo(1_000_000, 4);
    }
  });

  it('a loan at 0% over 10 years against revenue 12k at DSCR 1.2 draws at most 100k', async () => {
    const ws = tiny({
      streams: [
        stream('loan', { kind: 'loan', public: false, loan: { rate: 0, termYears: 10, graceYears: 0 } }),
      ],
      plans: [
        plan({
          years: 2,
          costs: [{ id: 'capex', category: 'capex', label: 'c', amounts: { '2026': 500000 } }],
          revenues: { '2027': 12000 },
        }),
      ],
      settings: { minDscr: 1.2 },
    });
    for (const peer of await both(ws)) expect(peer.funded).toBeCloseTo(10_000_000, 3);
  });

  it('a minimum award above what a stream may give leaves it out entirely', async () => {
    // 40% of 100k is 40k, below the 45k minimum: the grant gives nothing, the other stream its 30k cap.
    const ws = tiny({
      streams: [
        stream('grant', { maxShareOfPlan: 0.4, minAward: 45000 }),
        stream('fund', { maxPerPlan: 30000 }),
      ],
    });
    for (const peer of await both(ws)) expect(peer.funded).toBeCloseTo(3_000_000, 4);
  });

  it('a budget is shared by the plans blended together, and de minimis counts prior aid', async () => {
    const ws = tiny({
      streams: [stream('fund', { budgetPerYear: 80000, stateAid: true })],
      cooperatives: [coop({ priorStateAid: [{ year: 2025, amount: 250000 }] })],
      plans: [plan({ id: 'p1' }), plan({ id: 'p2' })],
    });
    // De minimis leaves 50k for the cooperative (300k - 250k), below the 80k budget.
    for (const peer of await both(ws)) expect(peer.funded).toBeCloseTo(5_000_000, 4);
    const later = { planIds: ['p1', 'p2'], streamFactors: { fund: 0.5 } };
    for (const peer of await both(ws, later)) expect(peer.funded).toBeCloseTo(4_000_000, 4);
  });

  it('keeps locked amounts, and says infeasible when they break a rule', async () => {
    const withLock = (amount: number) =>
      tiny({
        streams: [stream('grant', { maxPerPlan: 20000 }), stream('rest', { public: false })],
        plans: [plan({ locked: [{ streamId: 'grant', costId: 'capex', year: 2026, amount }] })],
      });
    for (const peer of await both(withLock(15000))) {
      expect(peer.feasible).toBe(true);
      expect(peer.funded).toBeCloseTo(10_000_000, 4);
      expect(peer.allocations.find((a) => a.streamId === 'grant')?.amount).toBeCloseTo(1_500_000, 6);
    }
    for (const peer of await both(withLock(25000))) expect(peer.feasible).toBe(false);
  });

  it('writes an LP file HiGHS reads: maximise funding, binaries for minimum awards', () => {
    const ws = tiny({ streams: [stream('grant', { minAward: 5000 })] });
    const lp = directLpString(ws, requestAll(ws));
    expect(lp).toMatch(/^Maximize\n funded: \+ x0\nSubject To\n/);
    expect(lp).toContain('Binaries');
    expect(lp.trim().endsWith('End')).toBe(true);
  });
});
