import { describe, expect, it } from 'vitest';
import { blend } from '../../../src/finance/blend';
import { grossGrantEquivalentPerEuro } from '../../../src/finance/loans';
import { planMetrics } from '../../../src/finance/metrics';
import { parseWorkspace } from '../../../src/model/parse';
import type { FundingStreamJson, PlanJson } from '../../../src/model';

type CostLineJson = PlanJson['costs'][number];
import type { WorkspaceJson } from '../../../src/model/workspace';

interface Options {
  costs?: CostLineJson[];
  revenues?: Record<string, number>;
  years?: number;
  minDscr?: number;
  sgei?: boolean;
  priorAid?: { year: number; amount: number; sgei?: boolean }[];
  rates?: { referenceRate: number; discountRate: number };
}

/** One cooperative with one plan from 2026, and the given streams. */
function workspace(streams: FundingStreamJson[], o: Options = {}) {
  const json: WorkspaceJson = {
    format: 'coopfolio-workspace',
    version: 3,
    settings: {
      startYear: 2026,
      ...(o.minDscr === undefined ? {} : { minDscr: o.minDscr }),
      deMinimis: { ceiling: 300000, periodYears: 3, ...(o.rates ?? {}) },
    },
    cooperatives: [
      {
        id: 'zorg',
        name: 'Zorg',
        sector: 'care',
        legalForm: 'cooperatie-ua',
        stage: 'startup',
        members: 50,
        sgei: o.sgei ?? false,
        priorStateAid: o.priorAid ?? [],
      },
    ],
    fundingStreams: streams,
    plans: [
      {
        id: 'p',
        cooperativeId: 'zorg',
        name: 'Plan',
        startYear: 2026,
        years: o.years ?? 2,
        costs: o.costs ?? [{ id: 'c', category: 'capex', label: 'Kosten', amounts: { '2026': 100000 } }],
        revenues: o.revenues ?? {},
      },
    ],
  };
  const parsed = parseWorkspace(json);
  if (!parsed.ok) throw new Error(parsed.issues.map((i) => `${i.pathText}: ${i.message}`).join('\n'));
  return parsed.value;
}

const grant = (over: Partial<FundingStreamJson> = {}): FundingStreamJson => ({
  id: 'subsidie',
  name: 'Subsidie',
  silo: 'gemeente',
  kind: 'grant',
  public: true,
  ...over,
});

const loan = (over: Partial<FundingStreamJson> = {}): FundingStreamJson => ({
  id: 'lening',
  name: 'Lening',
  silo: 'fonds',
  kind: 'loan',
  public: true,
  loan: { rate: 0, termYears: 2, graceYears: 0 },
  ...over,
});

const run = (ws: ReturnType<typeof workspace>) => blend(ws, { planIds: ['p'] }, { lang: 'nl' });

describe('own revenue first', () => {
  it('pays the costs of its year before any outside money, and reports it apart', async () => {
    const result = await run(workspace([grant()], { revenues: { '2026': 30000 } }));
    expect(result.gap).toBe(0);
    expect(result.ownRevenue).toEqual([{ planId: 'p', costId: 'c', year: 2026, amount: 3000000 }]);
    expect(result.allocations.map((a) => a.amount)).toEqual([7000000]);
    expect(result.plans[0]).toMatchObject({ funded: 7000000, ownRevenue: 3000000, gap: 0, fundedShare: 1 });
  });

  it('closes the gap without streams, and a plan whose revenue covers every cost needs no outside money', async () => {
    const partly = await run(workspace([], { revenues: { '2026': 30000 } }));
    expect(partly.gap).toBe(7000000);
    const covered = await run(workspace([grant()], { revenues: { '2026': 150000 } }));
    expect(covered.gap).toBe(0);
    expect(covered.allocations).toEqual([]);
    expect(covered.plans[0]!.ownRevenue).toBe(10000000);
  });

  it('a cost no stream may pay is a gap only as far as own revenue leaves it', async () => {
    const result = await run(
      workspace([grant({ eligible: { categories: ['opex'] } })], { revenues: { '2026': 40000 } }),
    );
    expect(result.gap).toBe(6000000);
    const eligibility = result.binding.filter((b) => b.rule === 'eligibility');
    expect(eligibility).toHaveLength(1);
    expect(eligibility[0]!.message).toMatch(/^€\s60\.000,00 aan investeringen in 2026/);
  });
});

describe('debt service on operating cash flow', () => {
  it('leaves in a repayment year only what minDscr x debt service allows for own revenue', async () => {
    // 2026: EUR 100,000 capex, no revenue: a 0 % loan over 10 years, repaid from 2027.
    // 2027: EUR 10,000 cost, revenue 12,000; the loan's 10,000 a year needs cash flow 12,000.
    const ws = workspace([loan({ loan: { rate: 0, termYears: 10, graceYears: 0 } })], {
      costs: [{ id: 'c', category: 'capex', label: 'Kosten', amounts: { '2026': 100000, '2027': 10000 } }],
      revenues: { '2027': 12000 },
    });
    const result = await run(ws);
    const own2027 = result.ownRevenue.filter((u) => u.year === 2027).reduce((s, u) => s + u.amount, 0);
    const drawn = (year: number) =>
      result.allocations.filter((a) => a.year === year).reduce((s, a) => s + a.amount, 0);
    // Every year's debt service (a tenth of each draw from the year after it) within
    // (revenue - own revenue used) / 1.2.
    const service2027 = drawn(2026) / 10;
    expect(1.2 * service2027).toBeLessThanOrEqual(1200000 - own2027 + 1);
    expect(1.2 * (service2027 + drawn(2027) / 10)).toBeLessThanOrEqual(1200000 + 1);
    // After the plan, revenue stays 12,000: loans L26 + L27 <= 100,000 in all. In 2027 own
    // revenue R <= 12,000 - 0.12 L26 and L27 + R <= 10,000. Most cover: L26 = 102,000 / 1.12
    // = 91,071.43, R = 1,071.43, L27 = 8,928.57: a gap of 110,000 - 101,071.43 = 8,928.57.
    expect(Math.abs(result.gap - 892857)).toBeLessThanOrEqual(2);
    expect(Math.abs(own2027 - 107143)).toBeLessThanOrEqual(2);
  });
});

describe('de minimis as gross grant equivalent', () => {
  const rates = { referenceRate: 0.0642, discountRate: 0.0342 };

  it('a 0 % loan over 5 years counts the interest it saves, discounted', () => {
    // Balance per euro at the start of years 1-5: 1, 0.8, 0.6, 0.4, 0.2; saving 6.42 % of it,
    // discounted at 3.42 %: 0.0642 x (1/1.0342 + 0.8/1.0342^2 + ... + 0.2/1.0342^5) = 0.17822.
    expect(grossGrantEquivalentPerEuro({ rate: 0, termYears: 5, graceYears: 0 }, rates)).toBeCloseTo(
      0.178221,
      5,
    );
    expect(grossGrantEquivalentPerEuro({ rate: 0.07, termYears: 5, graceYears: 0 }, rates)).toBe(0);
  });

  it('leaves room for a loan far above the grant a ceiling would allow', async () => {
    // EUR 10,000 of room left: a grant gives 10,000; the loan 10,000 / 0.17822 = 56,110.
    const ws = workspace([loan({ stateAid: true, loan: { rate: 0, termYears: 5, graceYears: 0 } })], {
      rates,
      priorAid: [{ year: 2025, amount: 290000 }],
      minDscr: 1,
      revenues: { '2027': 1000000 },
    });
    const result = await run(ws);
    const lent = result.allocations.reduce((s, a) => s + a.amount, 0);
    expect(Math.abs(lent - 5611024)).toBeLessThanOrEqual(2);
    expect(result.binding.some((b) => b.rule === 'deMinimis')).toBe(true);
  });
});

describe('SGEI de minimis', () => {
  it('an entrusted cooperative takes SGEI aid up to EUR 750,000 with its general aid', async () => {
    const streams = [
      grant({ id: 'daeb', name: 'DAEB', stateAid: true, sgei: true }),
      grant({ stateAid: true }),
    ];
    const costs: CostLineJson[] = [
      { id: 'c', category: 'capex', label: 'Kosten', amounts: { '2026': 900000 } },
    ];
    const prior = [{ year: 2025, amount: 300000 }];
    const entrusted = await run(workspace(streams, { costs, sgei: true, priorAid: prior }));
    expect(entrusted.funded).toBe(45000000);
    expect(entrusted.allocations.every((a) => a.streamId === 'daeb')).toBe(true);
    expect(entrusted.binding.some((b) => b.rule === 'sgeiDeMinimis')).toBe(true);
    const not = await run(workspace(streams, { costs, sgei: false, priorAid: prior }));
    expect(not.funded).toBe(0);
  });
});

describe('revolving funds', () => {
  const costs: CostLineJson[] = [
    { id: 'c', category: 'capex', label: 'Kosten', amounts: { '2026': 100000, '2028': 150000 } },
  ];
  const revenues = { '2027': 60000, '2028': 60000, '2029': 100000, '2030': 100000 };
  const fund = (revolving: boolean) =>
    loan({ budgetPerYear: 100000, revolving, loan: { rate: 0, termYears: 2, graceYears: 0 } });

  it('lends the repayments of earlier years again', async () => {
    const plain = await run(workspace([fund(false)], { costs, revenues, years: 5, minDscr: 1 }));
    const revolving = await run(workspace([fund(true)], { costs, revenues, years: 5, minDscr: 1 }));
    // 2028: own revenue may use only 10,000 (debt service 50,000 of 60,000).
    expect(plain.gap).toBe(4000000);
    expect(revolving.gap).toBe(0);
    expect(plain.funds).toEqual([]);
    const year2028 = revolving.funds.find((y) => y.year === 2028);
    // The 2027 repayment of 50,000 is available in 2028; 40,000 of it is lent again.
    expect(year2028).toMatchObject({ budget: 10000000, drawn: 14000000, returned: 5000000, relent: 4000000 });
    expect(year2028!.balance).toBe(1000000);
  });
});

describe('guarantees', () => {
  const bank = loan({
    id: 'bank',
    name: 'Bankkrediet',
    public: false,
    loan: { rate: 0.05, termYears: 10, graceYears: 0, guaranteeRequired: 0.5 },
  });
  const borg: FundingStreamJson = {
    id: 'borg',
    name: 'Gemeentelijke borgstelling',
    silo: 'gemeente',
    kind: 'guarantee',
    public: true,
    stateAid: true,
    budgetPerYear: 20000,
    guarantee: { backs: ['bank'], share: 0.8, termYears: 5, callRate: 0.05 },
  };
  const options = { years: 2, revenues: { '2027': 50000 } };

  it('a loan that needs a guarantee lends only as far as one backs it', async () => {
    const without = await run(workspace([bank], options));
    expect(without.gap).toBe(10000000);
    expect(without.binding.some((b) => b.rule === 'guarantee' && b.streamId === 'bank')).toBe(true);
    const backed = await run(workspace([bank, borg], options));
    // EUR 20,000 of guarantee backs half of each draw: EUR 40,000 of loan.
    expect(backed.gap).toBe(6000000);
    expect(backed.allocations).toEqual([
      { planId: 'p', streamId: 'bank', costId: 'c', year: 2026, amount: 4000000 },
    ]);
    expect(backed.guarantees).toEqual([
      { planId: 'p', streamId: 'borg', loanStreamId: 'bank', year: 2026, amount: 2000000 },
    ]);
    expect(backed.binding.some((b) => b.rule === 'budget' && b.streamId === 'borg')).toBe(true);
  });

  it('counts its gross grant equivalent towards de minimis', async () => {
    // Room of EUR 2,000: 2,000 / (0.026667 x 5 years) = EUR 15,000 of guarantee, EUR 30,000 of loan.
    const ws = workspace([bank, { ...borg, budgetPerYear: 100000 }], {
      ...options,
      priorAid: [{ year: 2025, amount: 298000 }],
    });
    const result = await run(ws);
    expect(Math.abs(result.allocations[0]!.amount - 3000000)).toBeLessThanOrEqual(2);
    expect(result.binding.some((b) => b.rule === 'deMinimis')).toBe(true);
    // The headroom the app and the report show counts the guarantee as the blend does.
    const metrics = planMetrics(ws, ws.plans[0]!, result.allocations, {
      ownRevenue: result.ownRevenue,
      guarantees: result.guarantees,
    });
    expect(Math.abs(metrics.deMinimis.used - 30000000)).toBeLessThanOrEqual(2);
    expect(metrics.deMinimis.warning).toBe(true);
  });
});
