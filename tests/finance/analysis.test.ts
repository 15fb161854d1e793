import { describe, expect, it } from 'vitest';
import { planAnalysisSchema, portfolioAnalysisSchema } from '../../src/finance/analysis/schemas';
import {
  eligibleStreamIds,
  planAnalysis,
  planCandidates,
  portfolioAnalysis,
  streamUse,
} from '../../src/finance/analysis';
import { blend } from '../../src/finance/blend';
import type { BlendResult } from '../../src/finance/blend/types';
import { alloc, cooperative, eur, plan, planOf, stream, workspace } from './metrics/builders';

/*
 * Cooperative "coop" (energy, startup). Plan "zon" runs 2026-2027 with capex in 2026
 * and a personnel line whose only amount is 0, and locks EUR 1,000 of the "care"
 * stream, which it is not eligible for.
 */
function eligibilityWorkspace() {
  return workspace({
    cooperatives: [cooperative('coop')],
    streams: [
      stream('any', 'grant'),
      stream('care', 'grant', { eligible: { sectors: ['care'] } }),
      stream('capex-only', 'grant', { eligible: { categories: ['capex'] } }),
      stream('personnel-only', 'grant', { eligible: { categories: ['personnel'] } }),
      stream('growth', 'grant', { eligible: { stages: ['growth'] } }),
      stream('later', 'grant', { years: [2027, 2030], eligible: { categories: ['capex'] } }),
      stream('window', 'grant', { years: [2026, 2026] }),
    ],
    plans: [
      plan('zon', {
        years: 2,
        costs: [
          { id: 'pv', category: 'capex', label: 'PV', amounts: { '2026': 10000 } },
          { id: 'team', category: 'personnel', label: 'Team', amounts: { '2027': 0 } },
        ],
        locked: [{ streamId: 'care', costId: 'pv', year: 2026, amount: 1000 }],
      }),
    ],
  });
}

describe('eligibleStreamIds', () => {
  it('keeps the streams that may pay a cost in a year with a cost, in stream order', () => {
    const ws = eligibilityWorkspace();
    // care: sector; personnel-only: its line has no cost; growth: stage; later: no capex after 2026.
    expect(eligibleStreamIds(ws, planOf(ws, 'zon'))).toEqual(['any', 'capex-only', 'window']);
  });
});

describe('planCandidates', () => {
  it('hands the blend every stream and names the eligible and locked ones when nothing is picked', () => {
    const ws = eligibilityWorkspace();
    const candidates = planCandidates(ws, planOf(ws, 'zon'));
    expect(candidates.workspace).toBe(ws);
    expect(candidates.streamIds).toEqual(['any', 'care', 'capex-only', 'window']);
  });

  it('cuts the streams down to the picked ones plus the locked ones, keeping the stream order', () => {
    const ws = eligibilityWorkspace();
    const candidates = planCandidates(ws, planOf(ws, 'zon'), ['window', 'growth']);
    expect(candidates.streamIds).toEqual(['care', 'growth', 'window']);
    expect(candidates.workspace.fundingStreams.map((s) => s.id)).toEqual(['care', 'growth', 'window']);
    expect(ws.fundingStreams).toHaveLength(7);
  });
});

describe('streamUse', () => {
  const ws = workspace({
    settings: { startYear: 2026, horizonYears: 3 },
    streams: [
      stream('fixed', 'grant', { budgetPerYear: 123.45 }),
      stream('schedule', 'grant', { budgetPerYear: { '2026': 100 } }),
      stream('unlimited', 'equity'),
      stream('windowed', 'grant', { budgetPerYear: 50, years: [2027, 2027] }),
    ],
  });

  it('gives every budgeted stream-year in the horizon and every used one, in stream order then year', () => {
    const allocations = [
      alloc('p', 'unlimited', 'c', 2031, 7),
      alloc('p', 'fixed', 'c', 2027, 100),
      alloc('q', 'fixed', 'c', 2027, 35.8),
      alloc('p', 'unlimited', 'c', 2027, 12.5),
      alloc('p', 'schedule', 'c', 2026, 25),
    ];
    // 12,345 cents x 1.1 = 13,579.5 cents: the blend rounds it to 13,580.
    const rows = streamUse(ws, allocations, { fixed: 1.1 });
    expect(rows).toEqual([
      { streamId: 'fixed', silo: 'silo-fixed', year: 2026, used: 0, budget: 135.8, usedShare: 0 },
      { streamId: 'fixed', silo: 'silo-fixed', year: 2027, used: 135.8, budget: 135.8, usedShare: 1 },
      { streamId: 'fixed', silo: 'silo-fixed', year: 2028, used: 0, budget: 135.8, usedShare: 0 },
      { streamId: 'schedule', silo: 'silo-schedule', year: 2026, used: 25, budget: 100, usedShare: 0.25 },
      // Years missing from a schedule have a budget of 0: shown, with no share.
      { streamId: 'schedule', silo: 'silo-schedule', year: 2027, used: 0, budget: 0, usedShare: null },
      { streamId: 'schedule', silo: 'silo-schedule', year: 2028, used: 0, budget: 0, usedShare: null },
      {
        streamId: 'unlimited',
        silo: 'silo-unlimited',
        year: 2027,
        used: 12.5,
        budget: null,
        usedShare: null,
      },
      // Outside the horizon, but money was used: it is not left out.
      { streamId: 'unlimited', silo: 'silo-unlimited', year: 2031, used: 7, budget: null, usedShare: null },
      { streamId: 'windowed', silo: 'silo-windowed', year: 2027, used: 0, budget: 50, usedShare: 0 },
    ]);
  });
});

/*
 * Plan "zon": EUR 100,000 capex in 2026 with a lock of EUR 20,000 from "gemeente" (a
 * locked cell is fixed exactly, spec rule 8); the bank lends up to EUR 30,000 a year.
 * Plan "dak" of another cooperative: EUR 60,000 capex in 2026.
 */
function blendWorkspace() {
  return workspace({
    settings: { minDscr: 1 },
    cooperatives: [cooperative('coop'), cooperative('buren')],
    streams: [
      stream('gemeente', 'grant', { public: true, stateAid: true, maxShareOfPlan: 0.5, silo: 'gemeente' }),
      stream('bank', 'loan', { budgetPerYear: 30000, loan: { rate: 0.03, termYears: 5, graceYears: 0 } }),
    ],
    plans: [
      plan('zon', {
        costs: [{ id: 'pv', category: 'capex', label: 'PV', amounts: { '2026': 100000 } }],
        revenues: { '2026': 50000 },
        locked: [{ streamId: 'gemeente', costId: 'pv', year: 2026, amount: 20000 }],
      }),
      plan('dak', {
        cooperativeId: 'buren',
        costs: [{ id: 'dak', category: 'capex', label: 'Dak', amounts: { '2026': 60000 } }],
        revenues: { '2026': 50000 },
      }),
    ],
  });
}

describe('planAnalysis', () => {
  it('turns a blend into the plan builder view, flagging the locked cell', async () => {
    const ws = blendWorkspace();
    const zon = planOf(ws, 'zon');
    const result = await blend(ws, { planIds: ['zon'] });
    const analysis = planAnalysisSchema.parse(planAnalysis(ws, zon, result, ['gemeente', 'bank']));
    expect(analysis).toMatchObject({ planId: 'zon', totalCost: 100000, streamIds: ['gemeente', 'bank'] });
    expect(analysis.eligibleStreamIds).toEqual(['gemeente', 'bank']);
    const grant = analysis.allocations.find((a) => a.streamId === 'gemeente');
    expect(grant).toMatchObject({
      amount: 20000,
      silo: 'gemeente',
      kind: 'grant',
      category: 'capex',
      locked: true,
    });
    expect(analysis.allocations.find((a) => a.streamId === 'bank')).toMatchObject({
      kind: 'loan',
      locked: false,
    });
    // Own revenue pays first: the 2026 revenue of EUR 50,000 pays half the cost; the
    // fixed lock of EUR 20,000 and the bank's budget of EUR 30,000 pay the other half.
    expect(analysis).toMatchObject({ funded: 50000, ownRevenue: 50000, gap: 0, fundedShare: 1 });
    expect(analysis.ownRevenueUses).toEqual([{ costId: 'pv', year: 2026, amount: 50000 }]);
    expect(analysis.guarantees).toEqual([]);
    expect(analysis.cashFlow.years.find((y) => y.year === 2026)).toMatchObject({
      revenue: 50000,
      ownRevenue: 50000,
    });
    expect(analysis.cashFlow.loans).toHaveLength(1);
    expect(analysis.metrics.accountability).toEqual([
      expect.objectContaining({ streamId: 'gemeente', amount: 20000 }),
    ]);
  });

  it('spells out every detail of an explanation, with the excess in euros', async () => {
    const ws = blendWorkspace();
    const result: BlendResult = {
      ...(await blend(ws, { planIds: ['zon'] })),
      binding: [
        {
          rule: 'budget',
          streamId: 'bank',
          year: 2026,
          valuePerEuro: 0,
          brokenByLock: true,
          excess: eur(12.34),
          message: 'm1',
        },
        { rule: 'deMinimis', cooperativeId: 'coop', year: 2025, valuePerEuro: 0.5, message: 'm2' },
      ],
    };
    const analysis = planAnalysis(ws, planOf(ws, 'zon'), result, []);
    expect(analysis.explanations).toEqual([
      {
        rule: 'budget',
        streamId: 'bank',
        planId: null,
        cooperativeId: null,
        year: 2026,
        valuePerEuro: 0,
        brokenByLock: true,
        excess: 12.34,
        message: 'm1',
      },
      {
        rule: 'deMinimis',
        streamId: null,
        planId: null,
        cooperativeId: 'coop',
        year: 2025,
        valuePerEuro: 0.5,
        brokenByLock: false,
        excess: null,
        message: 'm2',
      },
    ]);
  });
});

describe('portfolioAnalysis', () => {
  it('shows every plan in scenario order, the shared budget use and the portfolio metrics', async () => {
    const ws = blendWorkspace();
    const scenario = {
      id: 's',
      name: 'S',
      plans: ['dak', 'zon'],
      streamFactors: { bank: 2 },
      indicatorOverrides: {},
      monteCarlo: { draws: 1, seed: 1 },
    };
    const result = await blend(ws, { planIds: scenario.plans, streamFactors: scenario.streamFactors });
    const analysis = portfolioAnalysisSchema.parse(portfolioAnalysis(ws, scenario, result));
    expect(analysis.plans.map((p) => [p.planId, p.cooperativeId])).toEqual([
      ['dak', 'buren'],
      ['zon', 'coop'],
    ]);
    expect(analysis.totalCost).toBe(160000);
    expect(analysis.plans[0]!.gap + analysis.plans[1]!.gap).toBeCloseTo(analysis.gap, 2);
    const bank = analysis.streamUse.filter((u) => u.streamId === 'bank' && u.year === 2026);
    expect(bank).toEqual([expect.objectContaining({ budget: 60000 })]);
    expect(bank[0]!.used).toBeLessThanOrEqual(60000);
    expect(analysis.metrics.deMinimis.map((d) => d.cooperativeId)).toEqual(['buren', 'coop']);
  });
});

/*
 * Two plans that share no stream. "zon" (capex 2026 EUR 100,000, 2028 EUR 150,000) draws
 * on a revolving fund of EUR 100,000 a year at 0 % over 2 years; "dak" (housing 2026 EUR
 * 100,000) borrows from a bank that lends only half-guaranteed, and a guarantee of at
 * most EUR 20,000 a year backs up to 80 % of a draw.
 */
function lenderWorkspace() {
  return workspace({
    settings: { minDscr: 1 },
    cooperatives: [cooperative('coop'), cooperative('buren')],
    streams: [
      stream('fonds', 'loan', {
        budgetPerYear: 100000,
        revolving: true,
        eligible: { categories: ['capex'] },
        loan: { rate: 0, termYears: 2, graceYears: 0 },
      }),
      stream('bank', 'loan', {
        eligible: { categories: ['housing'] },
        loan: { rate: 0.05, termYears: 10, graceYears: 0, guaranteeRequired: 0.5 },
      }),
      stream('borg', 'guarantee', {
        public: true,
        budgetPerYear: 20000,
        guarantee: { backs: ['bank'], share: 0.8, termYears: 5, callRate: 0.05 },
      }),
    ],
    plans: [
      plan('zon', {
        years: 5,
        costs: [{ id: 'pv', category: 'capex', label: 'PV', amounts: { '2026': 100000, '2028': 150000 } }],
        revenues: { '2027': 60000, '2028': 60000, '2029': 100000, '2030': 100000 },
      }),
      plan('dak', {
        cooperativeId: 'buren',
        years: 2,
        costs: [{ id: 'dak', category: 'housing', label: 'Dak', amounts: { '2026': 100000 } }],
        revenues: { '2027': 50000 },
      }),
    ],
  });
}

describe('guarantees and revolving funds in euros', () => {
  const scenario = {
    id: 's',
    name: 'S',
    plans: ['dak', 'zon'],
    streamFactors: {},
    indicatorOverrides: {},
    monteCarlo: { draws: 1, seed: 1 },
  };

  it('lists the guarantees of the plan asked for only', async () => {
    const ws = lenderWorkspace();
    const result = await blend(ws, { planIds: scenario.plans });
    // The guarantee budget of EUR 20,000 backs half of EUR 40,000 of bank loan.
    const dak = planAnalysisSchema.parse(planAnalysis(ws, planOf(ws, 'dak'), result, ['bank', 'borg']));
    expect(dak.guarantees).toEqual([
      { planId: 'dak', streamId: 'borg', loanStreamId: 'bank', year: 2026, amount: 20000 },
    ]);
    expect(dak).toMatchObject({ funded: 40000, ownRevenue: 0, gap: 60000 });
    const zon = planAnalysisSchema.parse(planAnalysis(ws, planOf(ws, 'zon'), result, ['fonds']));
    expect(zon.guarantees).toEqual([]);
  });

  it('gives the portfolio its guarantees, own revenue and the fund year by year', async () => {
    const ws = lenderWorkspace();
    const result = await blend(ws, { planIds: scenario.plans });
    const analysis = portfolioAnalysisSchema.parse(portfolioAnalysis(ws, scenario, result));
    expect(analysis.guarantees).toEqual([
      { planId: 'dak', streamId: 'borg', loanStreamId: 'bank', year: 2026, amount: 20000 },
    ]);
    // zon, 2028: debt service of EUR 50,000 on the 2026 draw leaves EUR 10,000 of the
    // EUR 60,000 revenue to pay costs; the fund lends its budget plus EUR 40,000 of the
    // EUR 50,000 returned in 2027.
    expect(analysis.plans.map((p) => [p.planId, p.funded, p.ownRevenue, p.gap])).toEqual([
      ['dak', 40000, 0, 60000],
      ['zon', 240000, 10000, 0],
    ]);
    expect(analysis).toMatchObject({ funded: 280000, ownRevenue: 10000, gap: 60000 });
    const fund = (year: number, drawn: number, returned: number, relent: number, balance: number) => ({
      streamId: 'fonds',
      year,
      budget: 100000,
      drawn,
      returned,
      relent,
      balance,
    });
    expect(analysis.funds).toEqual([
      fund(2026, 100000, 0, 0, 0),
      fund(2027, 0, 0, 0, 0),
      fund(2028, 140000, 50000, 40000, 10000),
      // 2029: the 2026 draw's last EUR 50,000; 2030: half of the 2028 draw.
      fund(2029, 0, 50000, 0, 60000),
      fund(2030, 0, 70000, 0, 130000),
    ]);
  });
});
