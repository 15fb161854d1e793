/**
 * One indicator over the projection years: the P10-P90 band of the Monte Carlo draws,
 * the median, the expectation with the portfolio, the path without it and the
 * threshold. A portfolio moves a city-wide indicator little, so the value axis fits the
 * projection and takes the threshold in only when that keeps the lines apart.
 */
import type { ScenarioRunJson } from '../../../api/scenario-schemas';
import type { Plot, Size } from './cash-flow';
import { bands, indexed, linearScale, niceAxis, yearTicks, type NiceAxis, type Tick } from './scale';

export type RunIndicator = ScenarioRunJson['indicators'][number];

export interface BandPoint {
  year: number;
  p10: number;
  p50: number;
  p90: number;
  value: number;
  noAction: number;
}

export interface BandSeries {
  points: BandPoint[];
  threshold: number;
  axis: NiceAxis;
  /** Where the threshold lies from the axis: on it, above it or below it. */
  thresholdPosition: 'inside' | 'above' | 'below';
}

/** The threshold joins the axis when the axis then spans at most this many times the data. */
const THRESHOLD_ZOOM_LIMIT = 3;

export function bandSeries(indicator: RunIndicator): BandSeries {
  const points = indicator.years.map((y) => ({
    year: y.year,
    // Should the quantiles ever arrive out of order, the band still spans them.
    p10: Math.min(y.p10, y.p90),
    p50: y.p50,
    p90: Math.max(y.p10, y.p90),
    value: y.value,
    noAction: y.noAction,
  }));
  const values = points.flatMap((p) => [p.p10, p.p90, p.p50, p.value, p.noAction]);
  const threshold = indicator.threshold;
  const alone = niceAxis(values, 4, false);
  const joined = niceAxis([...values, threshold], 4, false);
  const span = (axis: NiceAxis) => axis.domain[1] - axis.domain[0];
  const axis = span(joined) <= THRESHOLD_ZOOM_LIMIT * span(alone) ? joined : alone;
  const thresholdPosition =
    threshold > axis.domain[1] ? 'above' : threshold < axis.domain[0] ? 'below' : 'inside';
  return { points, threshold, axis, thresholdPosition };
}

type Point = { x: number; y: number };

export interface BandGeometry extends Size {
  plot: Plot;
  yTicks: Tick[];
  xTicks: Tick[];
  upper: Point[];
  lower: Point[];
  value: Point[];
  median: Point[];
  noAction: Point[];
  /** Null when the threshold lies outside the axis. */
  thresholdY: number | null;
}

const MARGIN = { top: 8, right: 8, bottom: 20, left: 46 };

export function bandGeometry(series: BandSeries, size: Size): BandGeometry {
  const plot = {
    left: MARGIN.left,
    top: MARGIN.top,
    right: size.width - MARGIN.right,
    bottom: size.height - MARGIN.bottom,
  };
  const y = linearScale(series.axis.domain, [plot.bottom, plot.top]);
  // Points at band centres so the first and last year sit inside the plot, like the cash-flow chart.
  const band = bands(series.points.length, plot.left, plot.right);
  const at = (pick: (p: BandPoint) => number) =>
    series.points.map((p, i) => ({ x: band.centres[i] ?? plot.left, y: y(pick(p)) }));
  return {
    ...size,
    plot,
    yTicks: indexed(series.axis.ticks.map((value) => ({ value, coordinate: y(value) }))),
    xTicks: yearTicks(
      series.points.map((p) => p.year),
      band.centres,
      4,
    ),
    upper: at((p) => p.p90),
    lower: at((p) => p.p10),
    value: at((p) => p.value),
    median: at((p) => p.p50),
    noAction: at((p) => p.noAction),
    thresholdY: series.thresholdPosition === 'inside' ? y(series.threshold) : null,
  };
}
