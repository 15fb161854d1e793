import { describe, expect, it } from 'vitest';
import { bandChartData, decimalsFor } from '../../src/charts/band';
import { commonYears, compareRuns, differenceDirection } from '../../renderer/src/domain/impact/compare';
import {
  dimensionStatuses,
  dimensionToOpen,
  furthestDimension,
  statusOf,
  statusWord,
} from '../../src/charts/dimension-status';
import { DIMENSIONS } from '../../src/model/doughnut';
import { run, runIndicator } from './impactFixtures';

describe('statuses', () => {
  it("follow the spec's formula for floors and ceilings", () => {
    expect(statusOf('floor', 1, 0.9)).toBeCloseTo(0.1);
    expect(statusOf('floor', 1, 1.2)).toBe(0);
    expect(statusOf('ceiling', 20, 100)).toBe(4);
    expect(statusOf('ceiling', 20, 10)).toBe(0);
    expect(statusWord('floor', 0.1)).toBe('shortfall');
    expect(statusWord('ceiling', 0.1)).toBe('overshoot');
    expect(statusWord('ceiling', 0)).toBe('inside');
  });

  it('average the indicators of a dimension in the year and name the worst one', () => {
    const indicators = [
      runIndicator({ indicatorId: 'a', dimension: 'networks', kind: 'floor' }, { 2026: 0.9, 2027: 0.8 }),
      runIndicator({ indicatorId: 'b', dimension: 'networks', kind: 'floor' }, { 2026: 0.7, 2027: 0.6 }),
      runIndicator(
        { indicatorId: 'c', dimension: 'climate-change', kind: 'ceiling', threshold: 10 },
        { 2026: 30, 2027: 25 },
      ),
    ];
    const statuses = dimensionStatuses(indicators, 2027);
    expect(statuses.map((s) => s.dimension)).toEqual([...DIMENSIONS]);
    const networks = statuses.find((s) => s.dimension === 'networks')!;
    expect(networks.status).toBeCloseTo((0.2 + 0.4) / 2);
    expect(networks.worst?.indicatorId).toBe('b');
    expect(networks.worst?.status).toBeCloseTo(0.4);
    expect(networks.indicatorIds).toEqual(['a', 'b']);
    expect(statuses.find((s) => s.dimension === 'climate-change')?.status).toBeCloseTo(1.5);
    const food = statuses.find((s) => s.dimension === 'food')!;
    expect(food).toEqual({ dimension: 'food', kind: 'floor', indicatorIds: [], status: null, worst: null });
    expect(furthestDimension(statuses)).toBe('climate-change');
    // A year the run does not cover has no status.
    expect(dimensionStatuses(indicators, 2040).find((s) => s.dimension === 'networks')?.status).toBeNull();
  });

  it('open the dimension the portfolio moves most, or else the furthest', () => {
    const still = runIndicator({ indicatorId: 's', dimension: 'food', kind: 'floor' }, { 2026: 0.5 });
    const moved = runIndicator({ indicatorId: 'm', dimension: 'energy', kind: 'floor' }, { 2026: 0.95 });
    moved.years[0] = { ...moved.years[0]!, noAction: 0.9 };
    const statuses = dimensionStatuses([still, moved], 2026);
    expect(dimensionToOpen([still, moved], statuses, 2026)).toBe('energy');
    expect(dimensionToOpen([still], dimensionStatuses([still], 2026), 2026)).toBe('food');
    expect(dimensionToOpen([], dimensionStatuses([], 2026), 2026)).toBeNull();
  });
});

describe('band chart data', () => {
  it('pairs P10 and P90 for the area, keeps the lines and fits the axis around values and threshold', () => {
    const indicator = runIndicator(
      { indicatorId: 'co2', dimension: 'climate-change', kind: 'ceiling', threshold: 883.5 },
      { 2026: 4100, 2027: 3900 },
      50,
    );
    const data = bandChartData(indicator);
    expect(data.points[0]).toEqual({
      year: 2026,
      band: [4050, 4150],
      p10: 4050,
      p50: 4100,
      p90: 4150,
      value: 4100,
      noAction: 4100,
    });
    expect(data.threshold).toBe(883.5);
    expect(data.axis.domain[0]).toBeLessThanOrEqual(883.5);
    expect(data.axis.domain[1]).toBeGreaterThanOrEqual(4150);
    expect(decimalsFor(data.axis)).toBe(0);
  });

  it('does not force a share axis down to 0, and orders quantiles that came swapped', () => {
    const indicator = runIndicator({ indicatorId: 'share', dimension: 'food', kind: 'floor' }, { 2026: 0.9 });
    indicator.years[0] = { ...indicator.years[0]!, p10: 0.93, p90: 0.88 };
    const data = bandChartData(indicator);
    expect(data.points[0]?.band).toEqual([0.88, 0.93]);
    expect(data.axis.domain[0]).toBeGreaterThan(0.5);
    expect(data.axis.domain[1]).toBeGreaterThanOrEqual(1);
    expect(decimalsFor(data.axis)).toBeGreaterThanOrEqual(2);
  });
});

describe('comparing scenarios', () => {
  const a = run(
    'a',
    [
      runIndicator({ indicatorId: 'x', dimension: 'energy', kind: 'floor' }, { 2026: 0.9, 2027: 0.92 }),
      runIndicator(
        { indicatorId: 'y', dimension: 'climate-change', kind: 'ceiling' },
        { 2026: 2, 2027: 1.5 },
      ),
    ],
    3,
  );
  const b = run(
    'b',
    [
      runIndicator({ indicatorId: 'x', dimension: 'energy', kind: 'floor' }, { 2026: 0.9, 2027: 0.96 }),
      runIndicator(
        { indicatorId: 'y', dimension: 'climate-change', kind: 'ceiling' },
        { 2026: 2, 2027: 1.8 },
      ),
    ],
    2.5,
  );

  it('gives every scenario its figure and the difference from the first', () => {
    const comparison = compareRuns([a, b], 2027);
    expect(comparison.years).toEqual([2026, 2027]);
    const energy = comparison.dimensions.find((d) => d.key === 'energy')!;
    expect(energy.values[0]).toBeCloseTo(0.08);
    expect(energy.values[1]).toBeCloseTo(0.04);
    expect(energy.differences[0]).toBeNull();
    expect(energy.differences[1]).toBeCloseTo(-0.04);
    expect(differenceDirection(energy.differences[1]!)).toBe('better');
    const climate = comparison.dimensions.find((d) => d.key === 'climate-change')!;
    expect(climate.differences[1]).toBeCloseTo(0.3);
    expect(differenceDirection(climate.differences[1]!)).toBe('worse');
    expect(comparison.dimensions.find((d) => d.key === 'food')?.differences).toEqual([null, null]);

    const x = comparison.indicators.find((i) => i.key === 'x')!;
    expect(x.values).toEqual([0.92, 0.96]);
    expect(x.differences[1]).toBeCloseTo(0.04);
    expect(x.statusDifferences[1]).toBeCloseTo(-0.04);
    expect(comparison.weightedDistance.differences[1]).toBeCloseTo(-0.5);
  });

  it('handles an indicator only one scenario has, and years not all runs cover', () => {
    const c = run('c', [
      runIndicator({ indicatorId: 'x', dimension: 'energy', kind: 'floor' }, { 2027: 0.9, 2028: 0.9 }),
      runIndicator({ indicatorId: 'z', dimension: 'water', kind: 'floor' }, { 2027: 0.5, 2028: 0.5 }),
    ]);
    expect(commonYears([a, c])).toEqual([2027]);
    const comparison = compareRuns([a, c], 2027);
    const z = comparison.indicators.find((i) => i.key === 'z')!;
    expect(z.values).toEqual([null, 0.5]);
    expect(z.differences).toEqual([null, null]);
    expect(differenceDirection(null)).toBeNull();
    expect(differenceDirection(0)).toBe('same');
    expect(commonYears([])).toEqual([]);
  });
});
