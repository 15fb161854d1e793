import { describe, expect, it } from 'vitest';
import { checkBlend, type Violation } from '../../support/blend/check';
import type { Allocation, BlendRequest, BlendResult } from '../../../src/finance/blend/types';
import type { Cents } from '../../../src/model/money';
import type { Workspace } from '../../../src/model/workspace';
import { alloc, cents, coop, plan, requestAll, resultOf, stream, tiny } from './fixtures';

function check(
  ws: Workspace,
  allocations: Allocation[],
  request: BlendRequest = requestAll(ws),
): Violation[] {
  return checkBlend(ws, request, resultOf(ws, request, allocations));
}
const rules = (violations: readonly Violation[]) => violations.map((v) => v.rule);

describe('checkBlend: shape and eligibility', () => {
  const ws = tiny({
    streams: [
      stream('grant', {
        eligible: { categories: ['capex'], sectors: ['energy'], stages: ['startup'] },
        years: [2026, 2026],
      }),
      stream('other', { eligible: { categories: ['personnel'] } }),
    ],
  });

  it('passes a valid allocation (and an empty one)', () => {
    expect(check(ws, [alloc('grant', 60000), alloc('other', 1000, 'capex', 2026)])).toEqual([
      expect.objectContaining({ rule: 'eligibility', streamId: 'other' }),
    ]);
    expect(check(ws, [alloc('grant', 60000)])).toEqual([]);
    expect(check(ws, [])).toEqual([]);
  });

  it.each<[string, Allocation]>([
    ['a fraction of a cent', { ...alloc('grant', 10), amount: 100.5 as Cents }],
    ['a zero amount', alloc('grant', 0)],
    ['a negative amount', { ...alloc('grant', 10), amount: -100 as Cents }],
    ['an unknown cost line', { ...alloc('grant', 10), costId: 'nope' }],
    ['an unknown stream', { ...alloc('grant', 10), streamId: 'ghost' }],
    ['a plan outside the request', { ...alloc('grant', 10), planId: 'other-plan' }],
    ['a fractional year', { ...alloc('grant', 10), year: 2026.5 }],
  ])('refuses an allocation with %s', (_what, bad) => {
    expect(rules(check(ws, [bad]))).toContain('shape');
  });

  it('refuses the same cell allocated twice', () => {
    const twice = check(ws, [alloc('grant', 10), alloc('grant', 20)]);
    expect(twice).toEqual([
      expect.objectContaining({ rule: 'shape', message: expect.stringContaining('twice') }),
    ]);
  });

  it('reports a request for a plan that does not exist', () => {
    expect(rules(check(ws, [], { planIds: ['plan', 'ghost'] }))).toContain('shape');
  });

  it.each([
    ['category', { eligible: { categories: ['opex' as const] } }],
    ['sector', { eligible: { sectors: ['care' as const] } }],
    ['stage', { eligible: { stages: ['mature' as const] } }],
    ['year window', { years: [2027, 2030] as [number, number] }],
  ])('reports a stream paying outside its eligible %s', (_what, limits) => {
    const one = tiny({ streams: [stream('s', limits)] });
    expect(check(one, [alloc('s', 1000)])).toEqual([
      expect.objectContaining({
        rule: 'eligibility',
        planId: 'plan',
        streamId: 's',
        costId: 'capex',
        year: 2026,
      }),
    ]);
  });
});

describe('checkBlend: rules 1-5', () => {
  it('rule 1: the streams together pay at most the cost line', () => {
    const ws = tiny({ streams: [stream('a'), stream('b')] });
    expect(check(ws, [alloc('a', 60000), alloc('b', 40000)])).toEqual([]);
    expect(check(ws, [alloc('a', 60000), alloc('b', 40000.01)])).toEqual([
      expect.objectContaining({ rule: 'cover', planId: 'plan', costId: 'capex', year: 2026, excess: 1 }),
    ]);
    // A year without a cost amount has nothing to pay.
    const twoYears = tiny({ streams: [stream('a')], plans: [plan({ years: 2 })] });
    expect(rules(check(twoYears, [alloc('a', 1, 'capex', 2027)]))).toEqual(['cover']);
  });

  it('rule 2: a budget is shared by every blended plan, per year', () => {
    const ws = tiny({
      streams: [stream('fund', { budgetPerYear: 50000 })],
      plans: [plan({ id: 'p1' }), plan({ id: 'p2' })],
    });
    const both = [alloc('fund', 30000, 'capex', 2026, 'p1'), alloc('fund', 20000, 'capex', 2026, 'p2')];
    expect(check(ws, both)).toEqual([]);
    both[1] = alloc('fund', 20000.01, 'capex', 2026, 'p2');
    expect(check(ws, both)).toEqual([
      expect.objectContaining({ rule: 'budget', streamId: 'fund', year: 2026 }),
    ]);
    // Blended alone, one plan does not share.
    expect(check(ws, [both[1]!], { planIds: ['p2'] })).toEqual([]);
  });

  it('rule 2: a schedule leaves missing years at 0, and factors scale it (half away from zero)', () => {
    const ws = tiny({
      streams: [stream('fund', { budgetPerYear: { '2027': 123.45 } })],
      plans: [
        plan({
          years: 2,
          costs: [{ id: 'capex', category: 'capex', label: 'c', amounts: { '2026': 500, '2027': 500 } }],
        }),
      ],
    });
    expect(rules(check(ws, [alloc('fund', 0.01, 'capex', 2026)]))).toEqual(['budget']);
    const scaled = { planIds: ['plan'], streamFactors: { fund: 1.1 } };
    // 12345 cents x 1.1 = 13579.5 cents on paper (a hair below in binary): 13580 cents.
    expect(check(ws, [{ ...alloc('fund', 0, 'capex', 2027), amount: 13580 as Cents }], scaled)).toEqual([]);
    expect(
      rules(check(ws, [{ ...alloc('fund', 0, 'capex', 2027), amount: 13581 as Cents }], scaled)),
    ).toEqual(['budget']);
  });

  it('rule 3: maxPerPlan (scaled by the factor) and maxShareOfPlan (not scaled)', () => {
    const ws = tiny({
      streams: [stream('a', { maxPerPlan: 30000 }), stream('b', { maxShareOfPlan: 0.333 })],
      plans: [
        plan({ costs: [{ id: 'capex', category: 'capex', label: 'c', amounts: { '2026': 100000.01 } }] }),
      ],
    });
    expect(check(ws, [alloc('a', 30000), alloc('b', 33300)])).toEqual([]);
    expect(check(ws, [alloc('a', 30000.01)])).toEqual([
      expect.objectContaining({ rule: 'maxPerPlan', planId: 'plan', streamId: 'a' }),
    ]);
    // 0.333 x 10000001 cents = 3330000.333 cents: 3330000 fits, 3330001 does not.
    expect(check(ws, [{ ...alloc('b', 0), amount: 3330000 as Cents }])).toEqual([]);
    expect(rules(check(ws, [{ ...alloc('b', 0), amount: 3330001 as Cents }]))).toEqual(['maxShareOfPlan']);
    const factors = { planIds: ['plan'], streamFactors: { a: 0.5, b: 0.5 } };
    expect(rules(check(ws, [alloc('a', 15000.01), alloc('b', 33300)], factors))).toEqual(['maxPerPlan']);
  });

  it('rule 4: a stream gives a plan nothing or at least its minimum award, summed over lines and years', () => {
    const ws = tiny({
      streams: [stream('a', { minAward: 5000 })],
      plans: [
        plan({
          years: 2,
          costs: [
            { id: 'capex', category: 'capex', label: 'c', amounts: { '2026': 3000 } },
            { id: 'team', category: 'personnel', label: 't', amounts: { '2027': 3000 } },
          ],
        }),
      ],
    });
    expect(check(ws, [alloc('a', 3000), alloc('a', 2000, 'team', 2027)])).toEqual([]);
    expect(check(ws, [alloc('a', 3000), alloc('a', 1999.99, 'team', 2027)])).toEqual([
      expect.objectContaining({ rule: 'minAward', planId: 'plan', streamId: 'a', excess: 1 }),
    ]);
  });

  it('rule 5: matching counts only private streams', () => {
    const ws = tiny({
      streams: [
        stream('pub', { matching: 1 }),
        stream('priv', { public: false }),
        stream('other-public', {}),
        stream('half', { public: false, matching: 0.5 }),
      ],
    });
    expect(check(ws, [alloc('pub', 10000), alloc('priv', 10000), alloc('other-public', 50000)])).toEqual([]);
    expect(check(ws, [alloc('pub', 10000), alloc('priv', 9999.99), alloc('other-public', 50000)])).toEqual([
      expect.objectContaining({ rule: 'matching', planId: 'plan', streamId: 'pub' }),
    ]);
    // A private stream with matching counts itself: half <= 0.5 x (half + priv).
    expect(check(ws, [alloc('half', 10000), alloc('priv', 10000)])).toEqual([]);
    expect(rules(check(ws, [alloc('half', 10000), alloc('priv', 9999.99)]))).toEqual(['matching']);
  });
});

describe('checkBlend: totals', () => {
  const ws = tiny({ streams: [stream('a')], cooperatives: [coop()] });
  const request = requestAll(ws);
  const good = resultOf(ws, request, [alloc('a', 25000)]);

  it('accepts correct totals (share 0.25) and a plan without costs (share 1)', () => {
    expect(good.plans[0]?.fundedShare).toBe(0.25);
    expect(checkBlend(ws, request, good)).toEqual([]);
    const empty = tiny({ streams: [stream('a')], plans: [plan({ costs: [] })] });
    expect(checkBlend(empty, request, resultOf(empty, request, []))).toEqual([]);
  });

  it.each<[string, (r: BlendResult) => BlendResult]>([
    ['plan funded', (r) => ({ ...r, plans: r.plans.map((p) => ({ ...p, funded: cents(25000.01) })) })],
    ['plan gap', (r) => ({ ...r, plans: r.plans.map((p) => ({ ...p, gap: cents(0) })) })],
    ['plan total cost', (r) => ({ ...r, plans: r.plans.map((p) => ({ ...p, totalCost: cents(1) })) })],
    ['funded share', (r) => ({ ...r, plans: r.plans.map((p) => ({ ...p, fundedShare: 0.3 })) })],
    ['missing plan row', (r) => ({ ...r, plans: [] })],
    ['extra plan row', (r) => ({ ...r, plans: [...r.plans, ...r.plans] })],
    ['overall funded', (r) => ({ ...r, funded: cents(1) })],
    ['overall gap', (r) => ({ ...r, gap: cents(1) })],
    ['overall total cost', (r) => ({ ...r, totalCost: cents(1) })],
  ])('reports a wrong %s', (_what, spoil) => {
    expect(rules(checkBlend(ws, request, spoil(good)))).toEqual(['totals']);
  });

  it('reports a status other than optimal', () => {
    const odd = { ...good, status: 'unknown' } as unknown as BlendResult;
    expect(rules(checkBlend(ws, request, odd))).toEqual(['shape']);
  });
});
