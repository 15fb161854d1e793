import { niceAxis, type NiceAxis } from '../analysis/axis';
import { tidy } from '../numbers';
import type { RunIndicator } from './types';

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
  /** Where the threshold lies from the zoomed view: inside it, above it or below it. */
  thresholdInZoom: 'inside' | 'above' | 'below';
}

/** An indicator's yearly values with its uncertainty band and threshold, ready for the chart. */
export function bandChartData(indicator: RunIndicator): BandChartData {
  const points = indicator.years.map((y) => {
    // Should the host ever send the quantiles out of order, the band still spans them.
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
  const values = points.flatMap((p) => [p.p10, p.p90, p.p50, p.value, p.noAction]);
  const zoomedAxis = niceAxis(values, 5, false);
  const threshold = indicator.threshold;
  return {
    points,
    threshold,
    axis: niceAxis([...values, threshold], 6, false),
    zoomedAxis,
    thresholdInZoom:
      threshold > zoomedAxis.domain[1] ? 'above' : threshold < zoomedAxis.domain[0] ? 'below' : 'inside',
  };
}

/**
 * How many decimals the axis ticks need: shares (0-1) two or three, tonnes none. Tables
 * show one more, so that the difference between two years still shows.
 */
export function decimalsFor(axis: NiceAxis): number {
  const [a, b] = axis.ticks;
  const step = a === undefined || b === undefined ? 1 : Math.abs(b - a);
  const text = String(tidy(step));
  if (text.includes('e')) return 4;
  const dot = text.indexOf('.');
  return dot < 0 ? 0 : Math.min(4, text.length - dot - 1);
}
