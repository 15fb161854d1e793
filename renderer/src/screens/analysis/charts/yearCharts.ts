import type { ChartTable } from './ChartFigure';

/** A column of a chart's table: its heading and the text of its cell for one point. */
export interface YearColumn<P> {
  head: string;
  cell: (point: P) => string;
}

/** A chart's figures per year as a table: the year first, then one column per series. */
export function yearTable<P extends { year: number }>(
  yearHead: string,
  points: readonly P[],
  columns: readonly YearColumn<P>[],
): ChartTable {
  return {
    head: [yearHead, ...columns.map((column) => column.head)],
    rows: points.map((point) => ({
      key: String(point.year),
      cells: [String(point.year), ...columns.map((column) => column.cell(point))],
    })),
  };
}

interface Margin {
  top: number;
  right: number;
  bottom: number;
  left: number;
}

/**
 * What every year chart sets alike: the full width at a fixed height, and no Recharts
 * keyboard layer (the table behind the chart's disclosure is the accessible version).
 */
export function yearChartBox(height: number, margin: Margin = { top: 8, right: 8, bottom: 0, left: 8 }) {
  return { responsive: true, style: { width: '100%', height }, margin, accessibilityLayer: false } as const;
}
