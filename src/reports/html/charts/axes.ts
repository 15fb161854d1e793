import { createElement as h, type ReactElement } from 'react';
import { CartesianAxis, CartesianGrid } from 'recharts';
import { AXIS_COLOUR, GRID_COLOUR } from '../../../charts/colours';
import type { Plot } from '../../../charts/plot';
import type { Tick } from '../../../charts/scale';

/** How a chart's axes are lettered: the small band charts tighter than the page-wide ones. */
export interface AxesStyle {
  fontSize: number;
  /** Room between the value labels and the plot. */
  valueMargin: number;
  /** Height of the year axis, and the room above its labels when set. */
  yearHeight: number;
  yearMargin?: number;
}

/**
 * The grid lines, the value axis on the left and the years below, the same in every
 * chart of the report that has a value and a year axis (cash flow, funding by silo, an
 * indicator's band), drawn with Recharts' stateless parts from the shared geometry.
 */
export function plotAxes(
  plot: Plot,
  ticks: { value: Tick[]; year: Tick[] },
  format: (value: number) => string,
  style: AxesStyle,
): ReactElement[] {
  const width = plot.right - plot.left;
  const height = plot.bottom - plot.top;
  return [
    h(CartesianGrid, {
      x: plot.left,
      y: plot.top,
      width,
      height,
      horizontalPoints: ticks.value.map((tick) => tick.coordinate),
      vertical: false,
      stroke: GRID_COLOUR,
    }),
    h(CartesianAxis, {
      orientation: 'left',
      x: 0,
      y: plot.top,
      width: plot.left,
      height,
      ticks: ticks.value,
      tickFormatter: format,
      axisLine: false,
      tickLine: false,
      tickMargin: style.valueMargin,
      fontSize: style.fontSize,
      stroke: AXIS_COLOUR,
    }),
    h(CartesianAxis, {
      orientation: 'bottom',
      x: plot.left,
      y: plot.bottom,
      width,
      height: style.yearHeight,
      ticks: ticks.year,
      axisLine: { stroke: GRID_COLOUR },
      tickLine: false,
      ...(style.yearMargin === undefined ? {} : { tickMargin: style.yearMargin }),
      fontSize: style.fontSize,
      stroke: AXIS_COLOUR,
    }),
  ];
}
