import { describe, expect, it } from 'vitest';
import { kernelLoop, monteCarloInstance, monteCarloWorkspace } from '../../bench/workloads/montecarlo';
import { buildMonteCarloInput, runMonteCarlo } from '../../src/impact';
import { DIMENSIONS } from '../../src/model/doughnut';
import { bits } from './builders';

describe('the Monte Carlo benchmark workloads', () => {
  it('generate 200 plans with one impact line per dimension, the same every time', () => {
    const workspace = monteCarloWorkspace();
    expect(workspace.plans).toHaveLength(200);
    expect(workspace.indicators.map((i) => i.dimension)).toEqual([...DIMENSIONS]);
    expect(workspace.plans.every((p) => p.impacts.length === 21)).toBe(true);
    expect(workspace.settings.horizonYears).toBe(10);
    expect(monteCarloWorkspace().plans[7]).toEqual(workspace.plans[7]);
  });

  it('have a bare kernel loop that computes exactly what the engine computes', async () => {
    const { workspace, overlay, blended, seed } = await monteCarloInstance(12);
    const input = buildMonteCarloInput(workspace, overlay, blended, seed);
    expect(input.kernel.pairPlan.length).toBeGreaterThan(0);
    expect(input.kernel.linePlan.length).toBe(12 * 21);
    const bare = kernelLoop(input, 300);
    for (const workers of [0, 2]) {
      const engine = await runMonteCarlo(input, { draws: 300, workers });
      const cells = input.seriesIndicatorIds.flatMap((id) => {
        const band = engine.percentiles.get(id)!;
        return input.years.map((_, k) => [band.p10[k], band.p50[k], band.p90[k]]);
      });
      expect(bits(cells)).toEqual(bits(bare.percentiles));
      expect([...engine.fullyFunded.values()]).toEqual(Array.from(bare.fullyFunded, (n) => n / 300));
    }
  });
});
