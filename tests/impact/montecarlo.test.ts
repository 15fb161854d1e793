import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  MonteCarloCancelledError,
  MonteCarloTooLargeError,
  nextUint32,
  nextUniform,
  percentilesInPlace,
  runMonteCarlo,
  seedState,
  sortedPercentile,
  triangular,
  type KernelModel,
  type MonteCarloInput,
} from '../../src/impact';
import { bits } from './builders';

/** A synthetic model: `plans` plans, each with one award and `linesPerPlan` lines over `series` indicators. */
function model(
  options: { seed?: number; plans?: number; linesPerPlan?: number; series?: number; years?: number } = {},
): MonteCarloInput {
  const { seed = 42, plans = 3, linesPerPlan = 2, series = 2, years = 4 } = options;
  const lines = plans * linesPerPlan;
  const kernel: KernelModel = {
    seed,
    years,
    series,
    plans,
    base: Float64Array.from({ length: series * years }, (_, i) => 100 + i),
    totalCost: Float64Array.from({ length: plans }, (_, p) => 100_000 * (p + 1)),
    // Plan p: one award covering all of its cost, with probability 0.3, 0.6, 0.9, ...
    pairPlan: Int32Array.from({ length: plans }, (_, p) => p),
    pairAmount: Float64Array.from({ length: plans }, (_, p) => 100_000 * (p + 1)),
    pairProbability: Float64Array.from({ length: plans }, (_, p) => Math.min(1, 0.3 * (p + 1))),
    linePlan: Int32Array.from({ length: lines }, (_, l) => Math.floor(l / linesPerPlan)),
    lineSeries: Int32Array.from({ length: lines }, (_, l) => l % series),
    lineFirst: Int32Array.from({ length: lines }, (_, l) => l % years),
    lineEnd: Int32Array.from({ length: lines }, () => years),
    lineLow: Float64Array.from({ length: lines }, (_, l) => 0.5 + 0.1 * (l % 3)),
    lineHigh: Float64Array.from({ length: lines }, (_, l) => 1.1 + 0.2 * (l % 2)),
    coef: Float64Array.from({ length: lines * years }, (_, i) => ((i % 7) - 3) * 1.5),
  };
  return {
    kernel,
    years: Array.from({ length: years }, (_, k) => 2026 + k),
    planIds: Array.from({ length: plans }, (_, p) => `plan-${p}`),
    seriesIndicatorIds: Array.from({ length: series }, (_, s) => `ind-${s}`),
  };
}

describe('random numbers', () => {
  it('xoshiro128** gives the reference outputs for the state [1, 2, 3, 4]', () => {
    // By hand (Blackman & Vigna's reference next()): rotl(2 x 5, 7) x 9 = 1280 x 9 = 11520,
    // state -> [7, 0, 1026, 12288]; then rotl(0 x 5, 7) x 9 = 0, state -> [12295, 1029, 1029,
    // 25165824]; then rotl(1029 x 5, 7) x 9 = 658560 x 9 = 5927040.
    const state = Uint32Array.from([1, 2, 3, 4]);
    expect([nextUint32(state), nextUint32(state)]).toEqual([11520, 0]);
    expect(Array.from(state)).toEqual([12295, 1029, 1029, 25165824]);
    expect(nextUint32(state)).toBe(5927040);
  });

  it('gives every draw its own stream: the same (seed, draw) the same numbers, others different', () => {
    const numbers = (seed: number, draw: number) => {
      const state = new Uint32Array(4);
      seedState(seed, draw, state);
      return Array.from({ length: 4 }, () => nextUniform(state));
    };
    expect(numbers(42, 7)).toEqual(numbers(42, 7));
    expect(numbers(42, 7)).not.toEqual(numbers(42, 8));
    expect(numbers(42, 7)).not.toEqual(numbers(43, 7));
    // Uniform on [0, 1): the mean of 100,000 numbers from 25,000 draws is close to 1/2.
    let sum = 0;
    for (let d = 0; d < 25_000; d++) for (const u of numbers(1, d)) sum += u;
    expect(sum / 100_000).toBeGreaterThan(0.497);
    expect(sum / 100_000).toBeLessThan(0.503);
  });

  it('samples triangular(low, 1, high) by its inverse CDF', () => {
    expect(triangular(0, 0.5, 1.5)).toBe(0.5);
    // The mode sits at u = (1 - 0.5) / (1.5 - 0.5) = 0.5.
    expect(triangular(0.5, 0.5, 1.5)).toBeCloseTo(1, 15);
    expect(triangular(0.999999, 0.5, 1.5)).toBeCloseTo(1.5, 2);
    // u = 0.125 below the mode: 0.5 + sqrt(0.125 x 1 x 0.5) = 0.5 + 0.25 = 0.75
    expect(triangular(0.125, 0.5, 1.5)).toBeCloseTo(0.75, 15);
    expect(triangular(0.3, 1, 1)).toBe(1);
    // Mean (low + 1 + high) / 3 = (0.4 + 1 + 1.3) / 3 = 0.9
    let sum = 0;
    for (let i = 0; i < 100_000; i++) sum += triangular((i + 0.5) / 100_000, 0.4, 1.3);
    expect(sum / 100_000).toBeCloseTo(0.9, 4);
  });
});

describe('percentiles (linear interpolation, Hyndman & Fan definition 7)', () => {
  it('interpolates between order statistics, by hand', () => {
    const sorted = Float64Array.from([1, 2, 3, 4, 5, 6, 7, 8, 9, 10]);
    // h = 9 x 0.1 = 0.9: 1 + 0.9 x (2 - 1) = 1.9; h = 4.5: 5.5; h = 8.1: 9 + 0.1 = 9.1
    expect(sortedPercentile(sorted, 0.1)).toBeCloseTo(1.9, 14);
    expect(sortedPercentile(sorted, 0.5)).toBe(5.5);
    expect(sortedPercentile(sorted, 0.9)).toBeCloseTo(9.1, 14);
    expect(sortedPercentile(Float64Array.of(3), 0.9)).toBe(3);
  });

  it('by selection equal the sorted definition, for any values', () => {
    fc.assert(
      fc.property(
        fc.array(fc.integer({ min: -50, max: 50 }), { minLength: 1, maxLength: 300 }),
        fc.array(fc.double({ min: 0, max: 1, noNaN: true }), { minLength: 1, maxLength: 5 }),
        (ints, ps) => {
          // Small integers: many ties, the hard case for a partition.
          const values = Float64Array.from(ints, (i) => i / 4);
          const sorted = Float64Array.from(values).sort();
          expect(percentilesInPlace(values, ps)).toEqual(ps.map((p) => sortedPercentile(sorted, p)));
        },
      ),
    );
  });

  it('are ordered and inside the range for any values', () => {
    fc.assert(
      fc.property(
        fc.array(fc.double({ noNaN: true, noDefaultInfinity: true, min: -1e12, max: 1e12 }), {
          minLength: 1,
        }),
        fc.double({ min: 0, max: 1, noNaN: true }),
        fc.double({ min: 0, max: 1, noNaN: true }),
        (values, a, b) => {
          const sorted = Float64Array.from(values).sort();
          const [lo, hi] = a <= b ? [a, b] : [b, a];
          const pLo = sortedPercentile(sorted, lo);
          const pHi = sortedPercentile(sorted, hi);
          expect(pLo).toBeLessThanOrEqual(pHi);
          expect(pLo).toBeGreaterThanOrEqual(sorted[0]!);
          expect(pHi).toBeLessThanOrEqual(sorted.at(-1)!);
        },
      ),
    );
  });
});

describe('Monte Carlo run', () => {
  it('is bit-identical for the same seed, in this thread and over 1, 2 or 3 workers', async () => {
    const input = model({ plans: 5 });
    const inThread = await runMonteCarlo(input, { draws: 501, workers: 0 });
    expect(inThread.workers).toBe(0);
    for (const workers of [1, 2, 3]) {
      const split = await runMonteCarlo(input, { draws: 501, workers });
      expect(split.workers).toBe(workers);
      expect(bits(split.percentiles)).toEqual(bits(inThread.percentiles));
      expect(bits(split.fullyFunded)).toEqual(bits(inThread.fullyFunded));
    }
    const again = await runMonteCarlo(input, { draws: 501, workers: 0 });
    expect(bits(again.percentiles)).toEqual(bits(inThread.percentiles));
  });

  it('changes with the seed', async () => {
    const a = await runMonteCarlo(model({ seed: 1 }), { draws: 200, workers: 0 });
    const b = await runMonteCarlo(model({ seed: 2 }), { draws: 200, workers: 0 });
    expect(bits(a.percentiles)).not.toEqual(bits(b.percentiles));
  });

  it('keeps P10 <= P50 <= P90 for every indicator and year, whatever the model', async () => {
    await fc.assert(
      fc.asyncProperty(
        fc.record({
          seed: fc.integer({ min: 0, max: 2 ** 32 - 1 }),
          plans: fc.integer({ min: 1, max: 4 }),
          linesPerPlan: fc.integer({ min: 1, max: 3 }),
          series: fc.integer({ min: 1, max: 3 }),
          years: fc.integer({ min: 1, max: 5 }),
        }),
        fc.integer({ min: 1, max: 60 }),
        async (shape, draws) => {
          const result = await runMonteCarlo(model(shape), { draws, workers: 0 });
          for (const band of result.percentiles.values()) {
            band.p50.forEach((p50, k) => {
              expect(band.p10[k]!).toBeLessThanOrEqual(p50);
              expect(p50).toBeLessThanOrEqual(band.p90[k]!);
            });
          }
          for (const p of result.fullyFunded.values()) expect(p >= 0 && p <= 1).toBe(true);
        },
      ),
      { numRuns: 60 },
    );
  });

  it('funds a plan fully in about the share of draws its award succeeds', async () => {
    // Awards succeed with probability 0.3, 0.6, 0.9 and 1 (capped); each covers the whole cost.
    const result = await runMonteCarlo(model({ plans: 4 }), { draws: 20_000, workers: 0 });
    const p = [...result.fullyFunded.values()];
    expect(p[0]).toBeCloseTo(0.3, 1);
    expect(p[1]).toBeCloseTo(0.6, 1);
    expect(p[2]).toBeCloseTo(0.9, 1);
    expect(p[3]).toBe(1);
  });

  it('gives an indicator that certain awards and certain multipliers move exactly its value', async () => {
    const input = model({ plans: 1, linesPerPlan: 1, series: 1, years: 2 });
    input.kernel.pairProbability[0] = 1;
    input.kernel.lineLow[0] = 1;
    input.kernel.lineHigh[0] = 1;
    input.kernel.coef.set([2.5, -4]);
    const result = await runMonteCarlo(input, { draws: 7, workers: 0 });
    // base 100 and 101, plus the coefficients at share 1, multiplier 1: 102.5 and 97
    expect(result.percentiles.get('ind-0')).toEqual({ p10: [102.5, 97], p50: [102.5, 97], p90: [102.5, 97] });
  });

  it('reports progress up to the total', async () => {
    const seen: [number, number][] = [];
    await runMonteCarlo(model(), {
      draws: 100,
      workers: 0,
      chunk: 30,
      onProgress: (d, t) => seen.push([d, t]),
    });
    expect(seen).toEqual([
      [30, 100],
      [60, 100],
      [90, 100],
      [100, 100],
    ]);
    const fromWorkers: number[] = [];
    await runMonteCarlo(model(), {
      draws: 100,
      workers: 2,
      chunk: 10,
      onProgress: (d) => fromWorkers.push(d),
    });
    expect(fromWorkers.at(-1)).toBe(100);
    expect(fromWorkers).toEqual([...fromWorkers].sort((a, b) => a - b));
  });

  it('stops on abort with a cancellation error, in this thread and in workers, leaving no worker running', async () => {
    const big = model({ plans: 50, linesPerPlan: 20, series: 10, years: 10 });
    const workersNow = () => (process.report.getReport() as { workers: unknown[] }).workers.length;
    const before = workersNow();
    let during = before;
    for (const workers of [0, 2]) {
      const controller = new AbortController();
      let last = 0;
      const run = runMonteCarlo(big, {
        draws: 200_000,
        workers,
        chunk: 100,
        signal: controller.signal,
        onProgress: (done) => {
          last = done;
          if (done >= 100 && !controller.signal.aborted) {
            if (workers > 0) during = workersNow();
            controller.abort();
          }
        },
      });
      const error = await run.then(
        () => null,
        (e: unknown) => e,
      );
      expect(error).toBeInstanceOf(MonteCarloCancelledError);
      expect((error as MonteCarloCancelledError).code).toBe('cancelled');
      expect((error as MonteCarloCancelledError).total).toBe(200_000);
      expect(last).toBeLessThan(200_000);
    }
    expect(during).toBe(before + 2);
    expect(workersNow()).toBe(before);
    const aborted = new AbortController();
    aborted.abort();
    await expect(runMonteCarlo(model(), { draws: 10, signal: aborted.signal })).rejects.toBeInstanceOf(
      MonteCarloCancelledError,
    );
  });

  it('refuses bad draw counts and runs too large to keep in memory', async () => {
    await expect(runMonteCarlo(model(), { draws: 0 })).rejects.toThrow(RangeError);
    await expect(runMonteCarlo(model(), { draws: 1.5 })).rejects.toThrow(RangeError);
    const wide = model({ series: 100, years: 30 });
    await expect(runMonteCarlo(wide, { draws: 1_000_000 })).rejects.toBeInstanceOf(MonteCarloTooLargeError);
  });
});
