import { createElement as h, type ReactElement } from 'react';
import { Curve } from 'recharts';
import type { Plot } from '../../../charts/plot';

export interface LinePoint {
  x: number;
  y: number;
}

/**
 * An unfilled straight-segment line through `points`: the report charts' series lines,
 * thresholds and zero lines. A dash or class, when given, follows the fill (Recharts writes
 * the SVG attributes in the order of the props).
 */
export function plainLine(
  points: LinePoint[],
  stroke: string,
  strokeWidth: number,
  extra: { strokeDasharray?: string; className?: string } = {},
): ReactElement {
  return h(Curve, { type: 'linear', points, stroke, strokeWidth, fill: 'none', ...extra });
}

/** The two ends of a horizontal line across the plot at height `y`. */
export function acrossPlot(plot: Plot, y: number): LinePoint[] {
  return [
    { x: plot.left, y },
    { x: plot.right, y },
  ];
}
