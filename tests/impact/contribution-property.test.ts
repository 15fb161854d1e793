import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  buildMonteCarloInput,
  divisorOf,
  netEffect,
  groupSeriesId,
  groupSeriesOf,
  runScenario,
  scenarioOverlay,
  sortedPercentile,
  type GroupContribution,
  type IndicatorContribution,
  type ScenarioContribution,
} from '../../src/impact';
import { contributionGroups, PARTITION_KINDS } from '../../src/impact/contribution-groups';
import { runDraws, runGroupDraws } from '../../src/impact/montecarlo/kernel.mjs';
import { ciSeed } from '../helpers/property-seed';
import { contributionCaseArb, SCENARIO_ID } from './contribution-arbitrary';

const PARTS = ['byCooperative', 'byDistrict', 'bySector', 'byPartnership'] as const;

/** Every (indicator, year) cell of a group: its figures by `indicatorId@year`. */
function cells(group: GroupContribution): Map<string, { indicator: IndicatorContribution; k: number }> {
  const out = new Map<string, { indicator: IndicatorContribution; k: number }>();
  for (const d of group.dimensions)
    for (const indicator of d.indicators)
      indicator.years.forEach((y, k) => out.set(`${indicator.indicatorId}@${y.year}`, { indicator, k }));
  return out;
}

/**
 * a and b equal up to the rounding of floating-point sums whose terms have absolute values
 * adding up to `magnitude` (each addition errs by at most an epsilon of the running sum,
 * which never exceeds the magnitude).
 */
function close(a: number, b: number, magnitude: number, terms: number): boolean {
  return Math.abs(a - b) <= 2 * (terms + 1) * Number.EPSILON * magnitude;
}

/** Per `indicatorId@year`: the sum of the absolute net effects of the scenario's lines, deterministic. */
type Magnitudes = Map<string, { sum: number; terms: number }>;

function expectPartsAddUp(contribution: ScenarioContribution, magnitudes: Magnitudes) {
  const whole = cells(contribution.portfolio);
  for (const part of PARTS) {
    const groups = contribution[part];
    // Every plan of the scenario in exactly one group of the kind.
    expect(groups.flatMap((g) => g.planIds).sort()).toEqual([...contribution.portfolio.planIds].sort());
    const sums = new Map<string, number>();
    for (const group of groups) {
      for (const [key, { indicator, k }] of cells(group)) {
        const y = indicator.years[k]!;
        sums.set(key, (sums.get(key) ?? 0) + y.effect);
      }
    }
    expect([...sums.keys()].sort()).toEqual([...whole.keys()].sort());
    for (const [key, { indicator, k }] of whole) {
      const y = indicator.years[k]!;
      const s = sums.get(key)!;
      const { sum, terms } = magnitudes.get(key) ?? { sum: 0, terms: 0 };
      expect(close(s, y.effect, sum, 2 * terms), `${part} ${key} effect ${s} vs ${y.effect}`).toBe(true);
    }
  }
}

describe('a scenario contribution over random workspaces', () => {
  it('adds up: per cooperative, district, sector and partnership form to the portfolio, deterministic, in the mean and in every draw', async () => {
    await fc.assert(
      fc.asyncProperty(contributionCaseArb, async ({ workspace, draws }) => {
        const run = await runScenario(workspace, SCENARIO_ID, { workers: 0 });
        const { contribution } = run;
        const overlay = scenarioOverlay(workspace, SCENARIO_ID);
        const divisors = new Map(overlay.indicators.map((i) => [i.id, divisorOf(i)]));
        const magnitudes: Magnitudes = new Map();
        for (const plan of overlay.plans)
          for (const line of plan.impacts)
            for (const year of overlay.years) {
              const key = `${line.indicatorId}@${year}`;
              const m = magnitudes.get(key) ?? { sum: 0, terms: 0 };
              const share = run.plans.find((p) => p.planId === plan.id)!.fundedShare;
              const effect = netEffect(line, divisors.get(line.indicatorId)!, share, year);
              magnitudes.set(key, { sum: m.sum + Math.abs(effect), terms: m.terms + 1 });
            }
        expectPartsAddUp(contribution, magnitudes);

        // The portfolio's deterministic effect is the projection's distance from the no-action path.
        const whole = cells(contribution.portfolio);
        for (const { indicator, years } of run.indicators) {
          for (const y of years) {
            const key = `${indicator.id}@${y.year}`;
            const cell = whole.get(key);
            const effect = cell?.indicator.years[cell.k]!.effect ?? 0;
            const { sum, terms } = magnitudes.get(key) ?? { sum: 0, terms: 0 };
            expect(close(y.value - y.noAction, effect, Math.abs(y.noAction) + sum, terms + 2), key).toBe(
              true,
            );
            if (cell !== undefined)
              expect(cell.indicator.years[cell.k]!.absolute).toBe(effect * cell.indicator.divisor);
          }
        }

        // Every draw: the run's own draws (same seed, same model) mapped to the groups.
        const input = buildMonteCarloInput(overlay.workspace, overlay, run.blend, run.monteCarlo.seed);
        const { kernel } = input;
        const years = kernel.years;
        const lines = kernel.linePlan.length;
        const { portfolio, partitions } = contributionGroups(overlay.plans, workspace.cooperatives);
        const columns = [[portfolio], ...PARTITION_KINDS.map((kind) => partitions[kind])];
        const groupOfPlan = columns.map((groups) => {
          const of = new Int32Array(input.planIds.length).fill(-1);
          groups.forEach((g, i) => g.plans.forEach((p) => (of[p] = i)));
          return of;
        });
        const series = groupSeriesOf(input, groupOfPlan);
        const groupValues = new Float64Array(series.mapping.series * years * draws);
        runGroupDraws(kernel, series.mapping, 0, draws, draws, groupValues);
        const mainValues = new Float64Array(kernel.series * years * draws);
        runDraws(kernel, 0, draws, draws, mainValues, new Int32Array(kernel.plans));
        // Each line on its own: the terms every sum is made of, for the rounding bounds.
        const lineValues = new Float64Array(lines * years * draws);
        const eachLine = {
          kinds: 1,
          series: lines,
          lineSeries: Int32Array.from({ length: lines }, (_, l) => l),
        };
        runGroupDraws(kernel, eachLine, 0, draws, draws, lineValues);
        const at = (s: number, t: number, d: number) => groupValues[(s * years + t) * draws + d]!;

        input.seriesIndicatorIds.forEach((indicatorId, main) => {
          const wholeSeries = series.index.get(groupSeriesId(0, 0, indicatorId))!;
          const own = Array.from({ length: lines }, (_, l) => l).filter((l) => kernel.lineSeries[l] === main);
          for (let t = 0; t < years; t++) {
            const key = `${indicatorId}@${input.years[t]}`;
            const cell = whole.get(key)!;
            const sorted = Float64Array.from({ length: draws }, (_, d) => at(wholeSeries, t, d)).sort();
            // The portfolio's bands are percentiles of exactly these draws.
            const y = cell.indicator.years[cell.k]!;
            expect(y.p10 + 0).toBe(sortedPercentile(sorted, 0.1) + 0);
            expect(y.p50 + 0).toBe(sortedPercentile(sorted, 0.5) + 0);
            expect(y.p90 + 0).toBe(sortedPercentile(sorted, 0.9) + 0);
            let largest = 0;
            for (let d = 0; d < draws; d++) {
              const level = mainValues[(main * years + t) * draws + d]!;
              const base = kernel.base[main * years + t]!;
              const effect = at(wholeSeries, t, d);
              let magnitude = 0;
              let byLine = 0;
              for (const l of own) {
                const v = lineValues[(l * years + t) * draws + d]!;
                magnitude += Math.abs(v);
                byLine += v;
              }
              largest = Math.max(largest, magnitude);
              const terms = own.length + 2;
              // The group series are sums of the very terms the run adds to the no-action path.
              expect(close(byLine, effect, magnitude, terms)).toBe(true);
              expect(close(level - base, effect, Math.abs(base) + magnitude, terms)).toBe(true);
              for (let m = 1; m < columns.length; m++) {
                let sum = 0;
                columns[m]!.forEach((_, g) => {
                  const s = series.index.get(groupSeriesId(m, g, indicatorId));
                  if (s !== undefined) sum += at(s, t, d);
                });
                expect(close(sum, effect, magnitude, 2 * terms), `kind ${m} ${key} draw ${d}`).toBe(true);
              }
            }
            // The means add up too (a mean of sums is the sum of the means, up to rounding).
            for (const part of PARTS) {
              let sum = 0;
              for (const group of contribution[part]) {
                const c = cells(group).get(key);
                if (c !== undefined) sum += c.indicator.years[c.k]!.mean;
              }
              expect(close(sum, y.mean, largest, 2 * (own.length + draws + 2)), `${part} ${key} mean`).toBe(
                true,
              );
            }
          }
        });
      }),
      { numRuns: 40, ...ciSeed(15_2026) },
    );
  }, 240_000);
});
