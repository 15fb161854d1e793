import { describe, expect, it } from 'vitest';
import type { PlanAnalysis } from '../../src/finance/analysis/schemas';
import { bandGeometry, bandSeries } from '../../src/charts/band';
import { cashFlowGeometry, cashFlowSeries } from '../../src/charts/cash-flow';
import {
  DOUGHNUT_LAYOUT,
  dimensionStatuses,
  outsideAnchor,
  overshootLength,
  splitLabel,
  wedgeRadii,
} from '../../src/charts/doughnut';
import { linearScale, niceAxis, niceStep, tickDecimals, yearTicks } from '../../src/charts/scale';
import type { RunIndicator } from '../../src/reports/html/charts/BandChart';

type CashFlow = PlanAnalysis['cashFlow'];

function cashFlow(
  rows: { year: number; inflow: number; revenue?: number; cost: number; debt?: number }[],
): CashFlow {
  let cumulative = 0;
  const years = rows.map((r) => {
    const net = r.inflow + (r.revenue ?? 0) - r.cost - (r.debt ?? 0);
    cumulative += net;
    return {
      year: r.year,
      costs: r.cost,
      inflows: { grant: r.inflow, loan: 0, equity: 0, procurement: 0, 'in-kind': 0 },
      totalInflows: r.inflow,
      revenue: r.revenue ?? 0,
      ownRevenue: 0,
      interest: r.debt ?? 0,
      principal: 0,
      debtService: r.debt ?? 0,
      net,
      cumulative,
      dscr: null,
    };
  });
  const low = years.reduce((a, b) => (b.cumulative < a.cumulative ? b : a));
  return {
    firstYear: rows[0]?.year ?? 0,
    lastYear: rows[rows.length - 1]?.year ?? 0,
    years,
    loans: [],
    lowPoint: { year: low.year, cumulative: low.cumulative },
    minDscr: null,
    minDscrYear: null,
  };
}

function indicator(kind: 'floor' | 'ceiling', threshold: number, values: number[]): RunIndicator {
  return {
    indicatorId: 'x',
    label: 'X',
    dimension: kind === 'floor' ? 'food' : 'climate-change',
    kind,
    unit: 'u',
    lens: null,
    threshold,
    trend: 0,
    source: '',
    years: values.map((value, i) => ({
      year: 2026 + i,
      noAction: value - 0.01,
      value,
      status:
        kind === 'floor'
          ? Math.max(0, (threshold - value) / threshold)
          : Math.max(0, (value - threshold) / threshold),
      // Out of order on purpose: the band must still span them.
      p10: value + 0.02,
      p50: value,
      p90: value - 0.02,
    })),
  };
}

describe('axes and scales', () => {
  it('picks steps of 1, 2, 2.5 or 5 times a power of ten', () => {
    expect([0.3, 1.7, 2.2, 4, 7, 0.012, 1300].map(niceStep)).toEqual([0.5, 2, 2.5, 5, 10, 0.02, 2000]);
  });

  it('covers every value and zero with evenly spaced round ticks', () => {
    const axis = niceAxis([-346_850, 1_200_000, 3_300_000]);
    expect(axis.domain[0]).toBeLessThanOrEqual(-346_850);
    expect(axis.domain[1]).toBeGreaterThanOrEqual(3_300_000);
    expect(axis.ticks).toContain(0);
    const steps = axis.ticks.slice(1).map((tick, i) => tick - (axis.ticks[i] ?? 0));
    expect(new Set(steps).size).toBe(1);
    expect(axis.ticks[0]).toBe(axis.domain[0]);
    expect(axis.ticks[axis.ticks.length - 1]).toBe(axis.domain[1]);
  });

  it('gives a flat series an axis around its value, and leaves zero out when asked', () => {
    const axis = niceAxis([0.82, 0.82, 0.82], 4, false);
    expect(axis.domain[0]).toBeLessThan(0.82);
    expect(axis.domain[1]).toBeGreaterThan(0.82);
    expect(axis.domain[0]).toBeGreaterThan(0.5);
  });

  it('maps linearly, with the middle for a zero-width domain', () => {
    const y = linearScale([0, 100], [200, 0]);
    expect([y(0), y(50), y(100)]).toEqual([200, 100, 0]);
    expect(linearScale([5, 5], [0, 10])(5)).toBe(5);
  });

  it('shows as many decimals as the ticks need to differ', () => {
    expect(tickDecimals([0, 500_000])).toBe(0);
    expect(tickDecimals([0.8, 0.85])).toBe(2);
    expect(tickDecimals([0, 0.25])).toBe(2);
    expect(tickDecimals([0.82, 0.82005])).toBe(5);
  });

  it('thins year labels to a maximum, always shows the last, and never crowds it', () => {
    const years = Array.from({ length: 16 }, (_, i) => 2026 + i);
    const ticks = yearTicks(
      years,
      years.map((_, i) => i * 10),
      12,
    );
    expect(ticks.map((t) => t.value)).toEqual([2026, 2028, 2030, 2032, 2034, 2036, 2038, 2041]);
    expect(ticks.map((t) => t.index)).toEqual([0, 1, 2, 3, 4, 5, 6, 7]);
    expect(yearTicks([2026, 2027, 2028], [1, 2, 3], 12).map((t) => t.value)).toEqual([2026, 2027, 2028]);
  });
});

describe('the cash-flow chart', () => {
  const flow = cashFlow([
    { year: 2026, inflow: 100, cost: 150 },
    { year: 2027, inflow: 80, cost: 200 },
    { year: 2028, inflow: 0, revenue: 120, cost: 20, debt: 10 },
    { year: 2029, inflow: 0, revenue: 150, cost: 20, debt: 10 },
  ]);

  it('adds revenue to money in and debt service to money out', () => {
    const series = cashFlowSeries(flow);
    expect(series.points.map((p) => [p.inflows, p.outflows])).toEqual([
      [100, -150],
      [80, -200],
      [120, -30],
      [150, -30],
    ]);
    expect(series.lowPoint).toEqual({ year: 2027, cumulative: -170 });
    expect(series.shortfall).toBe(true);
  });

  it('puts bars inside the plot, money in above the zero line and money out below it', () => {
    const g = cashFlowGeometry(cashFlowSeries(flow), { width: 640, height: 220 });
    for (const bar of g.bars) {
      expect(bar.x).toBeGreaterThanOrEqual(g.plot.left);
      expect(bar.x + bar.width).toBeLessThanOrEqual(g.plot.right);
      expect(bar.y).toBeGreaterThanOrEqual(g.plot.top - 1e-9);
      expect(bar.y + bar.height).toBeLessThanOrEqual(g.plot.bottom + 1e-9);
      if (bar.kind === 'in') expect(bar.y + bar.height).toBeCloseTo(g.zeroY);
      else expect(bar.y).toBeCloseTo(g.zeroY);
    }
    expect(g.bars).toHaveLength(8);
  });

  it('marks the low point on the line, with its label above the plot', () => {
    const g = cashFlowGeometry(cashFlowSeries(flow), { width: 640, height: 220 });
    expect(g.line).toHaveLength(4);
    expect(g.low.x).toBe(g.line[1]?.x);
    expect(g.low.y).toBe(g.line[1]?.y);
    expect(Math.max(...g.line.map((p) => p.y))).toBe(g.low.y);
    expect(g.low.labelY).toBeLessThan(g.plot.top);
    expect(g.low.anchor).toBe('start');
    const late = cashFlowGeometry(
      cashFlowSeries(
        cashFlow([
          ...flow.years.map((y) => ({ year: y.year, inflow: 50, cost: 10 })),
          { year: 2030, inflow: 0, cost: 500 },
        ]),
      ),
      {
        width: 640,
        height: 220,
      },
    );
    expect(late.low.anchor).toBe('end');
  });

  it('labels the money axis with ticks inside the plot', () => {
    const g = cashFlowGeometry(cashFlowSeries(flow), { width: 640, height: 220 });
    for (const tick of g.yTicks) {
      expect(tick.coordinate).toBeGreaterThanOrEqual(g.plot.top - 1e-9);
      expect(tick.coordinate).toBeLessThanOrEqual(g.plot.bottom + 1e-9);
    }
    expect(g.yTicks.map((t) => t.value)).toContain(0);
  });
});

describe('the indicator band chart', () => {
  it('keeps P10 below P90 and takes in a nearby threshold', () => {
    const series = bandSeries(indicator('floor', 1, [0.9, 0.92, 0.94]));
    expect(series.points.every((p) => p.p10 <= p.p90)).toBe(true);
    expect(series.thresholdPosition).toBe('inside');
    expect(series.axis.domain[1]).toBeGreaterThanOrEqual(1);
  });

  it('leaves a far threshold off the axis and says on which side it lies', () => {
    expect(bandSeries(indicator('ceiling', 883.5, [2900, 2880, 2860])).thresholdPosition).toBe('below');
    expect(bandSeries(indicator('floor', 100, [0.5, 0.51, 0.52])).thresholdPosition).toBe('above');
  });

  it('draws the band between P10 and P90 and the threshold only when on the axis', () => {
    const g = bandGeometry(bandSeries(indicator('floor', 1, [0.9, 0.92, 0.94])), { width: 206, height: 118 });
    g.upper.forEach((point, i) => expect(point.y).toBeLessThanOrEqual(g.lower[i]?.y ?? 0));
    expect(g.thresholdY).not.toBeNull();
    const far = bandGeometry(bandSeries(indicator('ceiling', 883.5, [2900, 2880])), {
      width: 206,
      height: 118,
    });
    expect(far.thresholdY).toBeNull();
  });
});

describe('the Doughnut', () => {
  it('averages the statuses of a dimension’s indicators and marks dimensions without one', () => {
    const a = indicator('floor', 1, [0.9]);
    const b = { ...indicator('floor', 1, [0.7]), indicatorId: 'y' };
    const statuses = dimensionStatuses([a, b], 2026);
    expect(statuses).toHaveLength(21);
    const food = statuses.find((s) => s.dimension === 'food');
    expect(food?.status).toBeCloseTo(0.2);
    expect(food?.indicatorIds).toHaveLength(2);
    expect(statuses.find((s) => s.dimension === 'water')?.status).toBeNull();
  });

  it('draws no wedge inside the Doughnut, a full shortfall to the hole, a huge overshoot to the edge', () => {
    const L = DOUGHNUT_LAYOUT;
    expect(wedgeRadii('floor', 0, L)).toEqual({ inner: L.foundation, outer: L.foundation });
    expect(wedgeRadii('floor', 1, L).inner).toBe(L.hole);
    expect(wedgeRadii('ceiling', 0, L)).toEqual({ inner: L.ceiling, outer: L.ceiling });
    expect(wedgeRadii('ceiling', 25, L).outer).toBe(L.outer);
    expect(overshootLength(0.2)).toBeLessThan(overshootLength(8));
    expect(overshootLength(10)).toBeCloseTo(1);
  });

  it('splits long names into two balanced lines and anchors outside names away from the chart', () => {
    expect(splitLabel('Verzuring van de oceanen', 16)).toEqual(['Verzuring van', 'de oceanen']);
    expect(splitLabel('Gendergelijkheid', 10)).toEqual(['Gendergelijkheid']);
    expect([outsideAnchor(0), outsideAnchor(90), outsideAnchor(270)]).toEqual(['middle', 'start', 'end']);
  });
});
