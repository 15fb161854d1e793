// Monte Carlo workloads of spec section 11: `montecarlo` (10,000 draws x 200 plans x 10
// years x 21 dimensions, through src/impact with its worker threads) and
// `montecarlo-kernel` (a bare single-threaded typed-array loop doing the same arithmetic on
// the same arrays). The portfolio is blend-portfolio's 200 plans with one generated impact
// line per plan and dimension; its blend is prepared once, untimed, and shared.
import { blend } from '../../src/finance/blend';
import type { BlendResult } from '../../src/finance/blend/types';
import {
  buildMonteCarloInput,
  REPORTED_PERCENTILES,
  sortedPercentile,
  runMonteCarlo,
  scenarioOverlay,
  type MonteCarloInput,
  type ScenarioOverlay,
} from '../../src/impact';
import { DIMENSIONS, kindOfDimension } from '../../src/model/doughnut';
import { indicatorSchema } from '../../src/model/indicator';
import { impactLineSchema } from '../../src/model/plan';
import { scenarioSchema } from '../../src/model/scenario';
import type { Workspace } from '../../src/model/workspace';
import type { Workload } from '../harness';
import { smallPortfolioInstance } from './blend';
import { Rng } from './prng';

export const MONTE_CARLO_DRAWS = 10_000;
const SCENARIO_ID = 'all-plans';

/** `plans` plans of the blend portfolio generator, one indicator per dimension, one impact line per plan and dimension. */
export function monteCarloWorkspace(plans = 200, seed = 20260303): Workspace {
  const base = smallPortfolioInstance(plans).workspace;
  const rng = new Rng(seed);
  const first = base.settings.startYear;
  const indicators = DIMENSIONS.map((dimension) => {
    const kind = kindOfDimension(dimension);
    return indicatorSchema.parse({
      id: dimension,
      label: `Benchmark ${dimension}`,
      dimension,
      kind,
      unit: 'index',
      baseline: { year: first - rng.int(0, 2), value: rng.int(500, 1500) / 10 },
      threshold: 100,
      trend: (kind === 'floor' ? 1 : -1) * (rng.int(0, 20) / 1000),
      source: 'Generated benchmark data (illustrative).',
    });
  });
  const deflator = () => rng.pick([0, 0.1, 0.25, 0.5]);
  const withImpacts = base.plans.map((plan) => ({
    ...plan,
    impacts: DIMENSIONS.map((dimension) =>
      impactLineSchema.parse({
        indicatorId: dimension,
        start: plan.startYear + rng.int(0, 1),
        duration: rng.int(5, 20),
        output: (kindOfDimension(dimension) === 'floor' ? 1 : -1) * (rng.int(1, 100) / 1000),
        deadweight: deflator(),
        attribution: deflator(),
        displacement: deflator(),
        dropOff: rng.int(0, 5) / 100,
        uncertainty: { low: rng.int(3, 10) / 10, high: rng.int(10, 15) / 10 },
        evidence: rng.pick(['strong', 'moderate', 'weak'] as const),
      }),
    ),
  }));
  const scenario = scenarioSchema.parse({
    id: SCENARIO_ID,
    name: 'All plans',
    plans: withImpacts.map((p) => p.id),
    monteCarlo: { draws: MONTE_CARLO_DRAWS, seed: 42 },
  });
  return { ...base, plans: withImpacts, indicators, scenarios: [scenario] };
}

export interface MonteCarloInstance {
  workspace: Workspace;
  overlay: ScenarioOverlay;
  blended: BlendResult;
  seed: number;
}

export async function monteCarloInstance(plans = 200): Promise<MonteCarloInstance> {
  const workspace = monteCarloWorkspace(plans);
  const overlay = scenarioOverlay(workspace, SCENARIO_ID);
  const blended = await blend(workspace, overlay.blendRequest);
  return { workspace, overlay, blended, seed: overlay.scenario.monteCarlo.seed };
}

let shared: Promise<MonteCarloInstance> | null = null;
/** The 200-plan instance, blended once per process for both workloads. */
function sharedInstance(): Promise<MonteCarloInstance> {
  shared ??= monteCarloInstance();
  return shared;
}

/** The timed step of `montecarlo`: arrays from the blend, the draws in workers, the percentiles. */
export function monteCarloStep(instance: MonteCarloInstance, draws = MONTE_CARLO_DRAWS) {
  const { workspace, overlay, blended, seed } = instance;
  return runMonteCarlo(buildMonteCarloInput(workspace, overlay, blended, seed), { draws });
}

const mix32 = (x: number) => {
  x = Math.imul(x ^ (x >>> 16), 0x85ebca6b);
  x = Math.imul(x ^ (x >>> 13), 0xc2b2ae35);
  return (x ^ (x >>> 16)) >>> 0;
};

/**
 * The bare loop: one thread, one draw after the other, the generator state in local
 * variables, the same operations in the same order as the engine's kernel (so the results
 * are bit-identical, which a test checks), then percentiles by sorting each cell's values.
 */
export function kernelLoop(input: MonteCarloInput, draws = MONTE_CARLO_DRAWS) {
  const k = input.kernel;
  const Y = k.years;
  const cells = k.series * Y;
  const lines = k.linePlan.length;
  const pairs = k.pairPlan.length;
  const values = new Float64Array(cells * draws);
  const fullyFunded = new Int32Array(k.plans);
  const funded = new Float64Array(k.plans);
  const share = new Float64Array(k.plans);
  const acc = new Float64Array(cells);
  const modeAt = new Float64Array(lines);
  const below = new Float64Array(lines);
  const above = new Float64Array(lines);
  for (let l = 0; l < lines; l++) {
    const lo = k.lineLow[l]!;
    const hi = k.lineHigh[l]!;
    modeAt[l] = (1 - lo) / (hi - lo);
    below[l] = (hi - lo) * (1 - lo);
    above[l] = (hi - lo) * (hi - 1);
  }
  const unit = 2 ** -32;
  for (let d = 0; d < draws; d++) {
    const key = mix32(mix32((k.seed ^ 0xa511e9b3) >>> 0) ^ d);
    let s0 = mix32((key + 0x9e3779b9) >>> 0) | 0;
    let s1 = mix32((key + 2 * 0x9e3779b9) >>> 0) | 0;
    let s2 = mix32((key + 3 * 0x9e3779b9) >>> 0) | 0;
    let s3 = mix32((key + 4 * 0x9e3779b9) >>> 0) | 0;
    funded.fill(0);
    for (let i = 0; i < pairs; i++) {
      const p = k.pairProbability[i]!;
      if (p < 1) {
        const r = Math.imul(s1, 5);
        const u = (Math.imul((r << 7) | (r >>> 25), 9) >>> 0) * unit;
        const t = s1 << 9;
        s2 ^= s0;
        s3 ^= s1;
        s1 ^= s2;
        s0 ^= s3;
        s2 ^= t;
        s3 = (s3 << 11) | (s3 >>> 21);
        if (!(u < p)) continue;
      }
      funded[k.pairPlan[i]!] = funded[k.pairPlan[i]!]! + k.pairAmount[i]!;
    }
    for (let p = 0; p < k.plans; p++) {
      const cost = k.totalCost[p]!;
      share[p] = cost > 0 ? funded[p]! / cost : 1;
      if (funded[p]! >= cost) fullyFunded[p] = fullyFunded[p]! + 1;
    }
    acc.set(k.base);
    for (let l = 0; l < lines; l++) {
      const lo = k.lineLow[l]!;
      const hi = k.lineHigh[l]!;
      let m = 1;
      if (lo < hi) {
        const r = Math.imul(s1, 5);
        const u = (Math.imul((r << 7) | (r >>> 25), 9) >>> 0) * unit;
        const t = s1 << 9;
        s2 ^= s0;
        s3 ^= s1;
        s1 ^= s2;
        s0 ^= s3;
        s2 ^= t;
        s3 = (s3 << 11) | (s3 >>> 21);
        m = u < modeAt[l]! ? lo + Math.sqrt(u * below[l]!) : hi - Math.sqrt((1 - u) * above[l]!);
      }
      const f = share[k.linePlan[l]!]! * m;
      const row = k.lineSeries[l]! * Y;
      const at = l * Y;
      const end = k.lineEnd[l]!;
      for (let t = k.lineFirst[l]!; t < end; t++) acc[row + t] = acc[row + t]! + f * k.coef[at + t]!;
    }
    for (let c = 0; c < cells; c++) values[c * draws + d] = acc[c]!;
  }
  const percentiles: number[][] = [];
  for (let c = 0; c < cells; c++) {
    const sorted = values.subarray(c * draws, (c + 1) * draws).sort();
    percentiles.push(REPORTED_PERCENTILES.map((p) => sortedPercentile(sorted, p)));
  }
  return { percentiles, fullyFunded };
}

export const MONTE_CARLO_WORKLOADS: Workload[] = [
  {
    name: 'montecarlo',
    runs: 5,
    warmup: 1,
    prepare: async () => {
      const instance = await sharedInstance();
      return () => monteCarloStep(instance);
    },
  },
  {
    name: 'montecarlo-kernel',
    runs: 5,
    warmup: 1,
    prepare: async () => {
      const { workspace, overlay, blended, seed } = await sharedInstance();
      const input = buildMonteCarloInput(workspace, overlay, blended, seed);
      return () => kernelLoop(input);
    },
  },
];
