import { useTranslation } from 'react-i18next';
import {
  BREACH_COLOUR,
  BREACH_EDGE_COLOUR,
  CLOSES_COLOUR,
  CLOSES_EDGE_COLOUR,
  NO_DATA_COLOUR,
} from '../../../../../src/charts/colours';
import type { ContributionSubject } from './useContributionWords';

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

/** What the contribution Doughnut's colours mean and how a wedge's length is scaled. */
export function ContributionLegend({ subject = 'portfolio' }: { subject?: ContributionSubject }) {
  const { t } = useTranslation();
  // A cooperative's page names the cooperative where the portfolio's view names the portfolio.
  const own = subject === 'cooperative';
  return (
    <div className="doughnut-legend">
      <ul className="doughnut-legend__items">
        <li>
          <Swatch fill={CLOSES_COLOUR} stroke={CLOSES_EDGE_COLOUR} />
          {own ? t('cooperativePage.doughnut.legendCloses') : t('contribution.legendCloses')}
        </li>
        <li>
          <Swatch fill={BREACH_COLOUR} stroke={BREACH_EDGE_COLOUR} />
          {own ? t('cooperativePage.doughnut.legendWidens') : t('contribution.legendWidens')}
        </li>
        <li>
          <Swatch fill={NO_DATA_COLOUR} stroke={NO_DATA_COLOUR} hatched />
          {own ? t('cooperativePage.doughnut.legendUntouched') : t('contribution.legendUntouched')}
        </li>
      </ul>
      <p className="field__hint">
        {own ? t('cooperativePage.doughnut.scaleNote') : t('contribution.scaleNote')}
      </p>
    </div>
  );
}
