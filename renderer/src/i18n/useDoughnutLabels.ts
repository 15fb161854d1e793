import { useTranslation } from 'react-i18next';
import type { Dimension, IndicatorKind, Lens } from '../../../src/model/doughnut';
import { formatPercent } from '../domain/format';
import { statusWord } from '../../../src/charts/dimension-status';
import { useLang } from './useLang';

/** Names and status words of the Doughnut, in the current language (labels from src/data/doughnut-framework.json). */
export function useDoughnutLabels() {
  const { t } = useTranslation();
  const { locale } = useLang();
  const percent = (share: number) => formatPercent(share, locale, share >= 0.1 ? 0 : 1);
  return {
    dimension: (dimension: Dimension) => t(`enums.dimension.${dimension}`),
    dimension2025: (dimension: Dimension) => t(`enums.dimension2025.${dimension}`),
    lens: (lens: Lens) => t(`enums.lens.${lens}`),
    ring: (kind: IndicatorKind) => t(`enums.indicatorKind.${kind}`),
    percent,
    /** "tekort 4,5%", "overschrijding 364%", "binnen de donut", or "geen indicator" for null. */
    status: (kind: IndicatorKind, status: number | null) => {
      if (status === null) return t('doughnut.noData');
      const word = statusWord(kind, status);
      return word === 'inside' ? t('doughnut.inside') : t(`doughnut.${word}`, { value: percent(status) });
    },
  };
}
