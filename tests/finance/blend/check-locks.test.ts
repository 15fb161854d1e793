import { describe, expect, it } from 'vitest';
import { checkBlend, type Violation } from '../../support/blend/check';
import type { Allocation, Binding, BlendRequest } from '../../../src/finance/blend/types';
import type { Workspace } from '../../../src/model/workspace';
import { alloc, coop, plan, requestAll, resultOf, stream, tiny } from './fixtures';

function check(ws: Workspace, allocations: Allocation[], binding: Binding[] = []): Violation[] {
  const request: BlendRequest = requestAll(ws);
  return checkBlend(ws, request, resultOf(ws, request, allocations, binding));
}
const rules = (violations: readonly Violation[]) => violations.map((v) => v.rule);
const lockBinding = (rule: Binding['rule'], where: Partial<Binding> = {}): Binding => ({
  rule,
  valuePerEuro: 0,
  brokenByLock: true,
  message: 'locked amounts break this rule',
  ...where,
});

describe('checkBlend: rule 6 de minimis', () => {
  const threeYears = plan({
    years: 3,
    costs: [
      {
        id: 'capex',
        category: 'capex',
        label: 'c',
        amounts: { '2026': 100000, '2027': 100000, '2028': 100000 },
      },
    ],
  });
  const ws = tiny({
    streams: [stream('aid', { stateAid: true }), stream('plain')],
    cooperatives: [coop({ priorStateAid: [{ year: 2025, amount: 250000 }] })],
    plans: [threeYears],
  });

  it('counts prior aid and state aid in every window of three years', () => {
    expect(check(ws, [alloc('aid', 50000), alloc('plain', 100000, 'capex', 2027)])).toEqual([]);
    expect(check(ws, [alloc('aid', 50000.01)])).toEqual([
      expect.objectContaining({ rule: 'deMinimis', cooperativeId: 'coop', year: 2024 }),
      expect.objectContaining({ rule: 'deMinimis', cooperativeId: 'coop', year: 2025 }),
    ]);
    // 2028 falls outside every window that holds the 2025 aid; 2026-2028 holds 150k.
    expect(check(ws, [alloc('aid', 50000), alloc('aid', 100000, 'capex', 2028)])).toEqual([]);
    expect(check(ws, [alloc('aid', 50000), alloc('aid', 0.01, 'capex', 2027)])).toEqual([
      expect.objectContaining({ rule: 'deMinimis', year: 2025 }),
    ]);
  });

  it('uses the settings (ceiling and period)', () => {
    const small = tiny({
      streams: [stream('aid', { stateAid: true })],
      plans: [threeYears],
      settings: { deMinimis: { ceiling: 20000, periodYears: 1 } },
    });
    expect(check(small, [alloc('aid', 20000), alloc('aid', 20000, 'capex', 2027)])).toEqual([]);
    expect(check(small, [alloc('aid', 20000.01)])).toEqual([
      expect.objectContaining({ rule: 'deMinimis', year: 2026 }),
    ]);
  });

  it('does not blame the blend for prior aid alone above the ceiling, reported or not', () => {
    const history = tiny({
      streams: [stream('aid', { stateAid: true }), stream('plain')],
      cooperatives: [coop({ priorStateAid: [{ year: 2026, amount: 400000 }] })],
    });
    expect(check(history, [alloc('plain', 1000)])).toEqual([]);
    const reported = [lockBinding('deMinimis', { cooperativeId: 'coop', year: 2026 })];
    expect(check(history, [alloc('plain', 1000)], reported)).toEqual([]);
    // Once the blend adds state aid there, every window holding it is broken.
    expect(check(history, [alloc('aid', 0.01)]).map((v) => v.year)).toEqual([2024, 2025, 2026]);
  });
});

describe('checkBlend: rule 7 debt service', () => {
  const loanWs = (rate: number, graceYears: number, revenues: Record<string, number>) =>
    tiny({
      streams: [stream('loan', { kind: 'loan', public: false, loan: { rate, termYears: 10, graceYears } })],
      plans: [
        plan({
          years: 2,
          costs: [{ id: 'capex', category: 'capex', label: 'c', amounts: { '2026': 500000 } }],
          revenues,
        }),
      ],
      settings: { minDscr: 1.2 },
    });

  it('at 0% over 10 years, revenue 12k at DSCR 1.2 carries a 100k draw (revenue held after the plan)', () => {
    const ws = loanWs(0, 0, { '2027': 12000 });
    expect(check(ws, [alloc('loan', 100000)])).toEqual([]);
    // Real arithmetic with a tolerance of 1e-6 relative (1 cent here): 10 cents over is over.
    expect(check(ws, [alloc('loan', 100000.01)])).toEqual([]);
    const over = check(ws, [alloc('loan', 100001)]);
    // Every payment year 2027-2036 is over: the revenue stays at its last year's level.
    expect(over.map((v) => v.year)).toEqual([2027, 2028, 2029, 2030, 2031, 2032, 2033, 2034, 2035, 2036]);
    expect(new Set(rules(over))).toEqual(new Set(['debtService']));
  });

  it('grace years pay interest only; no revenue in the last year means no room after it', () => {
    const grace = loanWs(0.05, 1, { '2027': 12000 });
    // 2027 pays 5% interest = 5k on 100k; 2028 onwards the annuity (~12.95k) exceeds 10k.
    expect(rules(check(grace, [alloc('loan', 100000)]))).toContain('debtService');
    expect(check(grace, [alloc('loan', 100000)]).every((v) => (v.year ?? 0) >= 2028)).toBe(true);
    const noLastRevenue = loanWs(0, 0, { '2026': 50000 });
    expect(check(noLastRevenue, [alloc('loan', 1)]).length).toBe(10);
  });
});

describe('checkBlend: rule 8 locked amounts', () => {
  const locked = (amount: number, extra: Partial<Parameters<typeof stream>[1]> = {}) =>
    tiny({
      streams: [stream('grant', { maxPerPlan: 20000, ...extra }), stream('other')],
      plans: [
        plan({
          costs: [
            { id: 'capex', category: 'capex', label: 'c', amounts: { '2026': 100000 } },
            { id: 'team', category: 'personnel', label: 't', amounts: { '2026': 100000 } },
          ],
          locked: [{ streamId: 'grant', costId: 'capex', year: 2026, amount }],
        }),
      ],
    });

  it('keeps locked amounts exactly: no more, no less, not missing', () => {
    const ws = locked(15000);
    expect(check(ws, [alloc('grant', 15000), alloc('grant', 5000, 'team')])).toEqual([]);
    expect(rules(check(ws, [alloc('grant', 15000.01)]))).toEqual(['locked']);
    expect(rules(check(ws, [alloc('grant', 14000)]))).toEqual(['locked']);
    expect(rules(check(ws, [alloc('other', 15000)]))).toEqual(['locked']);
  });

  it('accepts a rule broken by locks only where the result reports it', () => {
    const ws = locked(25000);
    expect(rules(check(ws, [alloc('grant', 25000)]))).toEqual(['maxPerPlan']);
    const report = [lockBinding('maxPerPlan', { planId: 'plan', streamId: 'grant' })];
    expect(check(ws, [alloc('grant', 25000)], report)).toEqual([]);
    // Reported for another stream or rule, it does not count.
    expect(
      rules(
        check(
          ws,
          [alloc('grant', 25000)],
          [lockBinding('maxPerPlan', { planId: 'plan', streamId: 'other' })],
        ),
      ),
    ).toContain('maxPerPlan');
    expect(rules(check(ws, [alloc('grant', 25000)], [lockBinding('budget', { streamId: 'grant' })]))).toEqual(
      ['maxPerPlan', 'budget'],
    );
    // A binding must name its place: a rule alone is too vague.
    expect(rules(check(ws, [alloc('grant', 25000)], [lockBinding('maxPerPlan')]))).toEqual([
      'maxPerPlan',
      'maxPerPlan',
    ]);
  });

  it('refuses a blend that adds to a breach the locks already cause', () => {
    const ws = locked(25000);
    const report = [lockBinding('maxPerPlan', { planId: 'plan', streamId: 'grant' })];
    const worse = check(ws, [alloc('grant', 25000), alloc('grant', 1000, 'team')], report);
    expect(worse).toEqual([
      expect.objectContaining({ rule: 'maxPerPlan', message: expect.stringContaining('beyond') }),
    ]);
  });

  it('accepts an ineligible lock that is reported, with its year', () => {
    const ws = locked(10000, { eligible: { categories: ['personnel'] } });
    expect(rules(check(ws, [alloc('grant', 10000)]))).toEqual(['eligibility']);
    const report = [lockBinding('eligibility', { planId: 'plan', streamId: 'grant', year: 2026 })];
    expect(check(ws, [alloc('grant', 10000)], report)).toEqual([]);
    const wrongYear = [lockBinding('eligibility', { planId: 'plan', streamId: 'grant', year: 2027 })];
    expect(rules(check(ws, [alloc('grant', 10000)], wrongYear))).toEqual(['eligibility', 'eligibility']);
  });

  it('accepts a minimum award broken by a lock only when a lock is involved', () => {
    const ws = locked(3000, { minAward: 5000 });
    const report = [lockBinding('minAward', { planId: 'plan', streamId: 'grant' })];
    expect(rules(check(ws, [alloc('grant', 3000)]))).toEqual(['minAward']);
    expect(check(ws, [alloc('grant', 3000)], report)).toEqual([]);
  });

  it('reports a binding that says locks break a rule the blend keeps', () => {
    const ws = locked(15000);
    const spurious = [lockBinding('maxPerPlan', { planId: 'plan', streamId: 'grant' })];
    expect(check(ws, [alloc('grant', 15000)], spurious)).toEqual([
      expect.objectContaining({ rule: 'maxPerPlan', message: expect.stringContaining('keeps this rule') }),
    ]);
  });
});
