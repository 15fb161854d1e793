// fast-check arbitraries for small, valid blend instances: every kind of paying stream
// and limit, shared budgets, prior state aid, loans against revenue, a locked amount now
// and then. Small enough that the direct MIP solves each in well under a second. The
// issue-13 rules (guarantees, revolving funds, SGEI, GGE) have their own arbitrary in
// peer-arbitraries.ts, built from the pieces exported here.
import fc from 'fast-check';
import type { BlendRequest } from '../../../src/finance/blend/types';
import type { CooperativeJson, Sector, Stage } from '../../../src/model/cooperative';
import { STAGES } from '../../../src/model/cooperative';
import type { PlanJson } from '../../../src/model/plan';
import type { SettingsJson } from '../../../src/model/settings';
import {
  COST_CATEGORIES,
  PAYING_KINDS,
  type CostCategory,
  type FundingStreamJson,
} from '../../../src/model/stream';
import type { Workspace, WorkspaceJson } from '../../../src/model/workspace';
import { parsed } from './fixtures';

export interface BlendCase {
  json: WorkspaceJson;
  workspace: Workspace;
  request: BlendRequest;
}

export const FIRST_YEAR = 2026;
// A few sectors only, so that sector lists on streams hit the cooperatives often.
export const SECTORS: readonly Sector[] = ['energy', 'care', 'food'];

export const money = (step: number, maxSteps: number, minSteps = 1) =>
  fc.integer({ min: minSteps, max: maxSteps }).map((n) => n * step);
export const yearIn = (first: number, last: number) => fc.integer({ min: first, max: last });
/** `arb` one time in `outOf`, else absent: limits that are always present leave little to blend. */
export const sometimes = <T>(arb: fc.Arbitrary<T>, outOf: number) =>
  fc.oneof({ arbitrary: fc.constant(undefined), weight: outOf - 1 }, { arbitrary: arb, weight: 1 });

export const cooperativeArb = fc.record({
  sector: fc.constantFrom(...SECTORS),
  stage: fc.constantFrom(...STAGES),
  prior: fc.array(fc.record({ year: yearIn(FIRST_YEAR - 3, FIRST_YEAR + 2), amount: money(1000, 100) }), {
    maxLength: 2,
  }),
});

// A budget for every year the plans can use; a zero now and then so that budgets bind.
const scheduleArb = fc
  .array(fc.oneof({ arbitrary: fc.constant(0), weight: 1 }, { arbitrary: money(1000, 300), weight: 4 }), {
    minLength: 7,
    maxLength: 7,
  })
  .map((amounts) => Object.fromEntries(amounts.map((a, i) => [String(FIRST_YEAR + i), a])));

export const streamArb = fc.record({
  kind: fc.constantFrom(...PAYING_KINDS),
  public: fc.boolean(),
  stateAid: fc.boolean(),
  years: sometimes(
    fc
      .tuple(yearIn(FIRST_YEAR - 1, FIRST_YEAR + 3), fc.integer({ min: 0, max: 5 }))
      .map(([a, n]) => [a, a + n]),
    3,
  ),
  budget: fc.oneof(fc.constant(undefined), money(1000, 300, 0), scheduleArb),
  maxPerPlan: sometimes(money(1000, 300, 5), 2),
  maxShareOfPlan: sometimes(
    fc.integer({ min: 0, max: 100 }).map((n) => n / 100),
    2,
  ),
  minAward: sometimes(money(1000, 60), 2),
  matching: sometimes(fc.constantFrom(0, 0.5, 1, 1.5, 3), 3),
  awardProbability: fc.integer({ min: 1, max: 10 }).map((n) => n / 10),
  sectors: sometimes(fc.subarray([...SECTORS], { minLength: 1 }), 3),
  categories: sometimes(fc.subarray([...COST_CATEGORIES], { minLength: 1 }), 3),
  stages: sometimes(fc.subarray([...STAGES], { minLength: 1 }), 3),
  loan: fc.record({
    rate: fc.constantFrom(0, 0.01, 0.025, 0.05, 0.08),
    termYears: fc.integer({ min: 1, max: 15 }),
    graceYears: fc.integer({ min: 0, max: 3 }),
  }),
});

const costLineArb = fc.record({
  category: fc.constantFrom(...COST_CATEGORIES),
  // One entry per plan year; 0 leaves that year out.
  amounts: fc.array(
    fc.oneof({ arbitrary: fc.constant(0), weight: 1 }, { arbitrary: money(500, 400), weight: 3 }),
    {
      minLength: 4,
      maxLength: 4,
    },
  ),
});

export const planArb = fc.record({
  coop: fc.nat(),
  start: yearIn(FIRST_YEAR, FIRST_YEAR + 2),
  years: fc.integer({ min: 1, max: 4 }),
  costs: fc.array(costLineArb, { minLength: 1, maxLength: 4 }),
  revenues: fc.option(fc.array(fc.oneof(fc.constant(0), money(1000, 60)), { minLength: 4, maxLength: 4 }), {
    nil: undefined,
  }),
  // About one plan in five locks an amount: enough to exercise rule 8 without most cases being about locks.
  lock: fc.oneof(
    { arbitrary: fc.constant(undefined), weight: 4 },
    {
      arbitrary: fc.record({
        stream: fc.nat(),
        cost: fc.nat(),
        year: fc.nat(),
        eighths: fc.integer({ min: 1, max: 4 }),
      }),
      weight: 1,
    },
  ),
});

const settingsArb = fc.record({
  minDscr: fc.constantFrom(1, 1.2, 1.5),
  deMinimis: fc.option(fc.record({ ceiling: money(5000, 30), periodYears: fc.integer({ min: 1, max: 3 }) }), {
    nil: undefined,
  }),
});

export type StreamDraw = typeof streamArb extends fc.Arbitrary<infer T> ? T : never;
export type PlanDraw = typeof planArb extends fc.Arbitrary<infer T> ? T : never;
export type CoopDraw = typeof cooperativeArb extends fc.Arbitrary<infer T> ? T : never;

export function streamJson(draw: StreamDraw, i: number): FundingStreamJson {
  const s: FundingStreamJson = {
    id: `s${i}`,
    name: `Stream ${i}`,
    silo: `silo-${i % 3}`,
    kind: draw.kind,
    public: draw.public,
  };
  s.stateAid = draw.stateAid;
  s.awardProbability = draw.awardProbability;
  if (draw.years !== undefined) s.years = [draw.years[0] ?? FIRST_YEAR, draw.years[1] ?? FIRST_YEAR];
  if (draw.budget !== undefined) s.budgetPerYear = draw.budget;
  if (draw.maxPerPlan !== undefined) s.maxPerPlan = draw.maxPerPlan;
  if (draw.maxShareOfPlan !== undefined) s.maxShareOfPlan = draw.maxShareOfPlan;
  // The format refuses a minimum award above the maximum per plan.
  if (draw.minAward !== undefined) s.minAward = Math.min(draw.minAward, draw.maxPerPlan ?? Infinity);
  if (draw.matching !== undefined) s.matching = draw.matching;
  const eligible: NonNullable<FundingStreamJson['eligible']> = {};
  if (draw.sectors !== undefined) eligible.sectors = draw.sectors;
  if (draw.categories !== undefined) eligible.categories = draw.categories;
  if (draw.stages !== undefined) eligible.stages = draw.stages;
  if (Object.keys(eligible).length > 0) s.eligible = eligible;
  if (draw.kind === 'loan') s.loan = draw.loan;
  return s;
}

function eligibleJson(
  s: FundingStreamJson,
  c: CooperativeJson,
  category: CostCategory,
  year: number,
): boolean {
  const e = s.eligible;
  if (e?.categories !== undefined && !e.categories.includes(category)) return false;
  if (e?.sectors !== undefined && !e.sectors.includes(c.sector as Sector)) return false;
  if (e?.stages !== undefined && !e.stages.includes(c.stage as Stage)) return false;
  return s.years === undefined || (year >= s.years[0] && year <= s.years[1]);
}

export function planJson(
  draw: PlanDraw,
  i: number,
  coops: CooperativeJson[],
  streams: FundingStreamJson[],
): PlanJson {
  const coop = coops[draw.coop % coops.length] ?? coops[0]!;
  const years = Array.from({ length: draw.years }, (_, k) => draw.start + k);
  const costs = draw.costs.map((line, k) => ({
    id: `c${k}`,
    category: line.category,
    label: `Line ${k}`,
    amounts: Object.fromEntries(
      years.map((y, j) => [String(y), line.amounts[j] ?? 0] as const).filter(([, a]) => a > 0),
    ),
  }));
  const p: PlanJson = {
    id: `p${i}`,
    cooperativeId: coop.id,
    name: `Plan ${i}`,
    startYear: draw.start,
    years: draw.years,
    costs,
  };
  if (draw.revenues !== undefined) {
    p.revenues = Object.fromEntries(years.map((y, j) => [String(y), draw.revenues?.[j] ?? 0]));
  }
  const lock = draw.lock;
  if (lock !== undefined) {
    // Walk from the drawn position to the first eligible (stream, cost, year) with a cost.
    const tries = streams.length * costs.length * years.length;
    for (let t = 0; t < tries; t++) {
      const s = streams[(lock.stream + t) % streams.length]!;
      const cost = costs[(lock.cost + Math.floor(t / streams.length)) % costs.length]!;
      const year = years[(lock.year + t) % years.length]!;
      const amount = cost.amounts[String(year)] ?? 0;
      if (amount <= 0 || !eligibleJson(s, coop, cost.category, year)) continue;
      p.locked = [
        {
          streamId: s.id,
          costId: cost.id,
          year,
          amount: Math.max(500, Math.round((amount * lock.eighths) / 8 / 500) * 500),
        },
      ];
      break;
    }
  }
  return p;
}

export function coopJson(draw: CoopDraw, i: number): CooperativeJson {
  return {
    id: `coop${i}`,
    name: `Coop ${i}`,
    sector: draw.sector,
    legalForm: 'cooperatie-ua',
    stage: draw.stage,
    members: 10,
    priorStateAid: draw.prior,
  };
}

/** A small valid workspace and a request blending some of its plans. */
export const blendCaseArb: fc.Arbitrary<BlendCase> = fc
  .record({
    coops: fc.array(cooperativeArb, { minLength: 1, maxLength: 3 }),
    streams: fc.array(streamArb, { minLength: 2, maxLength: 6 }),
    plans: fc.array(planArb, { minLength: 1, maxLength: 3 }),
    settings: settingsArb,
    blended: fc.array(fc.boolean(), { minLength: 3, maxLength: 3 }),
    factors: fc.option(fc.array(fc.constantFrom(0.5, 0.8, 1, 1.1, 1.25, 2), { minLength: 6, maxLength: 6 }), {
      nil: undefined,
    }),
  })
  .map((draw) => {
    const cooperatives = draw.coops.map(coopJson);
    const fundingStreams = draw.streams.map(streamJson);
    const plans = draw.plans.map((p, i) => planJson(p, i, cooperatives, fundingStreams));
    const settings: SettingsJson = { startYear: FIRST_YEAR, minDscr: draw.settings.minDscr };
    if (draw.settings.deMinimis !== undefined) settings.deMinimis = draw.settings.deMinimis;
    const json: WorkspaceJson = {
      format: 'coopfolio-workspace',
      version: 3,
      settings,
      cooperatives,
      fundingStreams,
      plans,
    };
    const chosen = plans.filter((_, i) => draw.blended[i] === true).map((p) => p.id);
    const request: BlendRequest = { planIds: chosen.length > 0 ? chosen : [plans[0]!.id] };
    if (draw.factors !== undefined) {
      const factors = draw.factors;
      request.streamFactors = Object.fromEntries(fundingStreams.map((s, i) => [s.id, factors[i] ?? 1]));
    }
    return { json, workspace: parsed(json), request };
  });
