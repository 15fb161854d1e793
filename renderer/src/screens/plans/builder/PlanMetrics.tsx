import { useTranslation } from 'react-i18next';
import { siloLabel } from '../../../../../src/model/silo';
import type { PlanAnalysisJson } from '../../../domain/analysis/types';
import { formatMoneyRounded, formatNumber, formatPercent, formatYearRange } from '../../../domain/format';
import { useLang } from '../../../i18n/useLang';
import { FundingMixCards } from '../../analysis/FundingMixCards';
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
        <FundingMixCards
          totals={analysis}
          mix={m}
          silosNote={m.silos.length === 0 ? t('metrics.noSilos') : m.silos.map(siloLabel).join(', ')}
        />
        <MetricCard
          testId="metric-min-dscr"
          label={t('metrics.minDscr')}
          value={m.minDscr === null ? t('metrics.notApplicable') : formatNumber(m.minDscr, locale)}
          note={
            m.minDscrYear === null
              ? t('metrics.noDebt')
              : t('metrics.minDscrNote', { when: t('metrics.inYear', { year: m.minDscrYear }) })
          }
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
