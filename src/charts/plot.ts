import { indexed, type NiceAxis, type Tick } from './scale';

/** A chart's size in SVG units. */
export interface Size {
  width: number;
  height: number;
}

/** The plot's edges inside the chart, where the axes meet the data. */
export interface Plot {
  left: number;
  top: number;
  right: number;
  bottom: number;
}

/** The plot inside a chart of `size`, leaving `margin` for the axes' labels. */
export function plotArea(size: Size, margin: Plot): Plot {
  return {
    left: margin.left,
    top: margin.top,
    right: size.width - margin.right,
    bottom: size.height - margin.bottom,
  };
}

/** The axis' ticks where `y` puts them, numbered as Recharts' CartesianAxis takes them. */
export function valueTicks(axis: NiceAxis, y: (value: number) => number): Tick[] {
  return indexed(axis.ticks.map((value) => ({ value, coordinate: y(value) })));
}
