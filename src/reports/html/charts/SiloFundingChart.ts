import { createElement as h, type ReactNode } from 'react';
import { DefaultLegendContent, Rectangle, Surface } from 'recharts';
import { siloLabel } from '../../../model/silo';
import { useReport } from '../context';
import { plotAxes } from './axes';
import { GAP_COLOUR, OWN_REVENUE_COLOUR, SILO_COLOURS } from '../../../charts/colours';
import { bands, indexed, linearScale, niceAxis, yearTicks } from '../../../charts/scale';

const WIDTH = 640;
const HEIGHT = 200;
const PLOT = { left: 64, right: WIDTH - 8, top: 8, bottom: HEIGHT - 22 };

export interface SiloFundingYear {
  year: number;
  /** Euros per silo in `silos` order. */
  bySilo: number[];
  ownRevenue: number;
  gap: number;
}

export interface SiloFundingSeries {
  silos: string[];
  years: SiloFundingYear[];
}

/** One segment of a year's stack, bottom up: silos, own revenue, gap. */
function segments(year: SiloFundingYear): { key: string; amount: number; colour: string }[] {
  return [
    ...year.bySilo.map((amount, i) => ({
      key: `silo-${i}`,
      amount,
      colour: SILO_COLOURS[i % SILO_COLOURS.length]!,
    })),
    { key: 'own', amount: year.ownRevenue, colour: OWN_REVENUE_COLOUR },
    { key: 'gap', amount: year.gap, colour: GAP_COLOUR },
  ];
}

/**
 * A cooperative's funding per year as stacked bars: outside money per silo at the bottom,
 * its own revenue above and the gap on top in grey, so each bar is the year's cost. Drawn
 * with Recharts' stateless shapes (scale.ts says why).
 */
export function SiloFundingChart(props: {
  series: SiloFundingSeries;
  title: string;
  caption: string;
  labels: { ownRevenue: string; gap: string };
}): ReactNode {
  const { series, title, caption, labels } = props;
  const { fmt } = useReport();
  const totals = series.years.map((y) => segments(y).reduce((sum, s) => sum + Math.max(0, s.amount), 0));
  const axis = niceAxis(totals, 4);
  const y = linearScale(axis.domain, [PLOT.bottom, PLOT.top]);
  const band = bands(series.years.length, PLOT.left, PLOT.right);
  const barWidth = Math.min(48, band.width * 0.6);
  const rects = series.years.flatMap((year, i) => {
    let base = 0;
    return segments(year)
      .filter((s) => s.amount > 0)
      .map((s) => {
        const top = y(base + s.amount);
        const bottom = y(base);
        base += s.amount;
        return h(Rectangle, {
          key: `${year.year}-${s.key}`,
          x: (band.centres[i] ?? 0) - barWidth / 2,
          y: top,
          width: barWidth,
          height: Math.max(0, bottom - top),
          fill: s.colour,
          stroke: '#fff',
          strokeWidth: 0.5,
        });
      });
  });
  return h(
    'figure',
    { className: 'chart silo-funding' },
    h(
      Surface,
      { width: WIDTH, height: HEIGHT, title, desc: title },
      ...plotAxes(
        PLOT,
        {
          value: indexed(axis.ticks.map((value) => ({ value, coordinate: y(value) }))),
          year: yearTicks(
            series.years.map((year) => year.year),
            band.centres,
            12,
          ),
        },
        (value: number) => fmt.money(value),
        { fontSize: 8.5, valueMargin: 6, yearHeight: 20 },
      ),
      ...rects,
    ),
    h(DefaultLegendContent, {
      payload: [
        ...series.silos.map((silo, i) => ({
          value: siloLabel(silo),
          type: 'square' as const,
          color: SILO_COLOURS[i % SILO_COLOURS.length]!,
        })),
        { value: labels.ownRevenue, type: 'square' as const, color: OWN_REVENUE_COLOUR },
        { value: labels.gap, type: 'square' as const, color: GAP_COLOUR },
      ],
    }),
    h('figcaption', null, caption),
  );
}
