import { useTranslation } from 'react-i18next';
import {
  Area,
  CartesianGrid,
  ComposedChart,
  Legend,
  Line,
  ReferenceLine,
  Tooltip,
  XAxis,
  YAxis,
} from 'recharts';
import { bandChartData, decimalsFor } from '../../../../../src/charts/band';
import type { RunIndicator } from '../../../domain/impact/types';
import { formatNumber, formatPercent } from '../../../domain/format';
import { useDoughnutLabels } from '../../../i18n/useDoughnutLabels';
import { useLang } from '../../../i18n/useLang';
import { ChartFigure } from '../../analysis/charts/ChartFigure';
import { Fact } from '../../shared/Fact';
import { useChartFormat } from '../../analysis/charts/useChartFormat';
import { yearChartBox, yearTable } from '../../analysis/charts/yearCharts';

/** Paul Tol's colours, as in the plan builder's charts. */
const BAND_COLOUR = '#88ccee';
const VALUE_COLOUR = '#332288';
const MEDIAN_COLOUR = '#44aa99';
const NO_ACTION_COLOUR = '#55626d';
const THRESHOLD_COLOUR = '#882255';

interface IndicatorBandChartProps {
  indicator: RunIndicator;
  /** The year the Doughnut shows, marked on the time axis. */
  year: number;
  /** The value axis fits the projection alone; the threshold may then lie outside the view. */
  zoomed: boolean;
}

/**
 * One indicator over the years: the expectation with the blend, the median and the
 * P10-P90 band of the Monte Carlo draws, the path without the portfolio (dashed) and
 * the threshold. Unit, trend and the source of its figures below the chart.
 */
export function IndicatorBandChart({ indicator, year, zoomed }: IndicatorBandChartProps) {
  const { t } = useTranslation();
  const { locale } = useLang();
  const names = useDoughnutLabels();
  const format = useChartFormat();
  const data = bandChartData(indicator);
  const axis = zoomed ? data.zoomedAxis : data.axis;
  const decimals = decimalsFor(axis);
  const outside = zoomed && data.thresholdInZoom !== 'inside' ? data.thresholdInZoom : null;
  const number = (value: number, extra = 0) => formatNumber(value, locale, decimals + extra);
  const tooltip = (value: unknown) =>
    Array.isArray(value)
      ? `${number(Number(value[0]), 1)} – ${number(Number(value[1]), 1)}`
      : typeof value === 'number'
        ? number(value, 1)
        : String(value);
  const table = yearTable(t('charts.year'), data.points, [
    { head: t('bands.value'), cell: (point) => number(point.value, 1) },
    { head: t('bands.p50'), cell: (point) => number(point.p50, 1) },
    {
      head: t('indicatorTable.columns.range'),
      cell: (point) => t('indicatorTable.range', { low: number(point.p10, 1), high: number(point.p90, 1) }),
    },
    { head: t('bands.noAction'), cell: (point) => number(point.noAction, 1) },
  ]);
  const id = `band-${indicator.indicatorId}`;
  // The two lines to compare with (no action, the median) are drawn alike: dashed, without dots.
  const comparisons = [
    { dataKey: 'noAction', name: t('bands.noAction'), stroke: NO_ACTION_COLOUR, strokeDasharray: '6 4' },
    { dataKey: 'p50', name: t('bands.p50'), stroke: MEDIAN_COLOUR, strokeDasharray: '2 3' },
  ];
  return (
    <div className="band" data-testid="indicator-band" data-id={indicator.indicatorId}>
      <ChartFigure
        id={id}
        title={indicator.label}
        summary={t('bands.summary', { label: indicator.label, unit: indicator.unit })}
        table={table}
        testId={`chart-${id}`}
      >
        <ComposedChart data={data.points} {...yearChartBox(260, { top: 12, right: 16, bottom: 0, left: 8 })}>
          <CartesianGrid vertical={false} stroke="#dde3e8" />
          <XAxis dataKey="year" tickLine={false} />
          <YAxis
            width={64}
            domain={axis.domain}
            ticks={axis.ticks}
            allowDataOverflow
            tickFormatter={(value: number) => number(value)}
          />
          <Tooltip formatter={tooltip} />
          <Legend formatter={format.legend} itemSorter={null} />
          <Area
            name={t('bands.band')}
            dataKey="band"
            fill={BAND_COLOUR}
            fillOpacity={0.9}
            stroke={BAND_COLOUR}
            isAnimationActive={false}
            className="band__area"
            legendType="square"
          />
          {comparisons.map((line) => (
            <Line key={line.dataKey} {...line} strokeWidth={2} dot={false} isAnimationActive={false} />
          ))}
          <Line
            name={t('bands.value')}
            dataKey="value"
            stroke={VALUE_COLOUR}
            strokeWidth={2.5}
            dot={{ r: 2.5 }}
            isAnimationActive={false}
          />
          <ReferenceLine
            y={data.threshold}
            stroke={THRESHOLD_COLOUR}
            strokeWidth={2}
            label={{
              value: t('bands.threshold', { value: formatNumber(data.threshold, locale, 4) }),
              position: 'insideTopRight',
              fill: THRESHOLD_COLOUR,
              fontSize: 12,
              fontWeight: 650,
            }}
          />
          <ReferenceLine x={year} stroke="#8c98a2" strokeDasharray="3 3" />
        </ComposedChart>
      </ChartFigure>
      {outside !== null && (
        <p className="band__note" data-testid="threshold-outside">
          {t(`bands.thresholdOutside.${outside}`, { value: formatNumber(data.threshold, locale, 4) })}
        </p>
      )}
      <dl className="band__facts">
        <Fact term={t('bands.unitLabel')} dir="auto">
          {indicator.unit}
        </Fact>
        <Fact term={t('indicatorTable.columns.threshold')}>
          {formatNumber(indicator.threshold, locale, 4)}
        </Fact>
        <Fact term={t('bands.trendLabel')}>{formatPercent(indicator.trend, locale, 2)}</Fact>
        {indicator.lens !== null && <Fact term={t('bands.lensLabel')}>{names.lens(indicator.lens)}</Fact>}
      </dl>
      <p className="band__source" data-testid="indicator-source">
        <span className="strong">{t('bands.source')}: </span>
        <span dir="auto">{indicator.source === '' ? t('bands.noSource') : indicator.source}</span>
      </p>
    </div>
  );
}
