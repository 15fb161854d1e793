import { useTranslation } from 'react-i18next';
import type { PortfolioAnalysisJson } from '../../domain/analysis/types';
import { formatMoney, formatMoneyRounded, formatNumber, formatPercent } from '../../domain/format';
import { useLang } from '../../i18n/useLang';
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
  const money = (euros: number) => formatMoneyRounded(euros, locale);
  const percent = (share: number | null) =>
    share === null ? t('metrics.notApplicable') : formatPercent(share, locale, 1);
  const warnings = m.deMinimis.filter((entry) => entry.warning).length;
  return (
    <ul className="metric-grid" aria-label={t('metrics.title')} data-testid="portfolio-metrics">
      <MetricCard
        testId="metric-total-cost"
        label={t('metrics.totalCost')}
        value={money(analysis.totalCost)}
        exact={analysis.totalCost}
      />
      <MetricCard
        testId="metric-funded"
        label={t('metrics.funded')}
        value={money(analysis.funded)}
        exact={analysis.funded}
        note={t('metrics.fundedShare', { share: percent(analysis.fundedShare) })}
      />
      <MetricCard
        testId="metric-gap"
        label={t('metrics.gap')}
        value={money(analysis.gap)}
        exact={analysis.gap}
        warning={analysis.gap > 0 ? t('metrics.gapWarning') : null}
      />
      <MetricCard
        testId="metric-public-share"
        label={t('metrics.publicShare')}
        value={percent(m.publicShare)}
      />
      <MetricCard
        testId="metric-mobilisation"
        label={t('metrics.mobilisation')}
        value={
          m.mobilisationRatio === null ? t('metrics.notApplicable') : formatMoney(m.mobilisationRatio, locale)
        }
        note={t('metrics.mobilisationNote')}
      />
      <MetricCard
        testId="metric-concessional"
        label={t('metrics.concessional')}
        value={money(m.concessional)}
        note={t('metrics.marketRate', { amount: money(m.marketRate) })}
      />
      <MetricCard
        testId="metric-silos"
        label={t('metrics.silos')}
        value={formatNumber(m.siloCount, locale)}
      />
      <MetricCard
        testId="metric-expected"
        label={t('metrics.expectedFunding')}
        value={money(m.expectedFunding)}
        note={t('metrics.expectedNote')}
      />
      <MetricCard
        testId="metric-debt-npv"
        label={t('metrics.debtNpv')}
        value={money(m.debtServiceNpv)}
        note={t('metrics.debtNpvNote', { year: m.npvBaseYear })}
      />
      <MetricCard
        testId="metric-min-dscr"
        label={t('metrics.minDscr')}
        value={m.minDscr === null ? t('metrics.notApplicable') : formatNumber(m.minDscr, locale)}
        note={
          m.minDscrPlanId === null || m.minDscrYear === null
            ? t('metrics.noDebt')
            : t('metrics.minDscrPlan', { plan: planName(m.minDscrPlanId), year: m.minDscrYear })
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
