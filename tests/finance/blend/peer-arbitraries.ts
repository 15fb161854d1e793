// fast-check arbitraries for the issue-13 rules: plans with revenue (some whose revenue
// covers every cost), loans with state aid measured as gross grant equivalent against
// drawn reference and discount rates, SGEI cooperatives and streams, revolving loans
// whose repayments fall within the plans, and guarantees backing loans that require
// them. Kept small (at most two plans, five paying streams, two guarantees) so that the
// property tests stay fast on two cores.
import fc from 'fast-check';
import type { BlendRequest } from '../../../src/finance/blend/types';
import type { CooperativeJson } from '../../../src/model/cooperative';
import type { PlanJson } from '../../../src/model/plan';
import type { SettingsJson } from '../../../src/model/settings';
import type { FundingStreamJson } from '../../../src/model/stream';
import type { WorkspaceJson } from '../../../src/model/workspace';
import {
  FIRST_YEAR,
  SECTORS,
  cooperativeArb,
  coopJson,
  money,
  planArb,
  planJson,
  sometimes,
  streamArb,
  streamJson,
  type BlendCase,
} from './arbitraries';
import { parsed } from './fixtures';

const lenderCoopArb = fc.record({
  base: cooperativeArb,
  sgei: fc.boolean(),
  priorSgei: fc.array(fc.boolean(), { minLength: 2, maxLength: 2 }),
});

/** Extra terms for a paying stream; only loans use the loan ones. */
const lenderStreamArb = fc.record({
  base: streamArb,
  // Most streams are loans here: the new rules are mostly about lenders.
  loan: fc.boolean(),
  sgei: fc.boolean(),
  // Short loans, so that repayments come back (to a revolving fund, against revenue) within the plans.
  termYears: fc.integer({ min: 1, max: 4 }),
  graceYears: fc.integer({ min: 0, max: 1 }),
  guaranteeRequired: sometimes(fc.constantFrom(0.5, 0.8, 1), 2),
  revolving: sometimes(fc.boolean(), 2),
  // Small budgets make relending the returned money matter.
  revolvingBudget: money(1000, 40, 0),
});

const guaranteeArb = fc.record({
  backs: fc.array(fc.nat(), { minLength: 1, maxLength: 2 }),
  share: fc.constantFrom(0.5, 0.8, 1),
  termYears: fc.integer({ min: 1, max: 12 }),
  stateAid: fc.boolean(),
  sgei: fc.boolean(),
  budget: sometimes(money(1000, 100, 0), 2),
  maxPerPlan: sometimes(money(1000, 100, 5), 3),
  maxShareOfPlan: sometimes(fc.constantFrom(0.1, 0.3, 0.6), 3),
  sectors: sometimes(fc.subarray([...SECTORS], { minLength: 1 }), 3),
});

/**
 * Revenue per plan year: none, drawn amounts, enough to pay every cost of the year (and
 * more), or nothing in the first year and a steady amount after it: the investment comes
 * first and revenue later, which is when loans (repaid from later revenue) close a gap.
 */
const revenueModeArb = fc.oneof(
  { arbitrary: fc.constant({ mode: 'none' as const }), weight: 1 },
  {
    arbitrary: fc.record({
      mode: fc.constant('drawn' as const),
      amounts: fc.array(money(1000, 80, 0), { minLength: 4, maxLength: 4 }),
    }),
    weight: 1,
  },
  { arbitrary: fc.record({ mode: fc.constant('covers' as const), extra: money(1000, 40, 0) }), weight: 1 },
  { arbitrary: fc.record({ mode: fc.constant('later' as const), steady: money(5000, 60) }), weight: 2 },
);

const lenderSettingsArb = fc.record({
  minDscr: fc.constantFrom(1, 1.2, 1.5),
  ceiling: money(5000, 30),
  sgeiCeiling: money(10000, 40),
  periodYears: fc.integer({ min: 1, max: 3 }),
  referenceRate: fc.constantFrom(0.0642, 0.05, 0.08),
  discountRate: fc.constantFrom(0.0342, 0.03),
});

type LenderStreamDraw = typeof lenderStreamArb extends fc.Arbitrary<infer T> ? T : never;
type GuaranteeDraw = typeof guaranteeArb extends fc.Arbitrary<infer T> ? T : never;
type RevenueDraw = typeof revenueModeArb extends fc.Arbitrary<infer T> ? T : never;

function lenderStream(draw: LenderStreamDraw, i: number): FundingStreamJson {
  const s = streamJson(draw.loan ? { ...draw.base, kind: 'loan' } : draw.base, i);
  s.sgei = draw.sgei;
  if (s.kind !== 'loan') return s;
  // Loans open to every year and cooperative, so that they draw often enough to test their rules.
  delete s.years;
  if (s.eligible !== undefined) s.eligible = { ...s.eligible, sectors: undefined, stages: undefined };
  s.loan = { ...draw.base.loan, termYears: draw.termYears, graceYears: draw.graceYears };
  if (draw.guaranteeRequired !== undefined) s.loan.guaranteeRequired = draw.guaranteeRequired;
  if (draw.revolving !== undefined) {
    s.revolving = true;
    s.revolvingInterest = draw.revolving;
    s.budgetPerYear = draw.revolvingBudget;
  }
  return s;
}

function guaranteeJson(
  draw: GuaranteeDraw,
  i: number,
  loans: readonly string[],
): FundingStreamJson | undefined {
  const backs = [...new Set(draw.backs.map((n) => loans[n % loans.length]))].filter((id) => id !== undefined);
  if (backs.length === 0) return undefined;
  const g: FundingStreamJson = {
    id: `g${i}`,
    name: `Guarantee ${i}`,
    silo: 'guarantees',
    kind: 'guarantee',
    public: true,
    stateAid: draw.stateAid,
    sgei: draw.sgei,
    guarantee: { backs, share: draw.share, termYears: draw.termYears },
  };
  if (draw.budget !== undefined) g.budgetPerYear = draw.budget;
  if (draw.maxPerPlan !== undefined) g.maxPerPlan = draw.maxPerPlan;
  if (draw.maxShareOfPlan !== undefined) g.maxShareOfPlan = draw.maxShareOfPlan;
  if (draw.sectors !== undefined) g.eligible = { sectors: draw.sectors };
  return g;
}

function withRevenue(p: PlanJson, draw: RevenueDraw): PlanJson {
  const years = Array.from({ length: p.years }, (_, k) => p.startYear + k);
  if (draw.mode === 'none') return { ...p, revenues: {} };
  if (draw.mode === 'later')
    return { ...p, revenues: Object.fromEntries(years.slice(1).map((y) => [String(y), draw.steady])) };
  if (draw.mode === 'drawn')
    return { ...p, revenues: Object.fromEntries(years.map((y, j) => [String(y), draw.amounts[j] ?? 0])) };
  const costOf = (y: number) => p.costs.reduce((s, c) => s + (c.amounts[String(y)] ?? 0), 0);
  return { ...p, revenues: Object.fromEntries(years.map((y) => [String(y), costOf(y) + draw.extra])) };
}

/** A small valid workspace exercising the issue-13 rules, and a request blending some of its plans. */
export const lenderCaseArb: fc.Arbitrary<BlendCase> = fc
  .record({
    coops: fc.array(lenderCoopArb, { minLength: 1, maxLength: 2 }),
    streams: fc.array(lenderStreamArb, { minLength: 2, maxLength: 5 }),
    guarantees: fc.array(guaranteeArb, { minLength: 1, maxLength: 2 }),
    plans: fc.array(fc.record({ base: planArb, revenue: revenueModeArb }), { minLength: 1, maxLength: 2 }),
    settings: lenderSettingsArb,
    blendBoth: fc.boolean(),
  })
  .map((draw) => {
    const cooperatives: CooperativeJson[] = draw.coops.map((c, i) => ({
      ...coopJson(c.base, i),
      sgei: c.sgei,
      priorStateAid: c.base.prior.map((a, k) => ({ ...a, sgei: c.priorSgei[k] ?? false })),
    }));
    const paying = draw.streams.map(lenderStream);
    const loans = paying.filter((s) => s.kind === 'loan').map((s) => s.id);
    const guarantees = draw.guarantees
      .map((g, i) => guaranteeJson(g, i, loans))
      .filter((g): g is FundingStreamJson => g !== undefined);
    // Locks only on paying streams: the format refuses a lock on a guarantee.
    // Two to four years: repayments then come back while the plan still draws.
    const plans = draw.plans.map((p, i) =>
      withRevenue(planJson({ ...p.base, years: 2 + (p.base.years % 3) }, i, cooperatives, paying), p.revenue),
    );
    const s = draw.settings;
    const settings: SettingsJson = {
      startYear: FIRST_YEAR,
      minDscr: s.minDscr,
      deMinimis: {
        ceiling: s.ceiling,
        periodYears: s.periodYears,
        sgeiCeiling: s.sgeiCeiling,
        referenceRate: s.referenceRate,
        discountRate: s.discountRate,
      },
    };
    const json: WorkspaceJson = {
      format: 'coopfolio-workspace',
      version: 3,
      settings,
      cooperatives,
      fundingStreams: [...paying, ...guarantees],
      plans,
    };
    const request: BlendRequest = { planIds: draw.blendBoth ? plans.map((p) => p.id) : [plans[0]!.id] };
    return { json, workspace: parsed(json), request };
  });
