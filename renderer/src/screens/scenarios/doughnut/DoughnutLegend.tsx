import { useTranslation } from 'react-i18next';
import {
  BREACH_COLOUR,
  BREACH_EDGE_COLOUR,
  NO_DATA_COLOUR,
  RING_COLOUR,
  RING_EDGE_COLOUR,
} from '../../../../../src/charts/colours';

function Swatch({ fill, stroke, hatched = false }: { fill: string; stroke: string; hatched?: boolean }) {
  return (
    <span
      className={
        hatched ? 'doughnut-legend__swatch doughnut-legend__swatch--hatched' : 'doughnut-legend__swatch'
      }
      style={{ background: hatched ? undefined : fill, borderColor: stroke }}
      aria-hidden="true"
    />
  );
}

export interface LegendItem {
  fill: string;
  stroke: string;
  /** The grey hatch of a wedge without a figure. */
  hatched?: boolean;
  text: string;
}

/** A Doughnut's legend: a swatch and words per item, then how a wedge's length is scaled. */
export function DoughnutLegendList({ items, note }: { items: readonly LegendItem[]; note: string }) {
  return (
    <div className="doughnut-legend">
      <ul className="doughnut-legend__items">
        {items.map((item) => (
          <li key={item.text}>
            <Swatch fill={item.fill} stroke={item.stroke} hatched={item.hatched ?? false} />
            {item.text}
          </li>
        ))}
      </ul>
      <p className="field__hint">{note}</p>
    </div>
  );
}

/** The grey hatch for a wedge without a figure, in a legend. */
export const NO_DATA_SWATCH = { fill: NO_DATA_COLOUR, stroke: NO_DATA_COLOUR, hatched: true } as const;

/** What the parts of the Doughnut mean, and how a wedge's length is scaled. */
export function DoughnutLegend({ lensShown = false }: { lensShown?: boolean }) {
  const { t } = useTranslation();
  const breach = { fill: BREACH_COLOUR, stroke: BREACH_EDGE_COLOUR };
  return (
    <DoughnutLegendList
      items={[
        { fill: RING_COLOUR, stroke: RING_EDGE_COLOUR, text: t('doughnut.safeSpace') },
        { ...breach, text: t('doughnut.legendShortfall') },
        { ...breach, text: t('doughnut.legendOvershoot') },
        {
          ...NO_DATA_SWATCH,
          text: lensShown ? t('doughnutLens.legendNoData') : t('doughnut.legendNoData'),
        },
      ]}
      note={t('doughnut.scaleNote')}
    />
  );
}
