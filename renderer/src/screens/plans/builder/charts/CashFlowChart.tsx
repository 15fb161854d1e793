import { useTranslation } from 'react-i18next';
import { Bar, ComposedChart, Line, ReferenceDot, ReferenceLine } from 'recharts';
import {
  CUMULATIVE_COLOUR,
  FREE_REVENUE_COLOUR,
  INFLOW_COLOUR,
  LOW_POINT_COLOUR,
  OUTFLOW_COLOUR,
  OWN_REVENUE_COLOUR,
} from '../../../../../../src/charts/colours';
import { moneyAxis } from '../../../../../../src/charts/scale';
import type { CashFlowChartData } from '../../../../domain/analysis/cashFlowChart';
import { formatMoneyRounded, formatNumber } from '../../../../domain/format';
import { useLang } from '../../../../i18n/useLang';
import { ChartFigure } from '../../../analysis/charts/ChartFigure';
import { MoneyYearAxes } from '../../../analysis/charts/MoneyYearAxes';
import { useChartFormat } from '../../../analysis/charts/useChartFormat';
import { yearChartBox, yearTable } from '../../../analysis/charts/yearCharts';

interface LabelProps {
  viewBox?: { x?: number; y?: number; width?: number; height?: number };
}

/** The low point's words beside its dot, with a white halo so bars and grid lines never cross them. */
function lowPointLabel({ viewBox }: LabelProps, text: string, anchorEnd: boolean) {
  const x = (viewBox?.x ?? 0) + (viewBox?.width ?? 0) / 2;
  const y = (viewBox?.y ?? 0) + (viewBox?.height ?? 0) / 2;
  return (
    <text
      x={anchorEnd ? x - 12 : x + 12}
      y={y - 12}
      textAnchor={anchorEnd ? 'end' : 'start'}
      fill={LOW_POINT_COLOUR}
      stroke="#fff"
      strokeWidth={4}
      paintOrder="stroke"
      fontSize={13}
      fontWeight={650}
      data-testid="low-point-label"
    >
      {text}
    </text>
  );
}

/**
 * Money in per year as a stack (outside funding, own revenue paying costs, the revenue
 * left for debt service), money out as a bar, cumulative cash as a line with its low
 * point marked; the DSCR per year in the table and the lowest one under the chart.
 */
export function CashFlowChart({ data }: { data: CashFlowChartData }) {
  const { t } = useTranslation();
  const { locale } = useLang();
  const format = useChartFormat();
  const ratio = (value: number | null) => (value === null ? '–' : formatNumber(value, locale));
  const low = data.lowPoint;
  const axis = moneyAxis(data.points.flatMap((point) => [point.inflows, point.outflows, point.cumulative]));
  // Late in the horizon the text goes left of the dot, early on to the right: it stays inside the plot.
  const anchorEnd = data.points.findIndex((point) => point.year === low.year) > data.points.length / 2;
  // Rounded: a label beside a dot summarises; the table keeps the cents.
  const lowText = t('charts.lowPoint', {
    amount: formatMoneyRounded(low.cumulative, locale),
    year: low.year,
  });
  const table = yearTable(t('charts.year'), data.points, [
    { head: t('charts.funding'), cell: (point) => format.money(point.funding) },
    { head: t('charts.ownRevenue'), cell: (point) => format.money(point.ownRevenue) },
    { head: t('charts.freeRevenue'), cell: (point) => format.money(point.freeRevenue) },
    { head: t('charts.outflows'), cell: (point) => format.money(point.outflows) },
    { head: t('charts.debtService'), cell: (point) => format.money(point.debtService) },
    { head: t('charts.dscr'), cell: (point) => ratio(point.dscr) },
    { head: t('charts.net'), cell: (point) => format.money(point.net) },
    { head: t('charts.cumulative'), cell: (point) => format.money(point.cumulative) },
  ]);
  const dscrText =
    data.minDscr === null || data.minDscrYear === null
      ? t('charts.noDebtService')
      : t('charts.minDscr', { value: ratio(data.minDscr), year: data.minDscrYear });
  // Money in: funding, own revenue and the revenue left for debt service, stacked.
  const inflow = { stackId: 'in', isAnimationActive: false } as const;
  return (
    <ChartFigure
      id="cash-flow"
      title={t('charts.cashTitle')}
      summary={`${t('charts.cashOwnSummary')} ${lowText} ${dscrText}`}
      note={dscrText}
      noteTestId="cash-flow-dscr"
      table={table}
      testId="chart-cash-flow"
    >
      <ComposedChart data={data.points} {...yearChartBox(320, { top: 28, right: 16, bottom: 0, left: 8 })}>
        <MoneyYearAxes axis={axis} format={format} />
        <ReferenceLine y={0} stroke="#55626d" />
        <Bar name={t('charts.funding')} dataKey="funding" fill={INFLOW_COLOUR} {...inflow} />
        <Bar name={t('charts.ownRevenue')} dataKey="ownRevenue" fill={OWN_REVENUE_COLOUR} {...inflow} />
        <Bar name={t('charts.freeRevenue')} dataKey="freeRevenue" fill={FREE_REVENUE_COLOUR} {...inflow} />
        <Bar name={t('charts.outflows')} dataKey="outflows" fill={OUTFLOW_COLOUR} isAnimationActive={false} />
        <Line
          name={t('charts.cumulative')}
          dataKey="cumulative"
          type="monotone"
          stroke={CUMULATIVE_COLOUR}
          strokeWidth={2.5}
          dot={{ r: 3 }}
          isAnimationActive={false}
        />
        <ReferenceDot
          x={low.year}
          y={low.cumulative}
          r={7}
          fill="#fff"
          stroke={LOW_POINT_COLOUR}
          strokeWidth={3}
          ifOverflow="extendDomain"
          label={(props: LabelProps) => lowPointLabel(props, lowText, anchorEnd)}
        />
      </ComposedChart>
    </ChartFigure>
  );
}
