import { describe, expect, it } from 'vitest';
import { planMetrics, portfolioMetrics } from '../../../src/finance/metrics';
import { alloc, cooperative, eur, plan, planOf, stream, workspace } from './builders';

/*
 * Two cooperatives. Plan "zon" (2026-2027): EUR 260,000 of costs, EUR 210,000 funded from
 * five silos. Plan "zorg" (2027): EUR 62,000, fully funded from public money.
 */
function example() {
  const ws = workspace({
    settings: { discountRate: 0.1 },
    cooperatives: [cooperative('zon-oost', [{ year: 2024, amount: 150000 }]), cooperative('zorg-west')],
    streams: [
      stream('klimaat', 'grant', {
        public: true,
        stateAid: true,
        silo: 'gemeente-klimaat',
        awardProbability: 0.5,
      }),
      stream('wijkfonds', 'grant', {
        public: true,
        stateAid: true,
        silo: 'gemeente-sociaal',
        awardProbability: 0.6,
      }),
      stream('stichting', 'grant', { silo: 'fondsen', awardProbability: 0.8 }),
      stream('bank', 'loan', { silo: 'bank', loan: { rate: 0.06, termYears: 1, graceYears: 0 } }),
      stream('fonds', 'loan', {
        public: true,
        silo: 'gemeente-fonds',
        awardProbability: 0.9,
        loan: { rate: 0.02, termYears: 1, graceYears: 0 },
      }),
      stream('leden', 'equity', { silo: 'leden' }),
      stream('ruimte', 'in-kind', { public: true, silo: 'gemeente-vastgoed' }),
    ],
    plans: [
      plan('zon', {
        cooperativeId: 'zon-oost',
        years: 2,
        costs: [
          { id: 'pv', category: 'capex', label: 'Panelen', amounts: { '2026': 200000 } },
          { id: 'team', category: 'personnel', label: 'Team', amounts: { '2026': 30000, '2027': 30000 } },
        ],
        revenues: { '2027': 80000 },
      }),
      plan('zorg', {
        cooperativeId: 'zorg-west',
        startYear: 2027,
        costs: [
          { id: 'ruimte', category: 'housing', label: 'Ruimte', amounts: { '2027': 12000 } },
          { id: 'zorg', category: 'personnel', label: 'Zorg', amounts: { '2027': 50000 } },
        ],
        revenues: { '2027': 30000 },
      }),
    ],
  });
  const allocations = [
    alloc('zon', 'klimaat', 'pv', 2026, 100000),
    alloc('zon', 'bank', 'pv', 2026, 60000),
    alloc('zon', 'leden', 'pv', 2026, 20000),
    alloc('zon', 'wijkfonds', 'team', 2026, 20000),
    alloc('zon', 'stichting', 'team', 2027, 10000),
    alloc('zorg', 'ruimte', 'ruimte', 2027, 12000),
    alloc('zorg', 'wijkfonds', 'zorg', 2027, 24999.99),
    alloc('zorg', 'fonds', 'zorg', 2027, 25000.01),
  ];
  return { ws, allocations, plans: [planOf(ws, 'zon'), planOf(ws, 'zorg')] };
}

describe('plan metrics, by hand', () => {
  const { ws, allocations, plans } = example();
  const zon = planMetrics(ws, plans[0]!, allocations);
  const zorg = planMetrics(ws, plans[1]!, allocations);

  it('totals, gap and shares', () => {
    expect([zon.totalCost, zon.funded, zon.gap, zon.overfunded]).toEqual([
      eur(260000),
      eur(210000),
      eur(50000),
      0,
    ]);
    expect(zon.fundedShare).toBeCloseTo(210 / 260, 12);
    // Public: klimaat 100,000 + wijkfonds 20,000. Private: bank 60,000 + leden 20,000 + stichting 10,000.
    expect([zon.publicFunding, zon.privateFunding]).toEqual([eur(120000), eur(90000)]);
    expect(zon.publicShare).toBeCloseTo(120 / 210, 12);
    expect(zon.mobilisationRatio).toBeCloseTo(0.75, 12);
    expect(zon.byKind).toEqual({
      grant: eur(130000),
      loan: eur(60000),
      equity: eur(20000),
      procurement: 0,
      'in-kind': 0,
    });
  });

  it('concessional split: grants (public or foundation) yes; a 6 % loan and equity no', () => {
    expect([zon.concessional, zon.marketRate]).toEqual([eur(130000), eur(80000)]);
    // In-kind 12,000 + public grant 24,999.99 + 2 % loan 25,000.01: all concessional.
    expect([zorg.concessional, zorg.marketRate]).toEqual([eur(62000), 0]);
  });

  it('silos and expected funding', () => {
    expect(zon.silos).toEqual(['bank', 'fondsen', 'gemeente-klimaat', 'gemeente-sociaal', 'leden']);
    expect(zon.siloCount).toBe(5);
    // 100,000 x 0.5 + 60,000 + 20,000 + 20,000 x 0.6 + 10,000 x 0.8 = 150,000
    expect(zon.expectedFunding).toBe(eur(150000));
    // 12,000 + 24,999.99 x 0.6 + 25,000.01 x 0.9 = 12,000 + 14,999.994 + 22,500.009 = 49,500.003
    expect(zorg.expectedFunding).toBe(eur(49500));
  });

  it('NPV of debt service and minimum DSCR', () => {
    // Bank: 60,000 x 1.06 = 63,600 in 2027, discounted one year at 10 % to 2026: 57,818.1818.
    expect(zon.debtServiceNpv).toBe(eur(57818.18));
    expect(zon.npvBaseYear).toBe(2026);
    expect(zon.minDscr).toBeCloseTo(80000 / 63600, 12);
    // Fonds: 25,000.01 + interest 500.0002 -> 500.00 = 25,500.01 in 2028, one year after 2027.
    expect(zorg.debtServiceNpv).toBe(eur(23181.83));
    expect(zorg.npvBaseYear).toBe(2027);
    expect(zorg.minDscr).toBeCloseTo(3_000_000 / 2_550_001, 12);
    expect(zorg.minDscrYear).toBe(2028);
  });

  it('de minimis per cooperative, worst window', () => {
    // Windows touching 2026-2027: 2024-26 = 150,000 + 120,000; 2025-27 = 120,000; later less.
    expect(zon.deMinimis).toMatchObject({
      cooperativeId: 'zon-oost',
      window: { first: 2024, last: 2026 },
      priorAid: eur(150000),
      blendAid: eur(120000),
      used: eur(270000),
      headroom: eur(30000),
      warning: true,
    });
    expect(zon.deMinimis.usedShare).toBeCloseTo(0.9, 12);
    // Only 24,999.99 in 2027: three windows tie, the earliest is reported.
    expect(zorg.deMinimis).toMatchObject({
      window: { first: 2025, last: 2027 },
      used: eur(24999.99),
      headroom: eur(275000.01),
      warning: false,
    });
  });

  it('accountability tiers per public grant award', () => {
    expect(zon.accountability).toEqual([
      {
        planId: 'zon',
        streamId: 'klimaat',
        amount: eur(100000),
        tier: 'account-for-results',
        auditorStatement: false,
      },
      {
        planId: 'zon',
        streamId: 'wijkfonds',
        amount: eur(20000),
        tier: 'settle-at-once',
        auditorStatement: false,
      },
    ]);
    expect(zorg.accountability.map((a) => [a.streamId, a.tier])).toEqual([['wijkfonds', 'settle-at-once']]);
  });
});

describe('portfolio metrics, by hand', () => {
  const { ws, allocations, plans } = example();
  const all = portfolioMetrics(ws, plans, allocations);

  it('sums money over plans and recomputes the ratios', () => {
    expect(all.planIds).toEqual(['zon', 'zorg']);
    expect([all.totalCost, all.funded, all.gap]).toEqual([eur(322000), eur(272000), eur(50000)]);
    expect(all.fundedShare).toBeCloseTo(272 / 322, 12);
    expect([all.publicFunding, all.privateFunding]).toEqual([eur(182000), eur(90000)]);
    expect(all.publicShare).toBeCloseTo(182 / 272, 12);
    expect(all.mobilisationRatio).toBeCloseTo(90 / 182, 12);
    expect([all.concessional, all.marketRate]).toEqual([eur(192000), eur(80000)]);
    expect(all.siloCount).toBe(7);
    expect(all.silos).toContain('gemeente-vastgoed');
    expect(all.expectedFunding).toBe(eur(199500));
  });

  it('discounts all debt service to the workspace start year', () => {
    // 63,600 / 1.1 + 25,500.01 / 1.21 = 57,818.1818 + 21,074.3884 = 78,892.5702
    expect(all.npvBaseYear).toBe(2026);
    expect(all.debtServiceNpv).toBe(eur(78892.57));
  });

  it('takes the weakest plan DSCR, and lists de minimis and tiers of every plan', () => {
    expect([all.minDscrPlanId, all.minDscrYear]).toEqual(['zorg', 2028]);
    expect(all.minDscr).toBeCloseTo(3_000_000 / 2_550_001, 12);
    expect(all.deMinimis.map((d) => [d.cooperativeId, d.used])).toEqual([
      ['zon-oost', eur(270000)],
      ['zorg-west', eur(24999.99)],
    ]);
    expect(all.accountability).toHaveLength(3);
  });

  it('counts state aid of two plans of one cooperative together', () => {
    const two = workspace({
      streams: [stream('g', 'grant', { public: true, stateAid: true })],
      plans: [
        plan('a', { costs: [{ id: 'c', category: 'capex', label: 'c', amounts: { '2026': 200000 } }] }),
        plan('b', {
          startYear: 2027,
          costs: [{ id: 'c', category: 'capex', label: 'c', amounts: { '2027': 200000 } }],
        }),
      ],
    });
    const both = [alloc('a', 'g', 'c', 2026, 150000), alloc('b', 'g', 'c', 2027, 100000)];
    const result = portfolioMetrics(two, [planOf(two, 'a'), planOf(two, 'b')], both);
    expect(result.deMinimis).toHaveLength(1);
    expect(result.deMinimis[0]).toMatchObject({ used: eur(250000), warning: true });
    expect(result.plans[0]!.deMinimis).toMatchObject({ used: eur(150000), warning: false });
  });
});
