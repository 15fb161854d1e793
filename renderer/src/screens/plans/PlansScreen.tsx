import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { PlanJson } from '../../../../src/model/plan';
import { EmptyState } from '../../components/EmptyState';
import { NewButton } from '../../components/NewButton';
import { PageHeading } from '../../components/PageHeading';
import { DataTable } from '../../components/table/DataTable';
import { PlanNameCell } from '../../components/table/PlanNameCell';
import { formatMoney, formatNumber, formatYearRange } from '../../domain/format';
import { cooperativeNames, planLastYear, planTotalCost } from '../../domain/plans';
import { useLang } from '../../i18n/useLang';
import { useWorkspaceData } from '../../state/workspaceContext';
import { BackLink } from './BackLink';
import { PlanBuilder } from './builder/PlanBuilder';
import { DeletePlanDialog } from './DeletePlanDialog';
import { NewPlanDialog } from './NewPlanDialog';
import { RowActions } from '../../components/RowActions';
import { usePlanActions } from './usePlanActions';

export function PlansScreen({ planId }: { planId: string | null }) {
  const { t } = useTranslation();
  const { locale } = useLang();
  const data = useWorkspaceData();
  const cooperativeName = cooperativeNames(data.cooperatives);
  const actions = usePlanActions();
  const [creating, setCreating] = useState(false);
  const [deleting, setDeleting] = useState<PlanJson | null>(null);

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
      <PageHeading
        title={t('plans.title')}
        intro={t('plans.intro')}
        actions={
          <NewButton
            label={t('planActions.new')}
            testId="new-plan"
            operation="plans.create"
            onClick={() => setCreating(true)}
          />
        }
      />
      {data.plans.length === 0 ? (
        <EmptyState text={t('plans.empty')} testId="plans-empty" />
      ) : (
        <DataTable
          className="table"
          testId="plan-table"
          caption={t('plans.caption')}
          columns={[
            { label: t('plans.columns.name') },
            { label: t('plans.columns.cooperative') },
            { label: t('plans.columns.years') },
            { label: t('plans.columns.totalCost'), num: true },
            { label: t('plans.columns.costLines'), num: true },
            { label: t('common.actions'), hidden: true },
          ]}
        >
          <tbody>
            {data.plans.map((plan) => (
              <tr key={plan.id} data-testid="plan-row" data-id={plan.id}>
                <PlanNameCell planId={plan.id} name={plan.name} />
                <td dir="auto">{cooperativeName(plan.cooperativeId)}</td>
                <td className="nowrap">{formatYearRange(plan.startYear, planLastYear(plan))}</td>
                <td className="num">{formatMoney(planTotalCost(plan), locale, true)}</td>
                <td className="num">{formatNumber(plan.costs.length, locale)}</td>
                <RowActions
                  name={plan.name}
                  first={{
                    icon: 'copy',
                    label: t('planActions.copyNamed', { name: plan.name }),
                    title: t('planActions.copy'),
                    testId: 'copy-plan',
                    onClick: () => void actions.copy(plan),
                  }}
                  onDelete={() => setDeleting(plan)}
                  deleteTestId="delete-plan"
                  operations={{ first: 'plans.create', delete: 'plans.delete' }}
                />
              </tr>
            ))}
          </tbody>
        </DataTable>
      )}
      {creating && <NewPlanDialog onCreate={actions.create} onClose={() => setCreating(false)} />}
      {deleting !== null && (
        <DeletePlanDialog
          plan={deleting}
          onConfirm={() => actions.remove(deleting)}
          onClose={() => setDeleting(null)}
        />
      )}
    </>
  );
}
