import { describe, expect, it } from 'vitest';
import {
  accountabilityAwards,
  accountabilityTier,
  deMinimisHeadroom,
  planFundingMix,
} from '../../../src/finance/metrics';
import { alloc, cooperative, eur, plan, planOf, stream, workspace } from './builders';

describe('Dutch subsidy accountability tiers', () => {
  it('puts each boundary amount in the right tier', () => {
    expect(accountabilityTier(eur(24999.99))).toBe('settle-at-once');
    expect(accountabilityTier(eur(25000))).toBe('account-for-results');
    expect(accountabilityTier(eur(124999.99))).toBe('account-for-results');
    expect(accountabilityTier(eur(125000))).toBe('results-and-costs-audited');
  });

  it('takes thresholds as a parameter', () => {
    const own = { resultsFrom: eur(10000), auditFrom: eur(50000) };
    expect(accountabilityTier(eur(9999.99), own)).toBe('settle-at-once');
    expect(accountabilityTier(eur(10000), own)).toBe('account-for-results');
    expect(accountabilityTier(eur(50000), own)).toBe('results-and-costs-audited');
  });

  it('tiers the total per plan and stream, over years and cost lines; public grants only', () => {
    const ws = workspace({
      streams: [
        stream('subsidie', 'grant', { public: true }),
        stream('stichting', 'grant'),
        stream('lening', 'loan', { public: true }),
      ],
      plans: [
        plan('p', {
          years: 2,
          costs: [
            { id: 'a', category: 'capex', label: 'a', amounts: { '2026': 200000 } },
            { id: 'b', category: 'opex', label: 'b', amounts: { '2027': 200000 } },
          ],
        }),
      ],
    });
    const awards = accountabilityAwards(ws, planOf(ws, 'p'), [
      alloc('p', 'subsidie', 'a', 2026, 100000),
      alloc('p', 'subsidie', 'b', 2027, 25000),
      alloc('p', 'stichting', 'a', 2026, 50000),
      alloc('p', 'lening', 'b', 2027, 150000),
    ]);
    expect(awards).toEqual([
      {
        planId: 'p',
        streamId: 'subsidie',
        amount: eur(125000),
        tier: 'results-and-costs-audited',
        auditorStatement: true,
      },
    ]);
  });
});

describe('de minimis headroom', () => {
  function setup(amount2027: number) {
    const ws = workspace({
      cooperatives: [
        cooperative('coop', [
          { year: 2023, amount: 100000 },
          { year: 2025, amount: 90000 },
        ]),
      ],
      streams: [
        stream('steun', 'grant', { public: true, stateAid: true }),
        stream('vrij', 'grant', { public: true }),
      ],
      plans: [
        plan('p', {
          years: 2,
          costs: [{ id: 'c', category: 'capex', label: 'c', amounts: { '2026': 500000, '2027': 500000 } }],
        }),
      ],
    });
    const allocations = [
      alloc('p', 'steun', 'c', 2026, 60000),
      alloc('p', 'steun', 'c', 2027, amount2027),
      // Not state aid: never counted.
      alloc('p', 'vrij', 'c', 2027, 300000),
    ];
    return deMinimisHeadroom(ws, 'coop', [planOf(ws, 'p')], allocations);
  }

  it('takes the worst window the plan touches, with prior aid in it', () => {
    // Windows touching 2026-2027: 2024-26 = 90,000 + 60,000; 2025-27 = 90,000 + 60,000 + 80,000;
    // 2026-28 = 140,000; 2027-29 = 80,000. The 2023 aid lies in none of them.
    const h = setup(80000);
    expect(h).toMatchObject({
      ceiling: eur(300000),
      periodYears: 3,
      window: { first: 2025, last: 2027 },
      priorAid: eur(90000),
      blendAid: eur(140000),
      used: eur(230000),
      headroom: eur(70000),
      warning: false,
    });
    expect(h.usedShare).toBeCloseTo(230 / 300, 12);
  });

  it('warns from exactly 80 % of the ceiling', () => {
    expect(setup(89999.99)).toMatchObject({ used: eur(239999.99), warning: false });
    expect(setup(90000)).toMatchObject({ used: eur(240000), headroom: eur(60000), warning: true });
  });

  it('reports a negative headroom over the ceiling', () => {
    expect(setup(200000)).toMatchObject({ used: eur(350000), headroom: eur(-50000), warning: true });
    expect(setup(200000).usedShare).toBeCloseTo(350 / 300, 12);
  });

  it('counts prior aid in the plan years even without any state-aid allocation', () => {
    const ws = workspace({
      cooperatives: [cooperative('coop', [{ year: 2025, amount: 250000 }])],
      plans: [plan('p')],
    });
    const h = deMinimisHeadroom(ws, 'coop', [planOf(ws, 'p')], []);
    expect(h).toMatchObject({ window: { first: 2024, last: 2026 }, used: eur(250000), warning: true });
  });
});

describe('mobilisation ratio and public share', () => {
  const ws = workspace({
    streams: [
      stream('leden', 'equity'),
      stream('bank', 'loan', { loan: { rate: 0.04, termYears: 5, graceYears: 0 } }),
    ],
    plans: [plan('p', { costs: [{ id: 'c', category: 'capex', label: 'c', amounts: { '2026': 100000 } }] })],
  });
  const p = planOf(ws, 'p');

  it('is null without public money; the public share is then 0', () => {
    const mix = planFundingMix(ws, p, [
      alloc('p', 'leden', 'c', 2026, 30000),
      alloc('p', 'bank', 'c', 2026, 50000),
    ]);
    expect(mix.mobilisationRatio).toBeNull();
    expect(mix.publicShare).toBe(0);
    expect(mix.privateFunding).toBe(eur(80000));
    // A 4 % loan is below the 5 % default reference: concessional even from a private lender.
    expect([mix.concessional, mix.marketRate]).toEqual([eur(50000), eur(30000)]);
    expect(planFundingMix(ws, p, [alloc('p', 'bank', 'c', 2026, 50000)], 0.04).concessional).toBe(0);
  });

  it('is null, as is the public share, when nothing is funded', () => {
    const mix = planFundingMix(ws, p, []);
    expect([mix.mobilisationRatio, mix.publicShare, mix.fundedShare, mix.siloCount]).toEqual([
      null,
      null,
      0,
      0,
    ]);
    expect(mix.gap).toBe(eur(100000));
  });
});
