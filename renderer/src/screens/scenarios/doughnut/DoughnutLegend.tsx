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

/** What the parts of the Doughnut mean, and how a wedge's length is scaled. */
export function DoughnutLegend({ lensShown = false }: { lensShown?: boolean }) {
  const { t } = useTranslation();
  return (
    <div className="doughnut-legend">
      <ul className="doughnut-legend__items">
        <li>
          <Swatch fill={RING_COLOUR} stroke={RING_EDGE_COLOUR} />
          {t('doughnut.safeSpace')}
        </li>
        <li>
          <Swatch fill={BREACH_COLOUR} stroke={BREACH_EDGE_COLOUR} />
          {t('doughnut.legendShortfall')}
        </li>
        <li>
          <Swatch fill={BREACH_COLOUR} stroke={BREACH_EDGE_COLOUR} />
          {t('doughnut.legendOvershoot')}
        </li>
        <li>
          <Swatch fill={NO_DATA_COLOUR} stroke={NO_DATA_COLOUR} hatched />
          {lensShown ? t('doughnutLens.legendNoData') : t('doughnut.legendNoData')}
        </li>
      </ul>
      <p className="field__hint">{t('doughnut.scaleNote')}</p>
    </div>
  );
}
