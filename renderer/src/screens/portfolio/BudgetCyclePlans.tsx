import { useTranslation } from 'react-i18next';
import type { BudgetCycleJson } from '../../../../src/contract';
import { PlanNameCell } from '../../components/table/PlanNameCell';
import { SectionTable } from '../../components/table/TableSection';
import { formatMoney, formatPercent } from '../../domain/format';
import { useLang } from '../../i18n/useLang';

// The need and its one-off part first, where the eye lands; how the need is made up after.
const LEADING = ['need', 'oneOffFunded'] as const;
const TRAILING = ['structuralFunded', 'unfunded', 'continuingCost', 'revenue'] as const;
type Amount = (typeof LEADING)[number] | (typeof TRAILING)[number];

/**
 * Per plan, what it needs per year after its last year to keep running (its continuing
 * cost lines at the last year's level minus that year's revenue), and how that is paid
 * today: by one-off money (which stops: the cliff), by structural money, or not at all.
 */
export function BudgetCyclePlans({ plans }: { plans: BudgetCycleJson['plans'] }) {
  const { t } = useTranslation();
  const { locale } = useLang();
  const money = (euros: number) => formatMoney(euros, locale, true);
  const header = (column: Amount) => ({ label: t(`budgetCycle.columns.${column}`), num: true });
  const amount = (plan: BudgetCycleJson['plans'][number], column: Amount) => (
    <td
      key={column}
      className={column === 'oneOffFunded' && plan.oneOffFunded > 0 ? 'num gap-amount' : 'num'}
      data-column={column}
      data-value={plan[column]}
    >
      {money(plan[column])}
    </td>
  );
  return (
    <SectionTable
      titleId="budget-cycle-plans-title"
      title={t('budgetCycle.plansTitle')}
      hint={t('budgetCycle.plansHint')}
      table={{
        className: 'table table--compact table--figures',
        testId: 'budget-cycle-plans',
        columns: [
          { label: t('portfolio.columns.plan') },
          { label: t('budgetCycle.columns.lastYear'), num: true },
          ...LEADING.map(header),
          { label: t('budgetCycle.columns.oneOffShareOfNeed'), num: true },
          ...TRAILING.map(header),
        ],
      }}
      scrolls
    >
      <tbody>
        {plans.map((plan) => (
          <tr key={plan.planId} data-testid="budget-cycle-plan" data-id={plan.planId}>
            <PlanNameCell planId={plan.planId} name={plan.name} />
            <td className="num">{plan.lastYear}</td>
            {LEADING.map((column) => amount(plan, column))}
            <td className="num" data-column="oneOffShare">
              {plan.oneOffShare === null ? '–' : formatPercent(plan.oneOffShare, locale, 0)}
            </td>
            {TRAILING.map((column) => amount(plan, column))}
          </tr>
        ))}
      </tbody>
    </SectionTable>
  );
}
