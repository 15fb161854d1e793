// The checker on the issue-13 rules: for each, a valid result passes and the smallest
// breach is caught under the right rule (own revenue above revenue, cover with own
// revenue, DSCR on cash flow, GGE over the ceiling, SGEI over 750k, a revolving fund
// overdrawn, a guarantee above its share, a guaranteed loan without cover), and every
// new row is held to its shape.
import { describe, expect, it } from 'vitest';
import { checkBlend, type Violation } from '../../support/blend/check';
import type { BlendResult, RevolvingFundYear } from '../../../src/finance/blend/types';
import type { Cents } from '../../../src/model/money';
import type { FundingStreamJson } from '../../../src/model/stream';
import type { Workspace } from '../../../src/model/workspace';
import { backing, blendResultOf, own, type ResultParts } from './check-results';
import { alloc, coop, plan, requestAll, stream, tiny } from './fixtures';

const check = (ws: Workspace, parts: ResultParts, spoil: (r: BlendResult) => BlendResult = (r) => r) =>
  checkBlend(ws, requestAll(ws), spoil(blendResultOf(ws, requestAll(ws), parts)));
const rules = (violations: readonly Violation[]) => violations.map((v) => v.rule).sort();
const loan = (
  id: string,
  terms: NonNullable<FundingStreamJson['loan']>,
  more: Partial<FundingStreamJson> = {},
) => stream(id, { kind: 'loan', public: false, loan: terms, ...more });

describe('checkBlend: own revenue', () => {
  const ws = tiny({ streams: [stream('grant')], plans: [plan({ revenues: { '2026': 30000 } })] });

  it('pays at most the year revenue, and with the streams at most the cost line', () => {
    expect(check(ws, { allocations: [alloc('grant', 70000)], ownRevenue: [own(30000)] })).toEqual([]);
    expect(check(ws, { allocations: [alloc('grant', 69999.99)], ownRevenue: [own(30000.01)] })).toEqual([
      expect.objectContaining({ rule: 'ownRevenue', planId: 'plan', year: 2026, excess: 1 }),
    ]);
    expect(rules(check(ws, { allocations: [alloc('grant', 70000.01)], ownRevenue: [own(30000)] }))).toEqual([
      'cover',
    ]);
  });

  it.each<[string, ReturnType<typeof own>]>([
    ['a year outside the plan', own(10, 'capex', 2027)],
    ['an unknown cost line', own(10, 'nope')],
    ['a plan outside the request', own(10, 'capex', 2026, 'other')],
    ['a zero amount', own(0)],
    ['a fraction of a cent', { ...own(10), amount: 100.5 as Cents }],
  ])('refuses an own revenue row with %s', (_what, row) => {
    expect(rules(check(ws, { ownRevenue: [row] }))).toContain('shape');
  });

  it('refuses the same line and year twice, and totals that leave own revenue out', () => {
    expect(rules(check(ws, { ownRevenue: [own(10), own(20)] }))).toEqual(['shape']);
    const parts = { ownRevenue: [own(30000)] };
    const noOwn = (r: BlendResult) => ({
      ...r,
      plans: r.plans.map((p) => ({ ...p, ownRevenue: 0 as Cents })),
    });
    expect(rules(check(ws, parts, noOwn))).toEqual(['totals']);
    expect(rules(check(ws, parts, (r) => ({ ...r, gap: r.totalCost })))).toEqual(['totals']);
    const share = (r: BlendResult) => ({ ...r, plans: r.plans.map((p) => ({ ...p, fundedShare: 0 })) });
    expect(rules(check(ws, parts, share))).toEqual(['totals']);
  });
});

describe('checkBlend: debt service on operating cash flow', () => {
  // Revenue 12k in 2027 and after, DSCR 1.2: a 0% loan over 10 years may draw 100k with no
  // own revenue spent in 2027, or 50k with 6k spent: 1.2 x 5,000 = 12,000 - 6,000.
  const ws = tiny({
    streams: [loan('loan', { rate: 0, termYears: 10, graceYears: 0 })],
    plans: [
      plan({
        years: 2,
        costs: [
          { id: 'capex', category: 'capex', label: 'c', amounts: { '2026': 500000 } },
          { id: 'opex', category: 'opex', label: 'o', amounts: { '2027': 6000 } },
        ],
        revenues: { '2027': 12000 },
      }),
    ],
    settings: { minDscr: 1.2 },
  });

  it('counts own revenue spent on costs against the room for loan payments', () => {
    expect(check(ws, { allocations: [alloc('loan', 100000)] })).toEqual([]);
    expect(check(ws, { allocations: [alloc('loan', 50000)], ownRevenue: [own(6000, 'opex', 2027)] })).toEqual(
      [],
    );
    // One euro of own revenue spent leaves 11,999 / 1.2 = 9,999.17 for the 10,000 due.
    expect(check(ws, { allocations: [alloc('loan', 100000)], ownRevenue: [own(1, 'opex', 2027)] })).toEqual([
      expect.objectContaining({ rule: 'debtService', planId: 'plan', year: 2027 }),
    ]);
  });
});

describe('checkBlend: de minimis as gross grant equivalent', () => {
  // EUR 100,000 at 0% over 5 years, reference 6.42%, discount 3.42%: GGE EUR 17,822.06
  // (peer-new-rules.test.ts works it out by hand).
  const loanCase = (ceiling: number) =>
    tiny({
      streams: [loan('loan', { rate: 0, termYears: 5, graceYears: 0 }, { stateAid: true })],
      plans: [plan({ years: 2, revenues: { '2027': 30000 } })],
      settings: { deMinimis: { ceiling, periodYears: 3, referenceRate: 0.0642, discountRate: 0.0342 } },
    });

  it('measures a loan by its GGE, not its amount', () => {
    expect(check(loanCase(17823), { allocations: [alloc('loan', 100000)] })).toEqual([]);
    expect(rules(check(loanCase(17822), { allocations: [alloc('loan', 100000)] }))).toEqual(
      Array(3).fill('deMinimis'),
    );
  });

  it('measures a guarantee by the safe-harbour rate: 30,000 for 5 years is 4,000', () => {
    const ws = (ceiling: number) =>
      tiny({
        streams: [
          loan('bank', { rate: 0.08, termYears: 1, graceYears: 0 }),
          stream('borg', {
            kind: 'guarantee',
            stateAid: true,
            guarantee: { backs: ['bank'], share: 0.8, termYears: 5 },
          }),
        ],
        plans: [plan({ years: 2, revenues: { '2027': 100000 } })],
        settings: { deMinimis: { ceiling, periodYears: 1 } },
      });
    const parts = { allocations: [alloc('bank', 50000)], guarantees: [backing('borg', 'bank', 30000)] };
    expect(check(ws(4000), parts)).toEqual([]);
    expect(check(ws(3999.99), parts)).toEqual([
      expect.objectContaining({ rule: 'deMinimis', cooperativeId: 'coop', year: 2026 }),
    ]);
  });

  it('SGEI aid fills up to 750k with general aid; general aid keeps its own ceiling', () => {
    const ws = (sgei: boolean) =>
      tiny({
        streams: [stream('general', { stateAid: true }), stream('daeb', { stateAid: true, sgei: true })],
        cooperatives: [coop({ sgei, priorStateAid: [{ year: 2026, amount: 200000 }] })],
        plans: [
          plan({ costs: [{ id: 'capex', category: 'capex', label: 'c', amounts: { '2026': 1000000 } }] }),
        ],
        settings: { deMinimis: { ceiling: 300000, periodYears: 1 } },
      });
    expect(check(ws(true), { allocations: [alloc('general', 100000), alloc('daeb', 450000)] })).toEqual([]);
    expect(check(ws(true), { allocations: [alloc('general', 100000), alloc('daeb', 450000.01)] })).toEqual([
      expect.objectContaining({ rule: 'sgeiDeMinimis', cooperativeId: 'coop', year: 2026 }),
    ]);
    expect(rules(check(ws(true), { allocations: [alloc('general', 100000.01)] }))).toEqual(['deMinimis']);
    // Without the entrustment the SGEI stream's aid is general aid.
    expect(rules(check(ws(false), { allocations: [alloc('daeb', 100000.01)] }))).toEqual(['deMinimis']);
  });
});

describe('checkBlend: revolving funds', () => {
  // Budget 50k a year, 0% over 1 year: 50k lent in 2026 comes back in 2027 and can be lent again in 2028.
  const ws = tiny({
    streams: [
      loan('fund', { rate: 0, termYears: 1, graceYears: 0 }, { budgetPerYear: 50000, revolving: true }),
    ],
    plans: [
      plan({
        years: 3,
        costs: [
          {
            id: 'capex',
            category: 'capex',
            label: 'c',
            amounts: { '2026': 100000, '2027': 100000, '2028': 200000 },
          },
        ],
        revenues: { '2027': 500000, '2028': 500000 },
      }),
    ],
  });
  const row = (
    year: number,
    drawn: number,
    returned: number,
    relent: number,
    balance: number,
  ): RevolvingFundYear =>
    ({ streamId: 'fund', year, budget: 5000000, drawn, returned, relent, balance }) as RevolvingFundYear;
  const good = {
    allocations: [alloc('fund', 50000), alloc('fund', 100000, 'capex', 2028)],
    funds: [row(2026, 5000000, 0, 0, 0), row(2027, 0, 0, 0, 0), row(2028, 10000000, 5000000, 5000000, 0)],
  };

  it('lends returned money again from the next year on, and reports each year', () => {
    expect(check(ws, good)).toEqual([]);
  });

  it('catches an overdrawn fund', () => {
    const over = { ...good, allocations: [alloc('fund', 50000), alloc('fund', 100000.01, 'capex', 2028)] };
    expect(rules(check(ws, over))).toContain('budget');
    // In 2027 nothing has come back yet: 2026's draw is repaid during 2027.
    const early = { allocations: [alloc('fund', 50000), alloc('fund', 50000.01, 'capex', 2027)] };
    expect(check(ws, early).filter((v) => v.rule === 'budget')).toEqual([
      expect.objectContaining({ streamId: 'fund', year: 2027 }),
    ]);
  });

  it('accepts a revolving budget broken by a lock when the result reports it, funds rows included', () => {
    const locked = tiny({
      streams: [
        loan('fund', { rate: 0, termYears: 1, graceYears: 0 }, { budgetPerYear: 50000, revolving: true }),
      ],
      plans: [
        plan({
          years: 2,
          revenues: { '2027': 500000 },
          locked: [{ streamId: 'fund', costId: 'capex', year: 2026, amount: 60000 }],
        }),
      ],
    });
    const funds = [{ ...row(2026, 6000000, 0, 1000000, -1000000) }, { ...row(2027, 0, 0, 0, -1000000) }];
    const binding = [
      {
        rule: 'budget' as const,
        streamId: 'fund',
        year: 2026,
        valuePerEuro: 0,
        brokenByLock: true,
        message: 'm',
      },
    ];
    expect(check(locked, { allocations: [alloc('fund', 60000)], funds, binding })).toEqual([]);
    expect(rules(check(locked, { allocations: [alloc('fund', 60000)], funds }))).toEqual(['budget']);
  });

  it('holds the funds rows to the recomputed repayments', () => {
    const wrong = {
      ...good,
      funds: good.funds.map((f) => (f.year === 2028 ? { ...f, returned: 4000000 as Cents } : f)),
    };
    expect(rules(check(ws, wrong))).toEqual(['totals']);
    expect(rules(check(ws, { ...good, funds: good.funds.slice(0, 2) }))).toEqual(['totals']);
    const ghost = { ...good, funds: [...good.funds, { ...row(2026, 0, 0, 0, 0), streamId: 'other' }] };
    expect(rules(check(ws, ghost))).toEqual(['shape']);
    const fraction = { ...good, funds: good.funds.map((f) => ({ ...f, balance: 0.5 as Cents })) };
    expect(rules(check(ws, fraction))).toContain('shape');
  });
});

describe('checkBlend: guarantees', () => {
  const ws = (more: Partial<FundingStreamJson> = {}) =>
    tiny({
      streams: [
        loan('bank', { rate: 0, termYears: 1, graceYears: 0, guaranteeRequired: 0.8 }),
        loan('other', { rate: 0, termYears: 1, graceYears: 0 }),
        stream('borg', {
          kind: 'guarantee',
          guarantee: { backs: ['bank'], share: 0.8, termYears: 5 },
          ...more,
        }),
      ],
      plans: [plan({ years: 2, revenues: { '2027': 100000 } })],
    });

  it('a guaranteed loan needs its cover; a guarantee backs at most its share', () => {
    expect(
      check(ws(), { allocations: [alloc('bank', 50000)], guarantees: [backing('borg', 'bank', 40000)] }),
    ).toEqual([]);
    expect(
      check(ws(), { allocations: [alloc('bank', 50000)], guarantees: [backing('borg', 'bank', 39999.99)] }),
    ).toEqual([expect.objectContaining({ rule: 'guarantee', planId: 'plan', streamId: 'bank', year: 2026 })]);
    expect(rules(check(ws(), { allocations: [alloc('bank', 50000)] }))).toEqual(['guarantee']);
    expect(
      check(ws(), { allocations: [alloc('bank', 50000)], guarantees: [backing('borg', 'bank', 40000.01)] }),
    ).toEqual([
      expect.objectContaining({
        rule: 'guarantee',
        streamId: 'bank',
        message: expect.stringContaining('at most 0.8'),
      }),
    ]);
  });

  it('holds a guarantee to its budget, cap, backed loans and cooperative', () => {
    const parts = { allocations: [alloc('bank', 50000)], guarantees: [backing('borg', 'bank', 40000)] };
    expect(rules(check(ws({ budgetPerYear: 30000 }), parts))).toEqual(['budget']);
    expect(rules(check(ws({ maxPerPlan: 30000 }), parts))).toEqual(['maxPerPlan']);
    expect(rules(check(ws({ eligible: { sectors: ['care'] } }), parts))).toEqual(['eligibility']);
    const wrongLoan = { allocations: [alloc('other', 50000)], guarantees: [backing('borg', 'other', 10000)] };
    expect(rules(check(ws(), wrongLoan))).toEqual(['eligibility']);
  });

  it('never pays a cost line, and its rows name a guarantee and a loan', () => {
    // Refused, so it is not counted as funding either: the totals disagree too.
    expect(rules(check(ws(), { allocations: [alloc('borg', 100)] }))).toContain('shape');
    const swapped = { allocations: [alloc('bank', 50000)], guarantees: [backing('bank', 'borg', 40000)] };
    expect(rules(check(ws(), swapped))).toEqual(['guarantee', 'shape']);
  });

  it('accepts a locked guaranteed loan that no guarantee can cover when the result reports it', () => {
    const locked = tiny({
      streams: [loan('bank', { rate: 0, termYears: 1, graceYears: 0, guaranteeRequired: 1 })],
      plans: [
        plan({
          years: 2,
          revenues: { '2027': 100000 },
          locked: [{ streamId: 'bank', costId: 'capex', year: 2026, amount: 1000 }],
        }),
      ],
    });
    const binding = [
      {
        rule: 'guarantee' as const,
        planId: 'plan',
        streamId: 'bank',
        valuePerEuro: 0,
        brokenByLock: true,
        message: 'm',
      },
    ];
    expect(check(locked, { allocations: [alloc('bank', 1000)], binding })).toEqual([]);
    expect(rules(check(locked, { allocations: [alloc('bank', 1000)] }))).toEqual(['guarantee']);
  });
});
