import { describe, expect, it } from 'vitest';
import { planAnalysisSchema, portfolioAnalysisSchema } from '../../src/api/analysis-schemas';
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
    expect(analysis).toMatchObject({ funded: 50000, gap: 50000, fundedShare: 0.5 });
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
