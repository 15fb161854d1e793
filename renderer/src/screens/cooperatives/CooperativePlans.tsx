import { useTranslation } from 'react-i18next';
import type { CooperativeAnalysis } from '../../../../src/contract';
import type { PlanJson } from '../../../../src/model/plan';
import { EmptyState } from '../../components/EmptyState';
import { DataTable } from '../../components/table/DataTable';
import { PlanNameCell } from '../../components/table/PlanNameCell';
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
    <DataTable
      className="table"
      testId="cooperative-plans"
      caption={t('cooperativePage.plansTitle')}
      columns={[
        { label: t('plans.columns.name') },
        { label: t('plans.columns.years') },
        { label: t('plans.columns.totalCost'), num: true },
        { label: t('cooperativePage.columns.funded'), num: true },
        { label: t('cooperativePage.columns.gap'), num: true },
        { label: t('cooperativePage.columns.fundedShare'), num: true },
      ]}
    >
      <tbody>
        {plans.map((plan) => {
          const figures = funding(plan.id);
          const outside = !scenarioPlanIds.has(plan.id);
          return (
            <tr key={plan.id} data-testid="cooperative-plan" data-id={plan.id}>
              <PlanNameCell planId={plan.id} name={plan.name}>
                {outside && (
                  <span className="muted cooperative-page__note">{t('cooperativePage.notInScenario')}</span>
                )}
              </PlanNameCell>
              <td className="nowrap">{formatYearRange(plan.startYear, planLastYear(plan))}</td>
              <td className="num">{formatMoney(planTotalCost(plan), locale, true)}</td>
              <td className="num">
                {figures === undefined ? '–' : formatMoney(figures.funded, locale, true)}
              </td>
              <td className="num">{figures === undefined ? '–' : formatMoney(figures.gap, locale, true)}</td>
              <td className="num">
                {figures === undefined ? '–' : formatPercent(figures.fundedShare, locale, 1)}
              </td>
            </tr>
          );
        })}
      </tbody>
    </DataTable>
  );
}
