import { createElement as h, type ReactNode } from 'react';
import { Curve, DefaultLegendContent, Surface } from 'recharts';
import type { ScenarioRunJson } from '../../../impact/scenario-run-schema';
import { useReport } from '../context';
import { plotAxes } from './axes';
import { acrossPlot, plainLine } from './lines';
import { bandGeometry, type BandSeries } from '../../../charts/band';
import {
  BAND_COLOUR,
  MEDIAN_COLOUR,
  NO_ACTION_COLOUR,
  THRESHOLD_COLOUR,
  VALUE_COLOUR,
} from '../../../charts/colours';
import { tickDecimals } from '../../../charts/scale';

/** A scenario run's indicator, as the report's Doughnut section reads it. */
export type RunIndicator = ScenarioRunJson['indicators'][number];

const WIDTH = 206;
const HEIGHT = 118;

/**
 * One indicator's small chart: band, median, expectation, no-action path and threshold,
 * drawn with Recharts' Curve (the band is a Curve with a base line). Its title, unit and
 * figures are HTML beside it, so a long or right-to-left name never sits inside the SVG.
 */
export function BandChart({ series, label }: { series: BandSeries; label: string }): ReactNode {
  const { t, fmt } = useReport();
  const g = bandGeometry(series, { width: WIDTH, height: HEIGHT });
  const decimals = tickDecimals(series.axis.ticks);
  return h(
    Surface,
    { width: WIDTH, height: HEIGHT, title: label, desc: t('chartSummaries.band') },
    ...plotAxes(g.plot, { value: g.yTicks, year: g.xTicks }, (value: number) => fmt.number(value, decimals), {
      fontSize: 7,
      valueMargin: 4,
      yearHeight: 16,
      yearMargin: 3,
    }),
    h(Curve, {
      type: 'linear',
      points: g.upper,
      baseLine: g.lower,
      fill: BAND_COLOUR,
      fillOpacity: 0.85,
      stroke: BAND_COLOUR,
      strokeWidth: 0.5,
      className: 'band-area',
    }),
    g.thresholdY === null
      ? null
      : plainLine(acrossPlot(g.plot, g.thresholdY), THRESHOLD_COLOUR, 1.5, { className: 'threshold' }),
    plainLine(g.noAction, NO_ACTION_COLOUR, 1.2, { strokeDasharray: '4 3' }),
    plainLine(g.median, MEDIAN_COLOUR, 1.2, { strokeDasharray: '1.5 2' }),
    plainLine(g.value, VALUE_COLOUR, 1.6),
  );
}

/** The legend shared by all small charts of a scenario (Recharts' legend list, one icon per series). */
export function BandLegend(): ReactNode {
  const { t } = useReport();
  const dashed = (strokeDasharray: string) => ({ payload: { strokeDasharray } });
  return h(DefaultLegendContent, {
    payload: [
      { value: t('band'), type: 'square', color: BAND_COLOUR },
      { value: t('value'), type: 'line', color: VALUE_COLOUR },
      { value: t('median'), type: 'plainline', color: MEDIAN_COLOUR, ...dashed('1.5 2') },
      { value: t('noAction'), type: 'plainline', color: NO_ACTION_COLOUR, ...dashed('4 3') },
      { value: t('threshold'), type: 'plainline', color: THRESHOLD_COLOUR },
    ],
  });
}
