import { useTranslation } from 'react-i18next';
import type { PortfolioAnalysisJson } from '../../domain/analysis/types';
import { formatNumber } from '../../domain/format';
import { useLang } from '../../i18n/useLang';
import { FundingMixCards } from '../analysis/FundingMixCards';
import { MetricCard } from '../analysis/MetricCard';

/** The portfolio's totals: what it costs, what the blend funds and the mix of that funding. */
interface PortfolioTotalsProps {
  analysis: PortfolioAnalysisJson;
  planName: (id: string) => string;
}

export function PortfolioTotals({ analysis, planName }: PortfolioTotalsProps) {
  const { t } = useTranslation();
  const { locale } = useLang();
  const m = analysis.metrics;
  const warnings = m.deMinimis.filter((entry) => entry.warning).length;
  return (
    <ul className="metric-grid" aria-label={t('metrics.title')} data-testid="portfolio-metrics">
      <FundingMixCards totals={analysis} mix={m} />
      <MetricCard
        testId="metric-min-dscr"
        label={t('metrics.minDscr')}
        value={m.minDscr === null ? t('metrics.notApplicable') : formatNumber(m.minDscr, locale)}
        note={
          m.minDscrPlanId === null || m.minDscrYear === null
            ? t('metrics.noDebt')
            : t('metrics.minDscrNote', {
                when: t('metrics.minDscrPlan', { plan: planName(m.minDscrPlanId), year: m.minDscrYear }),
              })
        }
      />
      <MetricCard
        testId="metric-de-minimis"
        label={t('metrics.deMinimisPortfolio')}
        value={formatNumber(warnings, locale)}
        note={t('metrics.deMinimisPortfolioNote', { count: m.deMinimis.length })}
        warning={warnings > 0 ? t('metrics.deMinimisWarning') : null}
      />
    </ul>
  );
}
