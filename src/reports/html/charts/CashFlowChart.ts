import { createElement as h, type ReactNode } from 'react';
import { Curve, DefaultLegendContent, Dot, Rectangle, Surface, Text } from 'recharts';
import { useReport } from '../context';
import { plotAxes } from './axes';
import { acrossPlot, plainLine } from './lines';
import { cashFlowGeometry, type CashFlowSeries } from '../../../charts/cash-flow';
import {
  AXIS_COLOUR,
  CUMULATIVE_COLOUR,
  INFLOW_COLOUR,
  LOW_POINT_COLOUR,
  OUTFLOW_COLOUR,
} from '../../../charts/colours';

const WIDTH = 640;
const HEIGHT = 220;

/**
 * A plan's cash flow: money in and out per year as bars, the cumulative cash position
 * as a line, its low point marked and labelled. Geometry comes from cashFlowGeometry;
 * this only draws it with Recharts' shapes.
 */
export function CashFlowChart({ series }: { series: CashFlowSeries }): ReactNode {
  const { t, fmt } = useReport();
  const g = cashFlowGeometry(series, { width: WIDTH, height: HEIGHT });
  const lowText = t('lowPoint', {
    amount: fmt.money(series.lowPoint.cumulative),
    year: series.lowPoint.year,
  });
  return h(
    'figure',
    { className: 'chart cash-flow' },
    h(
      Surface,
      {
        width: WIDTH,
        height: HEIGHT,
        title: t('cashFlowTitle'),
        desc: `${t('chartSummaries.cashFlow')} ${lowText}`,
      },
      ...plotAxes(g.plot, { value: g.yTicks, year: g.xTicks }, (value: number) => fmt.money(value), {
        fontSize: 8.5,
        valueMargin: 6,
        yearHeight: 20,
      }),
      ...g.bars.map((bar) =>
        h(Rectangle, {
          key: `${bar.kind}-${bar.year}`,
          x: bar.x,
          y: bar.y,
          width: bar.width,
          height: bar.height,
          fill: bar.kind === 'in' ? INFLOW_COLOUR : OUTFLOW_COLOUR,
        }),
      ),
      plainLine(acrossPlot(g.plot, g.zeroY), AXIS_COLOUR, 1),
      plainLine(g.line, CUMULATIVE_COLOUR, 2),
      ...g.line.map((point, i) =>
        h(Dot, { key: `dot-${i}`, cx: point.x, cy: point.y, r: 2, fill: CUMULATIVE_COLOUR }),
      ),
      h(Curve, {
        type: 'linear',
        points: [
          { x: g.low.x, y: g.low.guideTop },
          { x: g.low.x, y: g.low.y - 6 },
        ],
        stroke: LOW_POINT_COLOUR,
        strokeWidth: 1,
        strokeDasharray: '3 2',
        fill: 'none',
      }),
      h(Dot, {
        cx: g.low.x,
        cy: g.low.y,
        r: 5.5,
        fill: '#fff',
        stroke: LOW_POINT_COLOUR,
        strokeWidth: 2.5,
        className: 'low-point',
      }),
      h(
        Text,
        {
          x: g.low.x + (g.low.anchor === 'end' ? 4 : -4),
          y: g.low.labelY,
          textAnchor: g.low.anchor,
          fill: LOW_POINT_COLOUR,
          // No white halo: the label sits above the plot, and a stroked copy would print its words twice in the PDF's text.
          fontSize: 9.5,
          fontWeight: 700,
          className: 'low-point-label',
        },
        lowText,
      ),
    ),
    h(DefaultLegendContent, {
      payload: [
        { value: t('inflows'), type: 'square', color: INFLOW_COLOUR },
        { value: t('outflows'), type: 'square', color: OUTFLOW_COLOUR },
        { value: t('cumulative'), type: 'line', color: CUMULATIVE_COLOUR },
      ],
    }),
    h('figcaption', null, t('cashFlowCaption')),
  );
}
