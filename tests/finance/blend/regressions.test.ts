/**
 * Cases the property tests found, kept so they run every time. Each must satisfy every
 * rule to the cent (`checkBlend` finds nothing).
 */
import { describe, expect, it } from 'vitest';
import { blend, type BlendRequest } from '../../../src/finance/blend';
import { checkBlend } from '../../../src/finance/blend/check';
import { parseWorkspace } from '../../../src/model/parse';

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
