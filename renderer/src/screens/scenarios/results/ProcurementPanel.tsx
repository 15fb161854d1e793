import { useTranslation } from 'react-i18next';
import type { ScenarioRun } from '../../../domain/impact/types';
import { formatMoneyRounded, formatNumber, formatPercent, formatSignificant } from '../../../domain/format';
import { useLang } from '../../../i18n/useLang';
import { DataTable } from '../../../components/table/DataTable';
import { TableSection } from '../../../components/table/TableSection';

type Effect = NonNullable<ScenarioRun['procurement']>;

/**
 * Inkoop als vliegwiel: what the scenario's target share of purchasing awarded to
 * cooperatives does against the same scenario without it: extra contracts and the revenue
 * (their contribution margin) per plan, the gaps, and the distance to the Doughnut.
 */
export function ProcurementPanel({ effect, planName }: { effect: Effect; planName: (id: string) => string }) {
  const { t } = useTranslation();
  const { locale } = useLang();
  const money = (euros: number) => formatMoneyRounded(euros, locale);
  const percent = (share: number) => formatPercent(share, locale, 1);
  const plans = effect.plans.filter((p) => p.extraVolume > 0 || p.gapWith !== p.gapWithout);
  const volume = effect.plans.reduce((s, p) => s + p.extraVolume, 0);
  const revenue = effect.plans.reduce((s, p) => s + p.extraRevenue, 0);
  return (
    <TableSection
      titleId="procurement-effect-title"
      title={t('procurement.effect.title')}
      hint={t('procurement.effect.intro', {
        target: formatPercent(effect.targetShare, locale, 2),
        margin: percent(effect.contributionMargin),
      })}
      testId="procurement-effect"
    >
      <p data-testid="procurement-effect-totals">
        {t('procurement.effect.totals', {
          volume: money(volume),
          revenue: money(revenue),
          gapWithout: money(effect.gapWithout),
          gapWith: money(effect.gapWith),
        })}
      </p>
      <p data-testid="procurement-effect-distance">
        {t('procurement.effect.distance', {
          without: formatNumber(effect.distanceWithout, locale, 4),
          with: formatNumber(effect.distanceWith, locale, 4),
          change: formatSignificant(effect.distanceWith - effect.distanceWithout, locale, 2, true),
        })}
      </p>
      {plans.length === 0 ? (
        <p className="muted">{t('procurement.effect.none')}</p>
      ) : (
        <DataTable
          className="table"
          testId="procurement-effect-plans"
          columns={[
            { label: t('procurement.effect.columns.plan') },
            { label: t('procurement.effect.columns.extraVolume'), num: true },
            { label: t('procurement.effect.columns.extraRevenue'), num: true },
            { label: t('procurement.effect.columns.gapWithout'), num: true },
            { label: t('procurement.effect.columns.gapWith'), num: true },
            { label: t('procurement.effect.columns.funded'), num: true },
          ]}
        >
          <tbody>
            {plans.map((p) => (
              <tr
                key={p.planId}
                data-plan={p.planId}
                data-gap-without={p.gapWithout}
                data-gap-with={p.gapWith}
              >
                <th scope="row">{planName(p.planId)}</th>
                <td className="num">{money(p.extraVolume)}</td>
                <td className="num">{money(p.extraRevenue)}</td>
                <td className="num">{money(p.gapWithout)}</td>
                <td className="num">{money(p.gapWith)}</td>
                <td className="num">
                  {percent(p.fundedShareWithout)} → {percent(p.fundedShareWith)}
                </td>
              </tr>
            ))}
          </tbody>
        </DataTable>
      )}
    </TableSection>
  );
}
