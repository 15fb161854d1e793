import { useTranslation } from 'react-i18next';
import type { BudgetCycleJson } from '../../../../src/contract';
import { hrefOf } from '../../app/routes';
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
  const header = (column: Amount) => (
    <th key={column} scope="col" className="num">
      {t(`budgetCycle.columns.${column}`)}
    </th>
  );
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
    <section aria-labelledby="budget-cycle-plans-title">
      <h3 id="budget-cycle-plans-title" className="section-title">
        {t('budgetCycle.plansTitle')}
      </h3>
      <p className="field__hint">{t('budgetCycle.plansHint')}</p>
      <div className="table-wrap" role="region" aria-labelledby="budget-cycle-plans-title" tabIndex={0}>
        <table className="table table--compact table--figures" data-testid="budget-cycle-plans">
          <caption className="visually-hidden">{t('budgetCycle.plansTitle')}</caption>
          <thead>
            <tr>
              <th scope="col">{t('portfolio.columns.plan')}</th>
              <th scope="col" className="num">
                {t('budgetCycle.columns.lastYear')}
              </th>
              {LEADING.map(header)}
              <th scope="col" className="num">
                {t('budgetCycle.columns.oneOffShareOfNeed')}
              </th>
              {TRAILING.map(header)}
            </tr>
          </thead>
          <tbody>
            {plans.map((plan) => (
              <tr key={plan.planId} data-testid="budget-cycle-plan" data-id={plan.planId}>
                <th scope="row">
                  <a href={hrefOf({ screen: 'plans', planId: plan.planId })} dir="auto">
                    {plan.name}
                  </a>
                </th>
                <td className="num">{plan.lastYear}</td>
                {LEADING.map((column) => amount(plan, column))}
                <td className="num" data-column="oneOffShare">
                  {plan.oneOffShare === null ? '–' : formatPercent(plan.oneOffShare, locale, 0)}
                </td>
                {TRAILING.map((column) => amount(plan, column))}
              </tr>
            ))}
          </tbody>
        </table>
      </div>
    </section>
  );
}
