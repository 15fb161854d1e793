/**
 * The expected funded share beside the chance of full funding: the mean over the Monte
 * Carlo draws of the share of a plan's cost covered (capped at 1). A plan that misses full
 * funding by one small uncertain award has a chance near 0 % and an expected share near
 * 99 %: both are shown so the first does not mislead.
 */
import { describe, expect, it } from 'vitest';
import { runMonteCarlo, type KernelModel, type MonteCarloInput } from '../../src/impact';
import { runScenario } from '../../src/impact';
import { loadDemoWorkspace } from '../../src/data';

/** One plan per entry: its cost and its awards (cents, probability); no impact lines. */
function awardsModel(plans: { cost: number; awards: [number, number][] }[], seed = 11): MonteCarloInput {
  const pairs = plans.flatMap((p, i) => p.awards.map(([amount, chance]) => ({ plan: i, amount, chance })));
  const kernel: KernelModel = {
    seed,
    years: 1,
    series: 0,
    plans: plans.length,
    base: new Float64Array(0),
    totalCost: Float64Array.from(plans, (p) => p.cost),
    pairPlan: Int32Array.from(pairs, (a) => a.plan),
    pairAmount: Float64Array.from(pairs, (a) => a.amount),
    pairProbability: Float64Array.from(pairs, (a) => a.chance),
    linePlan: new Int32Array(0),
    lineSeries: new Int32Array(0),
    lineFirst: new Int32Array(0),
    lineEnd: new Int32Array(0),
    lineLow: new Float64Array(0),
    lineHigh: new Float64Array(0),
    coef: new Float64Array(0),
  };
  return { kernel, years: [2026], planIds: plans.map((_, i) => `plan-${i}`), seriesIndicatorIds: [] };
}

describe('expected funded share in the Monte Carlo result', () => {
  it('is the mean covered share: near 98.9 % where the chance of full funding is 0 %', async () => {
    const input = awardsModel([
      // A certain 98.9 % and an award for the last 1.1 % that never comes.
      {
        cost: 1_000_000,
        awards: [
          [989_000, 1],
          [11_000, 0],
        ],
      },
      // Half the cost for certain, the other half with chance 0.4: expected 0.5 + 0.2.
      {
        cost: 200_000,
        awards: [
          [100_000, 1],
          [100_000, 0.4],
        ],
      },
      // No cost: fully funded in every draw.
      { cost: 0, awards: [] },
      // Over-allocated (locks): the share is capped at 1, never above.
      { cost: 100_000, awards: [[150_000, 1]] },
    ]);
    const result = await runMonteCarlo(input, { draws: 20_000, workers: 0 });
    expect(result.fullyFunded.get('plan-0')).toBe(0);
    expect(result.expectedFundedShare.get('plan-0')).toBeCloseTo(0.989, 6);
    expect(result.fullyFunded.get('plan-1')).toBeCloseTo(0.4, 1);
    expect(result.expectedFundedShare.get('plan-1')).toBeCloseTo(0.7, 2);
    expect(result.expectedFundedShare.get('plan-2')).toBe(1);
    expect(result.expectedFundedShare.get('plan-3')).toBe(1);
  });

  it('is identical in this thread and over 1, 2 or 3 workers (exact integer sums)', async () => {
    const input = awardsModel(
      Array.from({ length: 6 }, (_, p) => ({
        cost: 333_333 + p,
        awards: [
          [111_111, 0.3 + 0.1 * p],
          [222_222 + p, 0.9 - 0.1 * p],
        ] as [number, number][],
      })),
      99,
    );
    const inThread = await runMonteCarlo(input, { draws: 777, workers: 0 });
    for (const workers of [1, 2, 3]) {
      const split = await runMonteCarlo(input, { draws: 777, workers });
      expect([...split.expectedFundedShare]).toEqual([...inThread.expectedFundedShare]);
    }
  });

  it('reaches the scenario run beside the chance, and never exceeds the blended share', async () => {
    const run = await runScenario(loadDemoWorkspace(), 'basis', { draws: 400, workers: 0 });
    expect(run.plans.length).toBeGreaterThan(0);
    for (const plan of run.plans) {
      expect(plan.expectedFundedShare).toBeGreaterThanOrEqual(0);
      // A draw only loses awards the blend counted on: its share is at most the blend's.
      expect(plan.expectedFundedShare).toBeLessThanOrEqual(plan.fundedShare + 1e-7);
      // Fully funded in a share p of the draws means an expected share of at least p.
      expect(plan.expectedFundedShare).toBeGreaterThanOrEqual(plan.probabilityFullyFunded - 1e-7);
    }
    // The demo has plans whose chance understates how much of them is funded.
    expect(run.plans.some((p) => p.expectedFundedShare - p.probabilityFullyFunded > 0.2)).toBe(true);
  });
});
