import { useTranslation } from 'react-i18next';
import type { CooperativeAnalysis } from '../../../../src/contract';
import type { PlanJson } from '../../../../src/model/plan';
import { hrefOf } from '../../app/routes';
import { EmptyState } from '../../components/EmptyState';
import { formatMoney, formatPercent, formatYearRange } from '../../domain/format';
import { planLastYear, planTotalCost } from '../../domain/plans';
import { useLang } from '../../i18n/useLang';

interface CooperativePlansProps {
  plans: readonly PlanJson[];
  /** The plans' funding under the chosen scenario's blend, when it is in; absent: not (yet) known. */
  analysis: CooperativeAnalysis | null;
  scenarioPlanIds: ReadonlySet<string>;
}

/** The cooperative's plans, each a link to its plan builder, with its funding in the chosen scenario. */
export function CooperativePlans({ plans, analysis, scenarioPlanIds }: CooperativePlansProps) {
  const { t } = useTranslation();
  const { locale } = useLang();
  if (plans.length === 0)
    return <EmptyState text={t('cooperativePage.noPlans')} testId="cooperative-no-plans" />;
  const funding = (planId: string) => analysis?.plans.find((p) => p.planId === planId);
  return (
    <div className="table-wrap">
      <table className="table" data-testid="cooperative-plans">
        <caption className="visually-hidden">{t('cooperativePage.plansTitle')}</caption>
        <thead>
          <tr>
            <th scope="col">{t('plans.columns.name')}</th>
            <th scope="col">{t('plans.columns.years')}</th>
            <th scope="col" className="num">
              {t('plans.columns.totalCost')}
            </th>
            <th scope="col" className="num">
              {t('cooperativePage.columns.funded')}
            </th>
            <th scope="col" className="num">
              {t('cooperativePage.columns.gap')}
            </th>
            <th scope="col" className="num">
              {t('cooperativePage.columns.fundedShare')}
            </th>
          </tr>
        </thead>
        <tbody>
          {plans.map((plan) => {
            const figures = funding(plan.id);
            const outside = !scenarioPlanIds.has(plan.id);
            return (
              <tr key={plan.id} data-testid="cooperative-plan" data-id={plan.id}>
                <th scope="row">
                  <a href={hrefOf({ screen: 'plans', planId: plan.id })} dir="auto">
                    {plan.name}
                  </a>
                  {outside && (
                    <span className="muted cooperative-page__note">{t('cooperativePage.notInScenario')}</span>
                  )}
                </th>
                <td className="nowrap">{formatYearRange(plan.startYear, planLastYear(plan))}</td>
                <td className="num">{formatMoney(planTotalCost(plan), locale, true)}</td>
                <td className="num">
                  {figures === undefined ? '–' : formatMoney(figures.funded, locale, true)}
                </td>
                <td className="num">
                  {figures === undefined ? '–' : formatMoney(figures.gap, locale, true)}
                </td>
                <td className="num">
                  {figures === undefined ? '–' : formatPercent(figures.fundedShare, locale, 1)}
                </td>
              </tr>
            );
          })}
        </tbody>
      </table>
    </div>
  );
}
