/**
 * Cases the property tests found, kept so they run every time. Each must satisfy every
 * rule to the cent (`checkBlend` finds nothing).
 */
import { describe, expect, it } from 'vitest';
import { blend, type BlendRequest } from '../../../src/finance/blend';
import { checkBlend } from '../../support/blend/check';
import { parseWorkspace } from '../../../src/model/parse';
import { solveDirectWithHighs } from '../../../bench/peer/direct-formulation';
import type { BlendResult } from '../../../src/finance/blend/types';
import type { Workspace } from '../../../src/model/workspace';
import {
  CAP_REACHED_ACROSS_DEBT_SERVICE_YEARS,
  CAP_WORTH_A_FRACTION_OF_A_CENT,
  GRANTED_LOAN_SHARES_ROUNDED_UP,
  HIGHS_FAILS_IN_BRANCH_AND_BOUND,
  LOCKED_LOAN_AID_BEFORE_GUARANTEE,
  LOCK_SHORT_OF_MINIMUM_IN_REVOLVING_FUND,
  TWO_PLANS_LOCKS_ONE_GUARANTEE_BUDGET,
  type RegressionCase,
} from './regression-cases';
import { tightness } from './tightness';

/**
 * A lock of EUR 1,000 from a public stream matched 3:1 needs EUR 333.34 of private money;
 * the solver's 333.333... rounded down gave 333.33 and broke matching by a cent, because
 * rounding handed the private stream's last cent (its yearly budget was used up) to
 * another plan. Found by optimality.test.ts (fast-check seed -1667948225).
 */
const LOCKED_MATCHING_ROUNDING = {
  workspace: {
    format: 'coopfolio-workspace',
    version: 1,
    settings: { startYear: 2026, minDscr: 1 },
    cooperatives: [
      {
        id: 'coop0',
        name: 'Coop 0',
        sector: 'energy',
        legalForm: 'cooperatie-ua',
        stage: 'idea',
        members: 10,
        priorStateAid: [],
      },
    ],
    fundingStreams: [
      {
        id: 's0',
        name: 'Stream 0',
        silo: 'silo-0',
        kind: 'grant',
        public: true,
        stateAid: false,
        awardProbability: 0.1,
        budgetPerYear: 0,
        maxPerPlan: 5000,
        matching: 3,
      },
      {
        id: 's1',
        name: 'Stream 1',
        silo: 'silo-1',
        kind: 'grant',
        public: false,
        stateAid: false,
        awardProbability: 0.1,
        years: [2025, 2025],
        budgetPerYear: {
          '2026': 1000,
          '2027': 1000,
          '2028': 1000,
          '2029': 1000,
          '2030': 1000,
          '2031': 1000,
          '2032': 1000,
        },
        maxPerPlan: 5000,
        minAward: 1000,
        eligible: { stages: ['idea'] },
      },
      {
        id: 's2',
        name: 'Stream 2',
        silo: 'silo-2',
        kind: 'grant',
        public: false,
        stateAid: false,
        awardProbability: 0.1,
        budgetPerYear: {
          '2026': 1000,
          '2027': 1000,
          '2028': 1000,
          '2029': 1000,
          '2030': 1000,
          '2031': 1000,
          '2032': 0,
        },
        maxShareOfPlan: 0.01,
        eligible: { sectors: ['energy', 'food'], stages: ['idea', 'mature'] },
      },
    ],
    plans: [
      {
        id: 'p0',
        cooperativeId: 'coop0',
        name: 'Plan 0',
        startYear: 2027,
        years: 1,
        costs: [
          { id: 'c0', category: 'capex', label: 'Line 0', amounts: { '2027': 16500 } },
          { id: 'c1', category: 'capex', label: 'Line 1', amounts: { '2027': 500 } },
        ],
      },
      {
        id: 'p1',
        cooperativeId: 'coop0',
        name: 'Plan 1',
        startYear: 2027,
        years: 1,
        costs: [
          { id: 'c0', category: 'capex', label: 'Line 0', amounts: { '2027': 3000 } },
          { id: 'c1', category: 'capex', label: 'Line 1', amounts: { '2027': 30500 } },
        ],
        locked: [{ streamId: 's0', costId: 'c0', year: 2027, amount: 1000 }],
      },
    ],
  },
  request: { planIds: ['p0', 'p1'], streamFactors: { s0: 0.5, s1: 0.5, s2: 0.5 } },
};

describe('blend regressions', () => {
  it('gives the last private cent to the plan whose matched lock counts on it', async () => {
    const parsed = parseWorkspace(LOCKED_MATCHING_ROUNDING.workspace);
    if (!parsed.ok) throw new Error(parsed.issues.map((i) => i.message).join('; '));
    const request = LOCKED_MATCHING_ROUNDING.request as BlendRequest;
    const result = await blend(parsed.value, request);
    expect(checkBlend(parsed.value, request, result)).toEqual([]);
    const privateOnP1 = result.allocations.find((a) => a.planId === 'p1' && a.streamId === 's2');
    expect(privateOnP1?.amount).toBe(33334);
  });
});

/** Blends a found case; every rule holds to the cent and every listed rule is tight. */
async function blendCase(c: RegressionCase): Promise<{ workspace: Workspace; result: BlendResult }> {
  const parsed = parseWorkspace(c.workspace);
  if (!parsed.ok) throw new Error(parsed.issues.map((i) => i.message).join('; '));
  const result = await blend(parsed.value, c.request);
  expect(checkBlend(parsed.value, c.request, result)).toEqual([]);
  expect(tightness(parsed.value, c.request, result)).toEqual([]);
  return { workspace: parsed.value, result };
}

const drawn = (result: BlendResult, planId: string, streamId: string, year?: number) =>
  result.allocations
    .filter((a) => a.planId === planId && a.streamId === streamId && (year === undefined || a.year === year))
    .reduce((sum, a) => sum + a.amount, 0);

const guaranteed = (result: BlendResult, planId: string, loanId: string, year: number) =>
  result.guarantees
    .filter((g) => g.planId === planId && g.loanStreamId === loanId && g.year === year)
    .reduce((sum, g) => sum + g.amount, 0);

// Issue 13: rounding to cents with several rules at their limits at once.
describe('blend regressions: cents where several rules meet', () => {
  it('lends a granted loan only what its guarantees can back to the cent', async () => {
    const { result } = await blendCase(GRANTED_LOAN_SHARES_ROUNDED_UP);
    const draw = drawn(result, 'p0', 's1', 2028);
    expect(guaranteed(result, 'p0', 's1', 2028)).toBeGreaterThanOrEqual(0.8 * draw);
    expect(result.gap).toBe(0);
  });

  it('counts a locked loan’s own aid before its guarantee takes de minimis room', async () => {
    const { result } = await blendCase(LOCKED_LOAN_AID_BEFORE_GUARANTEE);
    // The guarantee gives what the room leaves; the rest of the cover is reported as missing.
    expect(result.binding).toContainEqual(
      expect.objectContaining({ rule: 'guarantee', planId: 'p0', streamId: 's0', brokenByLock: true }),
    );
  });

  it('gives a guarantee budget to the plans’ locks as the optimiser split it', async () => {
    const { result } = await blendCase(TWO_PLANS_LOCKS_ONE_GUARANTEE_BUDGET);
    expect(guaranteed(result, 'p1', 's0', 2028)).toBe(100_000);
    expect(result.binding).toContainEqual(
      expect.objectContaining({ rule: 'guarantee', planId: 'p0', streamId: 's0', brokenByLock: true }),
    );
  });

  it('reports a lock left below its minimum award when no other money completes it', async () => {
    const { result } = await blendCase(LOCK_SHORT_OF_MINIMUM_IN_REVOLVING_FUND);
    expect(drawn(result, 'p0', 's1')).toBe(150_000);
    expect(result.binding).toContainEqual(
      expect.objectContaining({ rule: 'minAward', planId: 'p0', streamId: 's1', brokenByLock: true }),
    );
    // The revenue the withdrawn draws would have repaid pays the plan's costs instead.
    const own2028 = result.ownRevenue.filter((u) => u.year === 2028).reduce((sum, u) => sum + u.amount, 0);
    expect(own2028).toBe(300_000);
  });

  it('solves a branch-and-bound node again when HiGHS fails on it', async () => {
    const c = HIGHS_FAILS_IN_BRANCH_AND_BOUND;
    const { workspace, result } = await blendCase(c);
    const peer = await solveDirectWithHighs(workspace, c.request);
    expect(result.gap).toBeGreaterThanOrEqual(peer.gap - 0.5);
    expect(result.gap).toBeLessThanOrEqual(peer.gap + 2);
  });

  it('keeps a loan at its cap per plan where other loans’ cents can move between years', async () => {
    const c = CAP_REACHED_ACROSS_DEBT_SERVICE_YEARS;
    const { workspace, result } = await blendCase(c);
    // Within a cent of the cap (the search stops within a cent of the best funding); cent by
    // cent it ended 10 cents short.
    expect(drawn(result, 'p0', 's1')).toBeGreaterThanOrEqual(8_899_999);
    const peer = await solveDirectWithHighs(workspace, c.request);
    expect(result.gap).toBeLessThanOrEqual(peer.gap + 2);
  });

  it('lists a cap only where the blend as reported reaches it', async () => {
    const { result } = await blendCase(CAP_WORTH_A_FRACTION_OF_A_CENT);
    // 6 % of EUR 434,500; the blend left EUR 17.36 of it unused and still listed the cap.
    const reached = drawn(result, 'p0', 's0') >= 2_607_000 - 4;
    const listed = result.binding.some((b) => b.rule === 'maxShareOfPlan' && b.streamId === 's0');
    expect(listed).toBe(reached);
  });
});
