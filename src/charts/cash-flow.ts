/**
 * A plan's cash-flow chart: per year money in (funding and revenue) as a bar up, money
 * out (costs and debt service) as a bar down, the cumulative cash position as a line, and
 * its low point marked. The series and the geometry are pure so they can be tested.
 */
import { plotArea, valueTicks, type Plot, type Size } from './plot';
import { bands, linearScale, niceAxis, yearTicks, type NiceAxis, type Tick } from './scale';

/** What the chart needs of a plan analysis' cash flow (euros). */
export interface CashFlowInput {
  years: readonly {
    year: number;
    totalInflows: number;
    revenue: number;
    costs: number;
    debtService: number;
    net: number;
    cumulative: number;
  }[];
  lowPoint: { year: number; cumulative: number };
}

export interface CashFlowPoint {
  year: number;
  inflows: number;
  /** Negative: costs plus interest and repayment. */
  outflows: number;
  net: number;
  cumulative: number;
}

export interface CashFlowSeries {
  points: CashFlowPoint[];
  lowPoint: { year: number; cumulative: number };
  /** The low point is below zero: the plan needs bridging money then. */
  shortfall: boolean;
}

export function cashFlowSeries(cashFlow: CashFlowInput): CashFlowSeries {
  const points = cashFlow.years.map((y) => ({
    year: y.year,
    inflows: y.totalInflows + y.revenue,
    outflows: -(y.costs + y.debtService),
    net: y.net,
    cumulative: y.cumulative,
  }));
  return { points, lowPoint: cashFlow.lowPoint, shortfall: cashFlow.lowPoint.cumulative < 0 };
}

export interface Bar {
  year: number;
  kind: 'in' | 'out';
  x: number;
  y: number;
  width: number;
  height: number;
}

export interface CashFlowGeometry extends Size {
  plot: Plot;
  axis: NiceAxis;
  yTicks: Tick[];
  xTicks: Tick[];
  bars: Bar[];
  line: { x: number; y: number }[];
  zeroY: number;
  /** The low point's dot, and its label at the top of the plot with a guide line down to the dot. */
  low: { x: number; y: number; anchor: 'start' | 'end'; labelY: number; guideTop: number };
}

/** Room for the money labels on the left and the years below. */
const MARGIN = { top: 24, right: 16, bottom: 26, left: 70 };

export function cashFlowGeometry(series: CashFlowSeries, size: Size): CashFlowGeometry {
  const plot = plotArea(size, MARGIN);
  const axis = niceAxis(
    series.points.flatMap((p) => [p.inflows, p.outflows, p.cumulative]),
    5,
    true,
  );
  const y = linearScale(axis.domain, [plot.bottom, plot.top]);
  const band = bands(series.points.length, plot.left, plot.right);
  const barWidth = Math.max(2, Math.min(28, band.width * 0.6));
  const zeroY = y(0);
  const bars: Bar[] = series.points.flatMap((point, i) => {
    const x = (band.centres[i] ?? 0) - barWidth / 2;
    const up = y(point.inflows);
    const down = y(point.outflows);
    return [
      { year: point.year, kind: 'in' as const, x, y: up, width: barWidth, height: zeroY - up },
      { year: point.year, kind: 'out' as const, x, y: zeroY, width: barWidth, height: down - zeroY },
    ].filter((bar) => bar.height > 0.01);
  });
  const line = series.points.map((point, i) => ({ x: band.centres[i] ?? 0, y: y(point.cumulative) }));
  const xTicks = yearTicks(
    series.points.map((p) => p.year),
    band.centres,
    12,
  );
  const lowIndex = Math.max(
    0,
    series.points.findIndex((p) => p.year === series.lowPoint.year),
  );
  const lowX = band.centres[lowIndex] ?? plot.left;
  const lowY = y(series.lowPoint.cumulative);
  return {
    ...size,
    plot,
    axis,
    yTicks: valueTicks(axis, y),
    xTicks,
    bars,
    line,
    zeroY,
    low: {
      x: lowX,
      y: lowY,
      // Late in the horizon the words go left of the dot, early on to the right: they stay inside.
      anchor: lowX > (plot.left + plot.right) / 2 ? 'end' : 'start',
      // In the margin above the plot, clear of bars and line whatever the data look like.
      labelY: plot.top - 9,
      guideTop: plot.top - 5,
    },
  };
}
