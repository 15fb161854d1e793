// Deterministic blend workloads of spec section 11: `blend-plan` (one plan, 12 cost lines
// x 5 years, 30 candidate streams) and `blend-portfolio` (200 plans, about 80
// cooperatives, 30 streams, 10 years), plus smaller portfolios for scaling curves.
// Every instance is built as workspace JSON and parsed, so it is valid by the format.
import type { BlendRequest } from '../../src/finance/blend/types';
import { SECTORS, STAGES, type CooperativeJson } from '../../src/model/cooperative';
import { parseWorkspace } from '../../src/model/parse';
import type { PlanJson } from '../../src/model/plan';
import { COST_CATEGORIES, type FundingStreamJson, type StreamKind } from '../../src/model/stream';
import type { Workspace, WorkspaceJson } from '../../src/model/workspace';
import { Rng } from './prng';

export interface BlendWorkload {
  workspace: Workspace;
  request: BlendRequest;
}

const FIRST_YEAR = 2026;
const HORIZON = 10;
const LAST_YEAR = FIRST_YEAR + HORIZON - 1;
const STREAM_COUNT = 30;

/**
 * 12 grants, 5 loans, 4 equity, 4 procurement, 5 in-kind: the silos a municipality sees.
 * Shared with blend-portfolio-hard.
 */
export function kindOf(i: number): StreamKind {
  if (i < 12) return 'grant';
  if (i < 17) return 'loan';
  if (i < 21) return 'equity';
  if (i < 25) return 'procurement';
  return 'in-kind';
}

interface StreamScale {
  /** Plans competing for the budgets: budgets grow with them, some stay tight. */
  plans: number;
}

function budgetOf(rng: Rng, i: number, scale: StreamScale): FundingStreamJson['budgetPerYear'] {
  const kind = kindOf(i);
  if ((kind === 'loan' || kind === 'equity') && rng.chance(0.5)) return undefined;
  // Every third stream is tight: about 3k per competing plan and year, far below demand.
  const perPlan = i % 3 === 0 ? rng.euros(1000, 5000, 500) : rng.euros(5000, 30000, 1000);
  const level = scale.plans === 1 ? rng.euros(40000, 400000, 1000) : perPlan * scale.plans;
  if (!rng.chance(0.2)) return level;
  const schedule: Record<string, number> = {};
  for (let y = FIRST_YEAR; y <= LAST_YEAR; y++)
    schedule[String(y)] = rng.chance(0.15) ? 0 : rng.euros(level / 2, level * 1.5, 1000);
  return schedule;
}

function streamJson(rng: Rng, i: number, scale: StreamScale): FundingStreamJson {
  const kind = kindOf(i);
  const isPublic =
    kind === 'grant' ||
    kind === 'procurement' ||
    (kind === 'in-kind' && rng.chance(0.7)) ||
    (kind === 'loan' && i === 12);
  const s: FundingStreamJson = {
    id: `stream-${i}`,
    name: `Stream ${i} (${kind})`,
    silo: `silo-${i % 9}`,
    kind,
    public: isPublic,
  };
  // Some public money counts as state aid, each such stream for a few sectors: de minimis
  // binds for the cooperatives that lean on it, not for every one.
  s.stateAid = isPublic && kind !== 'procurement' && rng.chance(0.4);
  s.awardProbability = rng.int(5, 10) / 10;
  // Four generalist streams take any category; the rest fit one to three of the six.
  const eligible: NonNullable<FundingStreamJson['eligible']> = {};
  if (i % 8 !== 7) eligible.categories = rng.some(COST_CATEGORIES, rng.int(1, 3));
  if (s.stateAid || rng.chance(0.3)) eligible.sectors = rng.some(SECTORS, rng.int(2, s.stateAid ? 3 : 5));
  if (rng.chance(0.25)) eligible.stages = rng.some(STAGES, rng.int(2, 3));
  if (Object.keys(eligible).length > 0) s.eligible = eligible;
  if (rng.chance(0.3)) {
    const first = FIRST_YEAR + rng.int(0, 3);
    s.years = [first, Math.min(LAST_YEAR, first + rng.int(2, 6))];
  }
  const budget = budgetOf(rng, i, scale);
  if (budget !== undefined) s.budgetPerYear = budget;
  if (rng.chance(0.7)) s.maxPerPlan = rng.euros(20000, 250000, 1000);
  if (rng.chance(0.4)) s.maxShareOfPlan = rng.int(20, 80) / 100;
  if (rng.chance(0.35)) s.minAward = Math.min(rng.euros(5000, 25000, 1000), s.maxPerPlan ?? Infinity);
  if (isPublic && rng.chance(0.3)) s.matching = rng.pick([0.5, 1, 2]);
  if (kind === 'loan')
    s.loan = { rate: rng.int(2, 10) / 200, termYears: rng.int(5, 15), graceYears: rng.int(0, 2) };
  return s;
}

function streamsJson(rng: Rng, scale: StreamScale): FundingStreamJson[] {
  return Array.from({ length: STREAM_COUNT }, (_, i) => streamJson(rng, i, scale));
}

interface PlanShape {
  id: string;
  cooperativeId: string;
  startYear: number;
  years: number;
  lines: number;
  /** Every line has a cost in every year (the blend-plan workload), else 80% of them. */
  dense: boolean;
  revenues: boolean;
}

function planJson(rng: Rng, shape: PlanShape): PlanJson {
  const years = Array.from({ length: shape.years }, (_, k) => shape.startYear + k);
  const costs = Array.from({ length: shape.lines }, (_, k) => {
    const amounts: Record<string, number> = {};
    for (const y of years)
      if (shape.dense || rng.chance(0.8)) amounts[String(y)] = rng.euros(5000, 150000, 500);
    return { id: `line-${k}`, category: rng.pick(COST_CATEGORIES), label: `Cost line ${k}`, amounts };
  });
  const p: PlanJson = {
    id: shape.id,
    cooperativeId: shape.cooperativeId,
    name: `Plan ${shape.id}`,
    startYear: shape.startYear,
    years: shape.years,
    costs,
  };
  if (shape.revenues) p.revenues = growingRevenues(years, rng.euros(20000, 80000, 1000));
  return p;
}

/** Revenues that start at `base` and grow by a tenth of it each year. Shared with blend-portfolio-hard. */
export function growingRevenues(years: readonly number[], base: number): Record<string, number> {
  return Object.fromEntries(years.map((y, k) => [String(y), Math.round(base * (1 + 0.1 * k))]));
}

/**
 * Cooperative `i` without prior state aid. Shared with blend-portfolio-hard; the draws
 * (sector, stage, members) stay in this order so every seed gives the same workspace.
 */
export function cooperativeBase(rng: Rng, i: number): CooperativeJson {
  return {
    id: `coop-${i}`,
    name: `Cooperative ${i}`,
    sector: rng.pick(SECTORS),
    legalForm: 'cooperatie-ua',
    stage: rng.pick(STAGES),
    members: rng.int(10, 2000),
  };
}

function cooperativeJson(rng: Rng, i: number, priorAid: boolean): CooperativeJson {
  const c = cooperativeBase(rng, i);
  if (priorAid) {
    // Large enough that the EUR 300,000 de minimis ceiling binds once the blend adds state aid.
    c.priorStateAid = [{ year: FIRST_YEAR - rng.int(0, 2), amount: rng.euros(120000, 280000, 1000) }];
  }
  return c;
}

function parsedWorkload(json: WorkspaceJson, planIds: string[]): BlendWorkload {
  const result = parseWorkspace(json);
  if (!result.ok) {
    throw new Error(
      `generated workspace is invalid: ${result.issues.map((i) => `${i.pathText}: ${i.message}`).join('; ')}`,
    );
  }
  return { workspace: result.value, request: { planIds } };
}

function workspaceJson(
  cooperatives: CooperativeJson[],
  fundingStreams: FundingStreamJson[],
  plans: PlanJson[],
): WorkspaceJson {
  return {
    format: 'coopfolio-workspace',
    version: 3,
    settings: { municipality: 'Benchmarkstad', startYear: FIRST_YEAR, horizonYears: HORIZON },
    cooperatives,
    fundingStreams,
    plans,
  };
}

/** `blend-plan`: one cooperative, one plan of 12 cost lines x 5 years, 30 candidate streams. */
export function blendPlanInstance(seed = 20260101): BlendWorkload {
  const rng = new Rng(seed);
  const coop = cooperativeJson(rng, 0, true);
  const streams = streamsJson(rng, { plans: 1 });
  const shape = {
    id: 'plan-0',
    cooperativeId: coop.id,
    startYear: FIRST_YEAR,
    years: 5,
    lines: 12,
    dense: true,
    revenues: true,
  };
  return parsedWorkload(workspaceJson([coop], streams, [planJson(rng, shape)]), [shape.id]);
}

/** A portfolio of `plans` plans (3-6 years within the 10-year horizon) over 0.4 x as many cooperatives. */
export function smallPortfolioInstance(plans: number, seed = 20260202): BlendWorkload {
  const rng = new Rng(seed);
  const coopCount = Math.max(1, Math.round(plans * 0.4));
  const cooperatives = Array.from({ length: coopCount }, (_, i) => cooperativeJson(rng, i, rng.chance(0.3)));
  const streams = streamsJson(rng, { plans });
  const planList = Array.from({ length: plans }, (_, i) => {
    const years = rng.int(3, 6);
    const shape: PlanShape = {
      id: `plan-${i}`,
      cooperativeId: `coop-${i % coopCount}`,
      startYear: FIRST_YEAR + rng.int(0, HORIZON - years),
      years,
      lines: rng.int(3, 6),
      dense: false,
      revenues: rng.chance(0.25),
    };
    return planJson(rng, shape);
  });
  return parsedWorkload(
    workspaceJson(cooperatives, streams, planList),
    planList.map((p) => p.id),
  );
}

/** `blend-portfolio`: 200 plans, 80 cooperatives, 30 streams, 10 years. */
export function blendPortfolioInstance(seed = 20260202): BlendWorkload {
  return smallPortfolioInstance(200, seed);
}
