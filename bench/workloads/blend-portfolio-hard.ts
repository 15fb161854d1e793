// `blend-portfolio-hard` (issue 18): portfolios whose minimum awards made the exact search
// slow. Every plan has five cost lines over ten years; of 30 streams about a quarter
// have a minimum award and a fifth require matching; every stream caps its share of a
// plan at half; budgets grow with the number of plans. Variants: `locks` (a tenth of the
// plans lock amounts, some below the stream's minimum award) and `deminimis` (five plans
// per cooperative, most public money state aid, prior aid near the ceiling).
// Deterministic: the same plans, variant and seed give the same workspace.
import { blend } from '../../src/finance/blend';
import type { BlendRequest, BlendResult } from '../../src/finance/blend/types';
import { SECTORS, type CooperativeJson } from '../../src/model/cooperative';
import { parseWorkspace } from '../../src/model/parse';
import type { PlanJson } from '../../src/model/plan';
import { COST_CATEGORIES, type FundingStreamJson } from '../../src/model/stream';
import type { Workspace, WorkspaceJson } from '../../src/model/workspace';
import type { Workload } from '../harness';
import { cooperativeBase, growingRevenues, kindOf } from './blend';
import { Rng } from './prng';

export type HardVariant = 'base' | 'locks' | 'deminimis';
export const HARD_VARIANTS: readonly HardVariant[] = ['base', 'locks', 'deminimis'];

export interface HardWorkload {
  workspace: Workspace;
  request: BlendRequest;
}

const FIRST_YEAR = 2026;
const HORIZON = 10;
const STREAM_COUNT = 30;
const LINES = 5;

/** Streams every plan may use for any cost: the ones the `locks` variant locks amounts on. */
const isGeneralist = (i: number) => i % 8 === 7;
/** A quarter of the streams: 1, 5, 9, ..., 29. */
const hasMinAward = (i: number) => i % 4 === 1;
/** A fifth: the public grants 0, 3, 6, 9 and procurement 21, 24. */
const requiresMatching = (i: number) => i === 0 || i === 3 || i === 6 || i === 9 || i === 21 || i === 24;

function streamJson(rng: Rng, i: number, plans: number, variant: HardVariant): FundingStreamJson {
  const kind = kindOf(i);
  const isPublic = kind === 'grant' || kind === 'procurement' || (kind === 'in-kind' && i % 2 === 0);
  const s: FundingStreamJson = {
    id: `stream-${i}`,
    name: `Stream ${i} (${kind})`,
    silo: `silo-${i % 9}`,
    kind,
    public: isPublic,
    maxShareOfPlan: 0.5,
  };
  const aidShare = variant === 'deminimis' ? 0.8 : 0.4;
  s.stateAid = isPublic && kind !== 'procurement' && rng.chance(aidShare);
  s.awardProbability = rng.int(5, 10) / 10;
  if (!isGeneralist(i)) {
    const eligible: NonNullable<FundingStreamJson['eligible']> = {
      categories: rng.some(COST_CATEGORIES, rng.int(2, 4)),
    };
    if (rng.chance(0.3)) eligible.sectors = rng.some(SECTORS, rng.int(3, 6));
    s.eligible = eligible;
  }
  // Budgets grow with the plans and together meet about half the demand; every third
  // stream is tight. Plans compete for them, so the awards interact.
  const perPlan = i % 3 === 0 ? rng.euros(1000, 4000, 500) : rng.euros(3000, 12000, 500);
  s.budgetPerYear = perPlan * plans;
  if (rng.chance(0.5)) s.maxPerPlan = rng.euros(60000, 300000, 1000);
  if (hasMinAward(i)) s.minAward = Math.min(rng.euros(10000, 40000, 1000), s.maxPerPlan ?? Infinity);
  if (requiresMatching(i)) s.matching = rng.pick([0.5, 1, 2]);
  if (kind === 'loan')
    s.loan = { rate: rng.int(2, 10) / 200, termYears: rng.int(5, 15), graceYears: rng.int(0, 2) };
  return s;
}

function planJson(rng: Rng, id: string, cooperativeId: string, lockOn: readonly number[]): PlanJson {
  const years = Array.from({ length: HORIZON }, (_, k) => FIRST_YEAR + k);
  const costs = Array.from({ length: LINES }, (_, k) => ({
    id: `line-${k}`,
    category: rng.pick(COST_CATEGORIES),
    label: `Cost line ${k}`,
    amounts: Object.fromEntries(years.map((y) => [String(y), rng.euros(5000, 120000, 500)])),
  }));
  const base = rng.euros(20000, 80000, 1000);
  const p: PlanJson = {
    id,
    cooperativeId,
    name: `Plan ${id}`,
    startYear: FIRST_YEAR,
    years: HORIZON,
    costs,
    revenues: growingRevenues(years, base),
  };
  if (lockOn.length > 0) {
    // A generalist stream may pay any line: a lock on it is valid, and one below the
    // stream's minimum award leaves the search to complete or keep it.
    p.locked = lockOn.map((streamIndex, k) => ({
      streamId: `stream-${streamIndex}`,
      costId: `line-${k % LINES}`,
      year: FIRST_YEAR + rng.int(0, HORIZON - 1),
      amount: rng.euros(3000, 15000, 500),
    }));
  }
  return p;
}

function cooperativeJson(rng: Rng, i: number, variant: HardVariant): CooperativeJson {
  const c = cooperativeBase(rng, i);
  const priorAid = variant === 'deminimis' ? rng.chance(0.8) : rng.chance(0.2);
  if (priorAid) {
    const low = variant === 'deminimis' ? 180000 : 100000;
    c.priorStateAid = [{ year: FIRST_YEAR - rng.int(0, 2), amount: rng.euros(low, 280000, 1000) }];
  }
  return c;
}

/** The hard portfolio of `plans` plans in `variant`, all plans blended together. */
export function blendPortfolioHardInstance(
  plans: number,
  variant: HardVariant = 'base',
  seed = 20261208,
): HardWorkload {
  const rng = new Rng(seed + plans);
  const plansPerCooperative = variant === 'deminimis' ? 5 : 2.5;
  const coopCount = Math.max(1, Math.round(plans / plansPerCooperative));
  const cooperatives = Array.from({ length: coopCount }, (_, i) => cooperativeJson(rng, i, variant));
  const streams = Array.from({ length: STREAM_COUNT }, (_, i) => streamJson(rng, i, plans, variant));
  const generalists = streams.map((_, i) => i).filter(isGeneralist);
  const planList = Array.from({ length: plans }, (_, i) => {
    const locks =
      variant === 'locks' && i % 10 === 0 ? rng.some(generalists, rng.int(1, 2)) : ([] as number[]);
    return planJson(rng, `plan-${i}`, `coop-${i % coopCount}`, locks);
  });
  const json: WorkspaceJson = {
    format: 'coopfolio-workspace',
    version: 3,
    settings: { municipality: 'Benchmarkstad', startYear: FIRST_YEAR, horizonYears: HORIZON },
    cooperatives,
    fundingStreams: streams,
    plans: planList,
  };
  const result = parseWorkspace(json);
  if (!result.ok) {
    throw new Error(
      `generated workspace is invalid: ${result.issues.map((i) => `${i.pathText}: ${i.message}`).join('; ')}`,
    );
  }
  return { workspace: result.value, request: { planIds: planList.map((p) => p.id) } };
}

/** The proven distance of a blend: bound less covered, in euros and as a share of the total cost. */
export function distanceOf(result: BlendResult) {
  const covered = result.totalCost - result.gap;
  const distance = result.bound - covered;
  return {
    total_cost_eur: result.totalCost / 100,
    covered_eur: covered / 100,
    bound_eur: result.bound / 100,
    distance_eur: distance / 100,
    distance_pct: result.totalCost === 0 ? 0 : (100 * distance) / result.totalCost,
  };
}

function hardWorkload(plans: number, variant: HardVariant): Workload {
  const suffix = variant === 'base' ? '' : `-${variant}`;
  return {
    name: `blend-portfolio-hard${suffix}-${plans}`,
    // Large portfolios take seconds each: one timed run (no warm-up) from 500 plans on.
    runs: plans >= 500 ? 1 : 3,
    warmup: plans >= 500 ? 0 : 1,
    prepare: async () => {
      const { workspace, request } = blendPortfolioHardInstance(plans, variant);
      return () => blend(workspace, request);
    },
    details: (last) => distanceOf(last as BlendResult),
  };
}

/** `blend-portfolio-hard-N` for 50 to 1,000 plans, and the lock and de minimis variants at 200. */
export const HARD_WORKLOADS: Workload[] = [
  ...[50, 100, 200, 500, 1000].map((plans) => hardWorkload(plans, 'base')),
  hardWorkload(200, 'locks'),
  hardWorkload(200, 'deminimis'),
];
