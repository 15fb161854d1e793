import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { planCashFlow } from '../../src/finance/cashflow';
import { loanSchedule } from '../../src/finance/loans';
import { asCents } from '../../src/model/money';
import { alloc, eur, plan, planOf, stream, workspace } from './metrics/builders';
import { randomCase } from './metrics/random-plan';

/** Plan of the hand example: EUR 100,000 of panels in 2026, upkeep in 2027-2028. */
function handExample() {
  const ws = workspace({
    streams: [
      stream('subsidie', 'grant', { public: true }),
      stream('buurtlening', 'loan', { loan: { rate: 0.05, termYears: 2, graceYears: 1 } }),
      stream('materiaal', 'in-kind'),
    ],
    plans: [
      plan('zon', {
        years: 3,
        costs: [
          { id: 'pv', category: 'capex', label: 'Panelen', amounts: { '2026': 80000 } },
          { id: 'omvormer', category: 'capex', label: 'Omvormer', amounts: { '2026': 20000 } },
          { id: 'beheer', category: 'opex', label: 'Beheer', amounts: { '2027': 20000, '2028': 20000 } },
        ],
        revenues: { '2027': 22000, '2028': 40000 },
      }),
    ],
  });
  const allocations = [
    alloc('zon', 'subsidie', 'pv', 2026, 45000),
    // Two cost lines, one stream, one year: one draw of EUR 50,000.
    alloc('zon', 'buurtlening', 'pv', 2026, 30000),
    alloc('zon', 'buurtlening', 'omvormer', 2026, 20000),
    alloc('zon', 'materiaal', 'beheer', 2027, 5000),
    // Another plan's allocation: ignored.
    alloc('elders', 'subsidie', 'x', 2026, 999),
  ];
  return { ws, allocations };
}

describe('planCashFlow: hand-computed example', () => {
  const { ws, allocations } = handExample();
  const flow = planCashFlow(ws, planOf(ws, 'zon'), allocations);
  const e = (row: number) => flow.years[row]!;

  it('runs from the plan start to the last repayment year', () => {
    // Draw 2026, grace 2027, annuity 2028-2029: one year after the plan's last (2028).
    expect([flow.firstYear, flow.lastYear]).toEqual([2026, 2029]);
    expect(flow.years.map((y) => y.year)).toEqual([2026, 2027, 2028, 2029]);
  });

  it('draws the loan once per stream and year, scheduled with interest-only grace', () => {
    expect(flow.loans.map((l) => [l.streamId, l.year, l.amount])).toEqual([
      ['buurtlening', 2026, eur(50000)],
    ]);
    // Annuity 50,000 * 0.05 / (1 - 1.05^-2) = 26,890.2439 -> 26,890.24.
    // 2027 grace: interest 2,500. 2028: interest 2,500, principal 24,390.24, balance 25,609.76.
    // 2029: interest 25,609.76 * 0.05 = 1,280.488 -> 1,280.49, principal 25,609.76 (residual).
    expect(flow.years.map((y) => [y.interest, y.principal, y.debtService])).toEqual([
      [0, 0, 0],
      [eur(2500), 0, eur(2500)],
      [eur(2500), eur(24390.24), eur(26890.24)],
      [eur(1280.49), eur(25609.76), eur(26890.25)],
    ]);
  });

  it('counts costs, inflows by kind and revenue (the last plan year continues)', () => {
    expect(flow.years.map((y) => y.costs)).toEqual([eur(100000), eur(20000), eur(20000), 0]);
    expect(e(0).inflows).toEqual({
      grant: eur(45000),
      loan: eur(50000),
      equity: 0,
      procurement: 0,
      'in-kind': 0,
    });
    expect(e(1).inflows['in-kind']).toBe(eur(5000));
    expect(flow.years.map((y) => y.totalInflows)).toEqual([eur(95000), eur(5000), 0, 0]);
    expect(flow.years.map((y) => y.revenue)).toEqual([0, eur(22000), eur(40000), eur(40000)]);
  });

  it('computes net, cumulative cash and the low point', () => {
    // 2026: 95,000 - 100,000 = -5,000
    // 2027: 5,000 + 22,000 - 20,000 - 2,500 = 4,500
    // 2028: 40,000 - 20,000 - 26,890.24 = -6,890.24
    // 2029: 40,000 - 26,890.25 = 13,109.75
    expect(flow.years.map((y) => y.net)).toEqual([eur(-5000), eur(4500), eur(-6890.24), eur(13109.75)]);
    expect(flow.years.map((y) => y.cumulative)).toEqual([eur(-5000), eur(-500), eur(-7390.24), eur(5719.51)]);
    expect(flow.lowPoint).toEqual({ year: 2028, cumulative: eur(-7390.24) });
  });

  it('computes DSCR in years with debt service, and its minimum', () => {
    expect(e(0).dscr).toBeNull();
    expect(e(1).dscr).toBeCloseTo(22000 / 2500, 12);
    expect(e(2).dscr).toBeCloseTo(4_000_000 / 2_689_024, 12);
    expect(e(3).dscr).toBeCloseTo(4_000_000 / 2_689_025, 12);
    // The residual cent makes 2029 the tightest year.
    expect(flow.minDscrYear).toBe(2029);
    expect(flow.minDscr).toBeCloseTo(4_000_000 / 2_689_025, 12);
  });
});

describe('planCashFlow: conventions', () => {
  it('rounds per draw: two allocations of 10 cents schedule as one draw of 20 cents', () => {
    const terms = { rate: 0.05, termYears: 2, graceYears: 0 };
    const ws = workspace({
      streams: [stream('l', 'loan', { loan: terms })],
      plans: [
        plan('p', {
          costs: [
            { id: 'a', category: 'capex', label: 'a', amounts: { '2026': 1 } },
            { id: 'b', category: 'capex', label: 'b', amounts: { '2026': 1 } },
          ],
        }),
      ],
    });
    const flow = planCashFlow(ws, planOf(ws, 'p'), [
      alloc('p', 'l', 'a', 2026, 0.1),
      alloc('p', 'l', 'b', 2026, 0.1),
    ]);
    const one = loanSchedule(asCents(20), 2026, terms);
    expect(flow.years.slice(1).map((y) => y.debtService)).toEqual(one.map((r) => r.payment));
    // Scheduled separately, the first year would pay 2 x 5 cents instead of 11.
    expect(loanSchedule(asCents(10), 2026, terms)[0]!.payment * 2).toBe(10);
    expect(one[0]!.payment).toBe(11);
  });

  it('keeps separate draws for separate years, and a plan without loans ends with the plan', () => {
    const ws = workspace({
      streams: [stream('l', 'loan'), stream('g', 'grant')],
      plans: [
        plan('p', {
          years: 2,
          costs: [{ id: 'a', category: 'capex', label: 'a', amounts: { '2026': 10, '2027': 10 } }],
        }),
      ],
    });
    const p = planOf(ws, 'p');
    const withLoans = planCashFlow(ws, p, [alloc('p', 'l', 'a', 2026, 10), alloc('p', 'l', 'a', 2027, 10)]);
    expect(withLoans.loans.map((l) => l.year)).toEqual([2026, 2027]);
    expect(withLoans.lastYear).toBe(2028);
    const grantsOnly = planCashFlow(ws, p, [alloc('p', 'g', 'a', 2026, 10)]);
    expect(grantsOnly.lastYear).toBe(2027);
    expect(grantsOnly.minDscr).toBeNull();
    expect(grantsOnly.lowPoint).toEqual({ year: 2027, cumulative: eur(-10) });
  });

  it('refuses an allocation from an unknown stream', () => {
    const ws = workspace({ plans: [plan('p')] });
    expect(() => planCashFlow(ws, planOf(ws, 'p'), [alloc('p', 'nope', 'a', 2026, 1)])).toThrow(/nope/);
  });
});

describe('planCashFlow: properties', () => {
  it('cumulative cash is the running sum of net, and net adds up', () => {
    fc.assert(
      fc.property(randomCase, ({ ws, plan: p, allocations }) => {
        const flow = planCashFlow(ws, p, allocations);
        let running = 0;
        for (const y of flow.years) {
          expect(y.debtService).toBe(y.interest + y.principal);
          expect(y.net).toBe(y.totalInflows + y.revenue - y.costs - y.debtService);
          running += y.net;
          expect(y.cumulative).toBe(running);
          expect(flow.lowPoint.cumulative).toBeLessThanOrEqual(y.cumulative);
        }
        expect(flow.years.map((y) => y.year)).toEqual(
          Array.from({ length: flow.lastYear - p.startYear + 1 }, (_, i) => p.startYear + i),
        );
      }),
    );
  });

  it('repays exactly the loans drawn', () => {
    fc.assert(
      fc.property(randomCase, ({ ws, plan: p, allocations }) => {
        const flow = planCashFlow(ws, p, allocations);
        const drawn = flow.years.reduce((sum, y) => sum + y.inflows.loan, 0);
        const loanStreams = new Set(['s-loan', 'second-loan']);
        const allocated = allocations
          .filter((a) => loanStreams.has(a.streamId))
          .reduce((s, a) => s + a.amount, 0);
        expect(drawn).toBe(allocated);
        expect(flow.years.reduce((sum, y) => sum + y.principal, 0)).toBe(allocated);
      }),
    );
  });
});
