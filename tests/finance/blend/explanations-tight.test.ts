// Issue 13 point 6: every rule the blend lists as holding funding back is tight in the
// reported allocation, exactly as its message says (tests/finance/blend/tightness.ts).
import fc from 'fast-check';
import { ciSeed } from '../../helpers/property-seed';
import { describe, expect, it } from 'vitest';
import { blend } from '../../../src/finance/blend';
import type { BlendRequest, BlendResult } from '../../../src/finance/blend/types';
import type { FundingStreamJson } from '../../../src/model/stream';
import type { WorkspaceJson } from '../../../src/model/workspace';
import { blendCaseArb, type BlendCase } from './arbitraries';
import { coop, parsed, plan, requestAll, stream, tiny, type TinyInput } from './fixtures';
import { lenderCaseArb } from './peer-arbitraries';
import { tightness } from './tightness';
import { runs } from './property-runs';

/**
 * CI runs one fixed sample; elsewhere each run draws a new one (cases found so far are in
 * regressions.test.ts). TIGHT_SEED=<n> replays a sample.
 */
const seed = ciSeed(20260613);
const replay = process.env['TIGHT_SEED'] === undefined ? {} : { seed: Number(process.env['TIGHT_SEED']) };

async function unexplained(c: BlendCase): Promise<string[]> {
  const result = await blend(c.workspace, c.request);
  return tightness(c.workspace, c.request, result);
}

describe('every binding rule is tight in the blend it explains', () => {
  it('on random workspaces with every kind of stream and limit', async () => {
    await fc.assert(
      fc.asyncProperty(blendCaseArb, async (c) => {
        expect(await unexplained(c)).toEqual([]);
      }),
      { numRuns: runs(80), ...seed, ...replay },
    );
  });

  it('on random workspaces with loans, revenue, guarantees, revolving funds and SGEI', async () => {
    await fc.assert(
      fc.asyncProperty(lenderCaseArb, async (c) => {
        expect(await unexplained(c)).toEqual([]);
      }),
      { numRuns: runs(80), ...seed, ...replay },
    );
  });
});

const grant = (over: Partial<FundingStreamJson> = {}): FundingStreamJson => stream('fonds', over);
const loan = (id: string, over: Partial<FundingStreamJson> = {}): FundingStreamJson =>
  stream(id, { kind: 'loan', public: false, loan: { rate: 0, termYears: 10, graceYears: 0 }, ...over });
const costs = (amounts: Record<string, number>, category: 'capex' | 'opex' = 'capex') => [
  { id: 'capex', category, label: 'Cost', amounts },
];

/** Blends every plan and returns the result with the rules it lists (not broken by locks). */
async function run(input: TinyInput, request?: BlendRequest) {
  const workspace = tiny(input);
  const req = request ?? requestAll(workspace);
  const result = await blend(workspace, req);
  const listed = result.binding.filter((b) => b.brokenByLock !== true);
  return { workspace, request: req, result, listed, loose: tightness(workspace, req, result) };
}

describe('one hand-made case per rule: listed and tight', () => {
  it('budget', async () => {
    const r = await run({ streams: [grant({ budgetPerYear: 40000 })] });
    expect(r.listed).toMatchObject([{ rule: 'budget', streamId: 'fonds', year: 2026 }]);
    expect(r.loose).toEqual([]);
  });

  it('budget of a guarantee, and the loan that needs it', async () => {
    const bank = loan('bank', {
      loan: { rate: 0.05, termYears: 10, graceYears: 0, guaranteeRequired: 0.5 },
    });
    const borg = stream('borg', {
      kind: 'guarantee',
      budgetPerYear: 20000,
      guarantee: { backs: ['bank'], share: 0.8, termYears: 5 },
    });
    const plans = [plan({ years: 2, revenues: { '2027': 50000 } })];
    const backed = await run({ streams: [bank, borg], plans });
    expect(backed.listed.some((b) => b.rule === 'budget' && b.streamId === 'borg')).toBe(true);
    expect(backed.loose).toEqual([]);
    const without = await run({ streams: [bank], plans });
    expect(without.listed).toMatchObject([
      { rule: 'guarantee', planId: 'plan', streamId: 'bank', year: 2026 },
    ]);
    expect(without.loose).toEqual([]);
  });

  it('budget of a revolving fund that lends its returned money again', async () => {
    const fund = loan('fund', {
      budgetPerYear: 100000,
      revolving: true,
      loan: { rate: 0, termYears: 2, graceYears: 0 },
    });
    const plans = [
      plan({
        years: 5,
        costs: costs({ '2026': 100000, '2028': 250000 }),
        revenues: { '2027': 60000, '2028': 60000, '2029': 100000, '2030': 100000 },
      }),
    ];
    const r = await run({ streams: [fund], plans, settings: { minDscr: 1 } });
    expect(r.listed.some((b) => b.rule === 'budget' && b.streamId === 'fund' && b.year === 2028)).toBe(true);
    expect(r.result.funds.find((y) => y.year === 2028)?.balance).toBe(0);
    expect(r.loose).toEqual([]);
  });

  it('maxPerPlan and maxShareOfPlan', async () => {
    const perPlan = await run({ streams: [grant({ maxPerPlan: 30000 })] });
    expect(perPlan.listed).toMatchObject([{ rule: 'maxPerPlan', planId: 'plan', streamId: 'fonds' }]);
    expect(perPlan.loose).toEqual([]);
    const share = await run({ streams: [grant({ maxShareOfPlan: 0.25 })] });
    expect(share.listed).toMatchObject([{ rule: 'maxShareOfPlan', planId: 'plan', streamId: 'fonds' }]);
    expect(share.loose).toEqual([]);
  });

  it('minAward', async () => {
    const r = await run({ streams: [grant({ minAward: 60000, budgetPerYear: 50000 })] });
    expect(r.listed).toMatchObject([{ rule: 'minAward', planId: 'plan', streamId: 'fonds' }]);
    expect(r.result.allocations).toEqual([]);
    expect(r.loose).toEqual([]);
  });

  it('matching', async () => {
    const members = stream('leden', { kind: 'equity', public: false, maxPerPlan: 20000 });
    const r = await run({ streams: [grant({ matching: 1 }), members] });
    expect(r.listed).toMatchObject([
      { rule: 'maxPerPlan', streamId: 'leden' },
      { rule: 'matching', planId: 'plan', streamId: 'fonds' },
    ]);
    expect(r.loose).toEqual([]);
  });

  it('deMinimis, with a loan at its gross grant equivalent', async () => {
    const cheap = loan('cheap', { stateAid: true, loan: { rate: 0, termYears: 5, graceYears: 0 } });
    const r = await run({
      streams: [cheap],
      cooperatives: [coop({ priorStateAid: [{ year: 2025, amount: 290000 }] })],
      plans: [plan({ years: 2, revenues: { '2027': 1000000 } })],
      settings: { minDscr: 1, deMinimis: { ceiling: 300000, periodYears: 3 } },
    });
    expect(r.listed.some((b) => b.rule === 'deMinimis' && b.cooperativeId === 'coop')).toBe(true);
    expect(r.loose).toEqual([]);
  });

  it('sgeiDeMinimis', async () => {
    const r = await run({
      streams: [grant({ id: 'daeb', stateAid: true, sgei: true }), grant({ stateAid: true })],
      cooperatives: [coop({ sgei: true, priorStateAid: [{ year: 2025, amount: 300000 }] })],
      plans: [plan({ costs: costs({ '2026': 900000 }) })],
    });
    expect(r.listed.some((b) => b.rule === 'sgeiDeMinimis' && b.cooperativeId === 'coop')).toBe(true);
    expect(r.loose).toEqual([]);
  });

  it('debtService', async () => {
    const r = await run({
      streams: [loan('lening')],
      plans: [plan({ years: 2, revenues: { '2026': 6000, '2027': 6000 } })],
    });
    expect(r.listed.filter((b) => b.rule === 'debtService').length).toBeGreaterThan(0);
    expect(r.loose).toEqual([]);
  });

  it('eligibility, only for what own revenue leaves unpaid', async () => {
    const r = await run({
      streams: [grant({ eligible: { categories: ['opex'] } })],
      plans: [plan({ revenues: { '2026': 40000 } })],
    });
    expect(r.listed).toMatchObject([{ rule: 'eligibility', planId: 'plan', year: 2026 }]);
    expect(r.loose).toEqual([]);
  });
});

describe('the check can fail', () => {
  it('reports a budget listed as binding that the blend does not spend', async () => {
    const r = await run({ streams: [grant({ budgetPerYear: 200000 })] });
    expect(r.result.gap).toBe(0);
    const fabricated: BlendResult = {
      ...r.result,
      binding: [{ rule: 'budget', streamId: 'fonds', year: 2026, valuePerEuro: 1, message: 'used up' }],
    };
    expect(tightness(r.workspace, r.request, fabricated)).toEqual([
      'budget (fonds, 2026) is listed as binding but is not tight: stream fonds pays out EUR 100,000.00 in 2026, below its budget of EUR 200,000.00',
    ]);
  });

  it('reports a minimum award listed for a stream that gives, and a cap not reached', async () => {
    const r = await run({ streams: [grant({ minAward: 1000, maxPerPlan: 150000 })] });
    const fabricated: BlendResult = {
      ...r.result,
      binding: [
        { rule: 'minAward', planId: 'plan', streamId: 'fonds', valuePerEuro: 1, message: '' },
        { rule: 'maxPerPlan', planId: 'plan', streamId: 'fonds', valuePerEuro: 1, message: '' },
        { rule: 'eligibility', planId: 'plan', year: 2026, valuePerEuro: 0, message: '' },
      ],
    };
    expect(tightness(r.workspace, r.request, fabricated)).toHaveLength(3);
  });
});

describe('regressions: rules that were listed without being tight', () => {
  it('a cap below the minimum award is listed instead of the minimum award', async () => {
    // One plan of EUR 100,000; the stream may carry 1 % (EUR 1,000) but awards at least EUR 4,000.
    const r = await run({ streams: [grant({ maxShareOfPlan: 0.01, minAward: 4000 })] });
    expect(r.result.allocations).toEqual([]);
    expect(r.loose).toEqual([]);
  });
});

describe('regression: a revolving fund', () => {
  it('lists its budget for a year in which it lends nothing of it', async () => {
    // Found by the property (shrunk): "The 2027 budget of Stream 1 is used up" while s1 lends nothing in 2027.
    const workspace = parsed(REVOLVING_CASE);
    const request = { planIds: ['p0'] };
    const result = await blend(workspace, request);
    expect(result.allocations.some((a) => a.streamId === 's1' && a.year === 2027)).toBe(false);
    expect(tightness(workspace, request, result).filter((m) => m.startsWith('budget'))).toEqual([]);
  });
});

const REVOLVING_CASE: WorkspaceJson = {
  format: 'coopfolio-workspace',
  version: 3,
  settings: {
    startYear: 2026,
    minDscr: 1,
    deMinimis: {
      ceiling: 5000,
      periodYears: 1,
      sgeiCeiling: 10000,
      referenceRate: 0.0642,
      discountRate: 0.0342,
    },
  },
  cooperatives: [
    {
      id: 'coop0',
      name: 'Coop 0',
      sector: 'energy',
      legalForm: 'cooperatie-ua',
      stage: 'idea',
      members: 10,
      priorStateAid: [],
      sgei: false,
    },
  ],
  fundingStreams: [
    {
      id: 's0',
      name: 'Stream 0',
      silo: 'silo-0',
      kind: 'loan',
      public: false,
      stateAid: false,
      awardProbability: 0.1,
      budgetPerYear: 1000,
      maxPerPlan: 5000,
      maxShareOfPlan: 0.01,
      minAward: 1000,
      matching: 0,
      eligible: { categories: ['personnel', 'housing', 'other'] },
      loan: { rate: 0, termYears: 1, graceYears: 1, guaranteeRequired: 0.5 },
      sgei: false,
      revolving: true,
      revolvingInterest: false,
    },
    {
      id: 's1',
      name: 'Stream 1',
      silo: 'silo-1',
      kind: 'loan',
      public: false,
      stateAid: false,
      awardProbability: 0.1,
      budgetPerYear: 1000,
      maxPerPlan: 5000,
      matching: 1,
      eligible: {},
      loan: { rate: 0, termYears: 1, graceYears: 0 },
      sgei: false,
      revolving: true,
      revolvingInterest: false,
    },
    {
      id: 'g0',
      name: 'Guarantee 0',
      silo: 'guarantees',
      kind: 'guarantee',
      public: true,
      stateAid: true,
      sgei: false,
      guarantee: { backs: ['s0'], share: 0.5, termYears: 1 },
      maxShareOfPlan: 0.1,
    },
  ],
  plans: [
    {
      id: 'p0',
      cooperativeId: 'coop0',
      name: 'Plan 0',
      startYear: 2026,
      years: 4,
      costs: [
        {
          id: 'c0',
          category: 'housing',
          label: 'Line 0',
          amounts: { '2027': 500, '2028': 18000, '2029': 500 },
        },
        { id: 'c1', category: 'personnel', label: 'Line 1', amounts: { '2026': 7500, '2029': 10000 } },
      ],
      revenues: { '2027': 5000, '2028': 5000, '2029': 5000 },
    },
  ],
};
