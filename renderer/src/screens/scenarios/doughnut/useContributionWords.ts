import { useTranslation } from 'react-i18next';
import type { ContributionWedge } from '../../../../../src/impact/doughnut-wedges';
import { formatPercent, formatSignificant } from '../../../domain/format';
import { useLang } from '../../../i18n/useLang';

/** Whose contribution a Doughnut shows: the portfolio's, or one cooperative's (its own page). */
export type ContributionSubject = 'portfolio' | 'cooperative';

/** A contribution wedge in words: "overbrugt 2,3% van de afstand", "niet geraakt door het portfolio". */
export function useContributionWords(subject: ContributionSubject = 'portfolio') {
  const { t } = useTranslation();
  const { locale } = useLang();
  /** Shares far below 1% keep two significant digits, so a small contribution never reads as 0%. */
  const share = (value: number) =>
    Math.abs(value) >= 0.01
      ? formatPercent(value, locale, 1)
      : `${formatSignificant(value * 100, locale, 2)}%`;
  return {
    share,
    state: (wedge: ContributionWedge) => {
      switch (wedge.state) {
        case 'untouched':
          return subject === 'cooperative'
            ? t('cooperativePage.table.untouched')
            : t('contribution.untouched');
        case 'no-indicator':
          return t('contribution.noIndicator');
        case 'no-distance':
          return t('contribution.noDistance');
        case 'share': {
          const value = wedge.share ?? 0;
          return value >= 0
            ? t('contribution.closes', { value: share(value) })
            : t('contribution.widens', { value: share(-value) });
        }
      }
    },
  };
}
