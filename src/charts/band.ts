/**
 * One indicator over the projection years: the P10-P90 band of the Monte Carlo draws,
 * the median, the expectation with the portfolio, the path without it and the
 * threshold. A portfolio moves a city-wide indicator little, so the value axis fits the
 * projection and takes the threshold in only when that keeps the lines apart (the
 * report), or the app offers both views (zoomed on the projection, or with the threshold).
 */
import { plotArea, valueTicks, type Plot, type Size } from './plot';
import { bands, linearScale, niceAxis, tickDecimals, yearTicks, type NiceAxis, type Tick } from './scale';

/** What a band chart needs of a scenario run's indicator (the run's indicators have more). */
export interface BandIndicator {
  threshold: number;
  years: readonly { year: number; p10: number; p50: number; p90: number; value: number; noAction: number }[];
}

/** One year of an indicator's chart. */
export interface BandPoint {
  year: number;
  /** P10 and P90 of the Monte Carlo draws: Recharts draws an Area between the two. */
  band: [number, number];
  p10: number;
  p50: number;
  p90: number;
  /** The projection with the blend's funded shares and every multiplier at 1. */
  value: number;
  /** The path without the portfolio. */
  noAction: number;
}

/** Where a threshold lies from an axis: on it, above it or below it. */
export type ThresholdPosition = 'inside' | 'above' | 'below';

export function thresholdPosition(threshold: number, axis: NiceAxis): ThresholdPosition {
  return threshold > axis.domain[1] ? 'above' : threshold < axis.domain[0] ? 'below' : 'inside';
}

/** The indicator's years as chart points, and every value the axis has to cover. */
function bandPoints(indicator: BandIndicator): { points: BandPoint[]; values: number[] } {
  const points = indicator.years.map((y) => {
    // Should the quantiles ever arrive out of order, the band still spans them.
    const low = Math.min(y.p10, y.p90);
    const high = Math.max(y.p10, y.p90);
    return {
      year: y.year,
      band: [low, high] as [number, number],
      p10: low,
      p50: y.p50,
      p90: high,
      value: y.value,
      noAction: y.noAction,
    };
  });
  return { points, values: points.flatMap((p) => [p.p10, p.p90, p.p50, p.value, p.noAction]) };
}

/** The report's small chart: one axis, with the threshold when that keeps the lines apart. */
export interface BandSeries {
  points: BandPoint[];
  threshold: number;
  axis: NiceAxis;
  thresholdPosition: ThresholdPosition;
}

/** The threshold joins the axis when the axis then spans at most this many times the data. */
const THRESHOLD_ZOOM_LIMIT = 3;

export function bandSeries(indicator: BandIndicator): BandSeries {
  const { points, values } = bandPoints(indicator);
  const threshold = indicator.threshold;
  const alone = niceAxis(values, 4, false);
  const joined = niceAxis([...values, threshold], 4, false);
  const span = (axis: NiceAxis) => axis.domain[1] - axis.domain[0];
  const axis = span(joined) <= THRESHOLD_ZOOM_LIMIT * span(alone) ? joined : alone;
  return { points, threshold, axis, thresholdPosition: thresholdPosition(threshold, axis) };
}

/** The app's chart: the reader switches between the two axes. */
export interface BandChartData {
  points: BandPoint[];
  threshold: number;
  /** Round ticks around every value and the threshold (not forced down to 0). */
  axis: NiceAxis;
  /**
   * Round ticks around the projection alone. A portfolio moves a city-wide indicator
   * little, so next to the threshold its lines and band can coincide; zoomed in they part.
   */
  zoomedAxis: NiceAxis;
  /** Where the threshold lies from the zoomed view. */
  thresholdInZoom: ThresholdPosition;
}

export function bandChartData(indicator: BandIndicator): BandChartData {
  const { points, values } = bandPoints(indicator);
  const threshold = indicator.threshold;
  const zoomedAxis = niceAxis(values, 4, false, 'unit');
  return {
    points,
    threshold,
    axis: niceAxis([...values, threshold], 5, false, 'unit'),
    zoomedAxis,
    thresholdInZoom: thresholdPosition(threshold, zoomedAxis),
  };
}

/**
 * How many decimals the app's axis ticks need: shares (0-1) two or three, tonnes none,
 * at most four. Tables show one more, so that the difference between two years still shows.
 */
export function decimalsFor(axis: NiceAxis): number {
  return tickDecimals(axis.ticks, 4);
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
  const plot = plotArea(size, MARGIN);
  const y = linearScale(series.axis.domain, [plot.bottom, plot.top]);
  // Points at band centres so the first and last year sit inside the plot, like the cash-flow chart.
  const band = bands(series.points.length, plot.left, plot.right);
  const at = (pick: (p: BandPoint) => number) =>
    series.points.map((p, i) => ({ x: band.centres[i] ?? plot.left, y: y(pick(p)) }));
  return {
    ...size,
    plot,
    yTicks: valueTicks(series.axis, y),
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
