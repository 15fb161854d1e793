import { useTranslation } from 'react-i18next';
import type { PlanAnalysisJson } from '../../domain/analysis/types';
import { formatMoney, formatMoneyRounded, formatNumber, formatPercent } from '../../domain/format';
import { useLang } from '../../i18n/useLang';
import { MetricCard } from './MetricCard';

type FundingMix = Pick<
  PlanAnalysisJson['metrics'],
  | 'publicShare'
  | 'mobilisationRatio'
  | 'concessional'
  | 'marketRate'
  | 'siloCount'
  | 'expectedFunding'
  | 'debtServiceNpv'
  | 'npvBaseYear'
>;

interface FundingMixCardsProps {
  totals: { totalCost: number; funded: number; ownRevenue: number; gap: number; fundedShare: number };
  mix: FundingMix;
  /** Under the silo count: the silos by name (a plan) or nothing (a portfolio). */
  silosNote?: string;
}

/**
 * The key figures a plan and a portfolio share: cost, funded from outside, own revenue
 * and gap (which add up to the cost), public share,
 * mobilisation, concessional money, silos, expected funding and the present value of
 * debt service. List items for a `metric-grid`.
 */
export function FundingMixCards({ totals, mix, silosNote }: FundingMixCardsProps) {
  const { t } = useTranslation();
  const { locale } = useLang();
  const money = (euros: number) => formatMoneyRounded(euros, locale);
  const percent = (share: number | null) =>
    share === null ? t('metrics.notApplicable') : formatPercent(share, locale, 1);
  return (
    <>
      <MetricCard
        testId="metric-total-cost"
        label={t('metrics.totalCost')}
        value={money(totals.totalCost)}
        exact={totals.totalCost}
      />
      <MetricCard
        testId="metric-funded"
        label={t('metrics.fundedOutside')}
        value={money(totals.funded)}
        exact={totals.funded}
        note={t('metrics.fundedShare', {
          share: percent(totals.totalCost > 0 ? totals.funded / totals.totalCost : null),
        })}
      />
      <MetricCard
        testId="metric-own-revenue"
        label={t('metrics.ownRevenue')}
        value={money(totals.ownRevenue)}
        exact={totals.ownRevenue}
        // fundedShare counts own revenue too: what outside money and own revenue cover together.
        note={t('metrics.ownRevenueNote', { share: percent(totals.fundedShare) })}
      />
      <MetricCard
        testId="metric-gap"
        label={t('metrics.gap')}
        value={money(totals.gap)}
        exact={totals.gap}
        warning={totals.gap > 0 ? t('metrics.gapWarning') : null}
      />
      <MetricCard
        testId="metric-public-share"
        label={t('metrics.publicShare')}
        value={percent(mix.publicShare)}
      />
      <MetricCard
        testId="metric-mobilisation"
        label={t('metrics.mobilisation')}
        value={
          mix.mobilisationRatio === null
            ? t('metrics.notApplicable')
            : formatMoney(mix.mobilisationRatio, locale)
        }
        note={t('metrics.mobilisationNote')}
      />
      <MetricCard
        testId="metric-concessional"
        label={t('metrics.concessional')}
        value={money(mix.concessional)}
        note={t('metrics.marketRate', { amount: money(mix.marketRate) })}
      />
      <MetricCard
        testId="metric-silos"
        label={t('metrics.silos')}
        value={formatNumber(mix.siloCount, locale)}
        {...(silosNote === undefined ? {} : { note: silosNote })}
      />
      <MetricCard
        testId="metric-expected"
        label={t('metrics.expectedFunding')}
        value={money(mix.expectedFunding)}
        note={t('metrics.expectedNote')}
      />
      <MetricCard
        testId="metric-debt-npv"
        label={t('metrics.debtNpv')}
        value={money(mix.debtServiceNpv)}
        note={t('metrics.debtNpvNote', { year: mix.npvBaseYear })}
      />
    </>
  );
}
