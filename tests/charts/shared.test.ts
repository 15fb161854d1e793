/** The pieces of src/charts that the app and the report now share. */
import { describe, expect, it } from 'vitest';
import { bandChartData, bandSeries, thresholdPosition } from '../../src/charts/band';
import { DOUGHNUT_LAYOUT, doughnutLayout, sectorOf } from '../../src/charts/doughnut';
import { plotArea, valueTicks } from '../../src/charts/plot';
import { linearScale, moneyAxis, niceAxis, tickDecimals } from '../../src/charts/scale';

const indicator = {
  threshold: 0.9,
  years: [2026, 2027, 2028].map((year, i) => ({
    year,
    p10: 0.83 + i * 0.01,
    p50: 0.84 + i * 0.01,
    p90: 0.85 + i * 0.01,
    value: 0.84 + i * 0.01,
    noAction: 0.84,
  })),
};

describe('shared chart shaping', () => {
  it("puts wedge i of n where Recharts' Sector expects it, at the layout's centre", () => {
    expect(sectorOf(0, 12, DOUGHNUT_LAYOUT)).toEqual({ cx: 260, cy: 200, startAngle: 105, endAngle: 75 });
    const app = doughnutLayout(false);
    expect(sectorOf(3, 9, app)).toEqual({ cx: app.cx, cy: app.cy, startAngle: -10, endAngle: -50 });
  });

  it('leaves the margins around the plot and places the value ticks on it', () => {
    const plot = plotArea({ width: 200, height: 100 }, { left: 40, top: 8, right: 10, bottom: 20 });
    expect(plot).toEqual({ left: 40, top: 8, right: 190, bottom: 80 });
    const axis = niceAxis([0, 100], 2);
    const ticks = valueTicks(axis, linearScale(axis.domain, [plot.bottom, plot.top]));
    expect(ticks).toEqual([
      { value: 0, coordinate: 80, index: 0 },
      { value: 50, coordinate: 44, index: 1 },
      { value: 100, coordinate: 8, index: 2 },
    ]);
  });

  it('starts an empty money axis at zero in the app and pads it in the report', () => {
    expect(moneyAxis([])).toEqual({ domain: [0, 1], ticks: [0, 1] });
    expect(niceAxis([0, 0], 5, true, 'unit')).toEqual({ domain: [0, 1], ticks: [0, 1] });
    expect(niceAxis([0, 0]).domain).toEqual([-1, 1]);
    // A real series is the same axis either way.
    expect(moneyAxis([120_000, -40_000])).toEqual(niceAxis([120_000, -40_000]));
  });

  it('caps the decimals of tick labels where asked', () => {
    expect(tickDecimals([0, 0.00025])).toBe(5);
    expect(tickDecimals([0, 0.00025], 4)).toBe(4);
  });

  it('gives the app and the report the same band points, each its own axis', () => {
    const app = bandChartData(indicator);
    const report = bandSeries(indicator);
    expect(app.points).toEqual(report.points);
    expect(app.points[0]?.band).toEqual([0.83, 0.85]);
    expect(thresholdPosition(0.9, app.zoomedAxis)).toBe(app.thresholdInZoom);
    expect(thresholdPosition(2, { domain: [0, 1], ticks: [0, 1] })).toBe('above');
    expect(thresholdPosition(-1, { domain: [0, 1], ticks: [0, 1] })).toBe('below');
    expect(report.thresholdPosition).toBe('inside');
  });
});
