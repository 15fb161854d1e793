import { useTranslation } from 'react-i18next';
import { hrefOf } from '../../app/routes';
import { EmptyState } from '../../components/EmptyState';
import { PageHeading } from '../../components/PageHeading';
import { formatMoney, formatNumber, formatYearRange } from '../../domain/format';
import { cooperativeNames, planLastYear, planTotalCost } from '../../domain/plans';
import { useLang } from '../../i18n/useLang';
import { useWorkspaceData } from '../../state/workspaceContext';
import { BackLink } from './BackLink';
import { PlanBuilder } from './builder/PlanBuilder';

export function PlansScreen({ planId }: { planId: string | null }) {
  const { t } = useTranslation();
  const { locale } = useLang();
  const data = useWorkspaceData();
  const cooperativeName = cooperativeNames(data.cooperatives);

  if (planId !== null) {
    const plan = data.plans.find((p) => p.id === planId);
    if (plan !== undefined) return <PlanBuilder key={plan.id} plan={plan} />;
    return (
      <>
        <BackLink />
        <PageHeading title={t('plans.notFoundTitle')} />
        <EmptyState text={t('plans.notFound', { id: planId })} />
      </>
    );
  }

  return (
    <>
      <PageHeading title={t('plans.title')} intro={t('plans.intro')} />
      {data.plans.length === 0 ? (
        <EmptyState text={t('plans.empty')} testId="plans-empty" />
      ) : (
        <div className="table-wrap">
          <table className="table" data-testid="plan-table">
            <caption className="visually-hidden">{t('plans.caption')}</caption>
            <thead>
              <tr>
                <th scope="col">{t('plans.columns.name')}</th>
                <th scope="col">{t('plans.columns.cooperative')}</th>
                <th scope="col">{t('plans.columns.years')}</th>
                <th scope="col" className="num">
                  {t('plans.columns.totalCost')}
                </th>
                <th scope="col" className="num">
                  {t('plans.columns.costLines')}
                </th>
              </tr>
            </thead>
            <tbody>
              {data.plans.map((plan) => (
                <tr key={plan.id} data-testid="plan-row" data-id={plan.id}>
                  <th scope="row">
                    <a href={hrefOf({ screen: 'plans', planId: plan.id })} dir="auto">
                      {plan.name}
                    </a>
                  </th>
                  <td dir="auto">{cooperativeName(plan.cooperativeId)}</td>
                  <td className="nowrap">{formatYearRange(plan.startYear, planLastYear(plan))}</td>
                  <td className="num">{formatMoney(planTotalCost(plan), locale)}</td>
                  <td className="num">{formatNumber(plan.costs.length, locale)}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      )}
    </>
  );
}
