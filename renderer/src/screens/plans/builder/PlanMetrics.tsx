import { useTranslation } from 'react-i18next';
import type { PlanAnalysisJson } from '../../../domain/analysis/types';
import {
  formatMoney,
  formatMoneyRounded,
  formatNumber,
  formatPercent,
  formatYearRange,
} from '../../../domain/format';
import { useLang } from '../../../i18n/useLang';
import { MetricCard } from '../../analysis/MetricCard';

interface PlanMetricsProps {
  analysis: PlanAnalysisJson;
  streamName: (id: string) => string;
}

/** The plan's key figures under the current blend. */
export function PlanMetrics({ analysis, streamName }: PlanMetricsProps) {
  const { t } = useTranslation();
  const { locale } = useLang();
  const m = analysis.metrics;
  const money = (euros: number) => formatMoneyRounded(euros, locale);
  const percent = (share: number | null) =>
    share === null ? t('metrics.notApplicable') : formatPercent(share, locale, 1);
  const dm = m.deMinimis;

  return (
    <>
      <ul className="metric-grid" aria-label={t('metrics.title')} data-testid="plan-metrics">
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
            m.mobilisationRatio === null
              ? t('metrics.notApplicable')
              : formatMoney(m.mobilisationRatio, locale)
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
          note={m.silos.length === 0 ? t('metrics.noSilos') : m.silos.join(', ')}
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
          note={m.minDscrYear === null ? t('metrics.noDebt') : t('metrics.inYear', { year: m.minDscrYear })}
        />
        <MetricCard
          testId="metric-de-minimis"
          label={t('metrics.deMinimis')}
          value={money(dm.headroom)}
          note={t('metrics.deMinimisNote', {
            used: money(dm.used),
            ceiling: money(dm.ceiling),
            share: percent(dm.usedShare),
            window: formatYearRange(dm.window.first, dm.window.last),
          })}
          warning={dm.warning ? t('metrics.deMinimisWarning') : null}
        />
      </ul>
      <section
        className="panel accountability"
        aria-labelledby="accountability-title"
        data-testid="accountability"
      >
        <h3 id="accountability-title" className="panel__title">
          {t('metrics.accountability')}
        </h3>
        {m.accountability.length === 0 ? (
          <p className="muted">{t('metrics.noAwards')}</p>
        ) : (
          <ul className="plain-list accountability__list">
            {m.accountability.map((award) => (
              <li key={award.streamId}>
                <span className="strong" dir="auto">
                  {streamName(award.streamId)}
                </span>
                {`: ${money(award.amount)} · ${t(`enums.accountabilityTier.${award.tier}`)}`}
              </li>
            ))}
          </ul>
        )}
      </section>
    </>
  );
}
