import { useTranslation } from 'react-i18next';
import {
  BREACH_COLOUR,
  BREACH_EDGE_COLOUR,
  CLOSES_COLOUR,
  CLOSES_EDGE_COLOUR,
} from '../../../../../src/charts/colours';
import { DoughnutLegendList, NO_DATA_SWATCH } from './DoughnutLegend';
import type { ContributionSubject } from './useContributionWords';

/** What the contribution Doughnut's colours mean and how a wedge's length is scaled. */
export function ContributionLegend({ subject = 'portfolio' }: { subject?: ContributionSubject }) {
  const { t } = useTranslation();
  // A cooperative's page names the cooperative where the portfolio's view names the portfolio.
  const own = subject === 'cooperative';
  return (
    <DoughnutLegendList
      items={[
        {
          fill: CLOSES_COLOUR,
          stroke: CLOSES_EDGE_COLOUR,
          text: own ? t('cooperativePage.doughnut.legendCloses') : t('contribution.legendCloses'),
        },
        {
          fill: BREACH_COLOUR,
          stroke: BREACH_EDGE_COLOUR,
          text: own ? t('cooperativePage.doughnut.legendWidens') : t('contribution.legendWidens'),
        },
        {
          ...NO_DATA_SWATCH,
          text: own ? t('cooperativePage.doughnut.legendUntouched') : t('contribution.legendUntouched'),
        },
      ]}
      note={own ? t('cooperativePage.doughnut.scaleNote') : t('contribution.scaleNote')}
    />
  );
}
