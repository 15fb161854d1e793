import { useTranslation } from 'react-i18next';
import type { PlanJson } from '../../../../src/model/plan';
import { hrefOf } from '../../app/routes';
import { EmptyState } from '../../components/EmptyState';
import { Icon } from '../../components/Icon';
import { PageHeading } from '../../components/PageHeading';
import { formatMoney, formatYearRange } from '../../domain/format';
import { costTable, planLastYear } from '../../domain/plans';
import { useLabels } from '../../i18n/useLabels';
import { useLang } from '../../i18n/useLang';

interface PlanDetailProps {
  plan: PlanJson | null;
  planId: string;
  cooperativeName: (id: string) => string;
}

function BackLink() {
  const { t } = useTranslation();
  return (
    <a className="back-link" href={hrefOf({ screen: 'plans', planId: null })} data-testid="plans-back">
      <Icon name="back" />
      {t('plans.back')}
    </a>
  );
}

/** A plan's cost lines per year, read-only (editing plans comes with the plan builder). */
export function PlanDetail({ plan, planId, cooperativeName }: PlanDetailProps) {
  const { t } = useTranslation();
  const { locale } = useLang();
  const labels = useLabels();
  if (plan === null) {
    return (
      <>
        <BackLink />
        <PageHeading title={t('plans.notFoundTitle')} />
        <EmptyState text={t('plans.notFound', { id: planId })} />
      </>
    );
  }
  const table = costTable(plan);
  const money = (euros: number) => formatMoney(euros, locale, table.wholeEuros);
  return (
    <>
      <BackLink />
      <PageHeading title={plan.name} />
      <dl className="facts" data-testid="plan-facts">
        <div>
          <dt>{t('plans.columns.cooperative')}</dt>
          <dd dir="auto">{cooperativeName(plan.cooperativeId)}</dd>
        </div>
        <div>
          <dt>{t('plans.columns.years')}</dt>
          <dd>{formatYearRange(plan.startYear, planLastYear(plan))}</dd>
        </div>
        <div>
          <dt>{t('plans.columns.totalCost')}</dt>
          <dd className="tabular">{formatMoney(table.total, locale)}</dd>
        </div>
        <div>
          <dt>{t('plans.columns.costLines')}</dt>
          <dd className="tabular">{plan.costs.length}</dd>
        </div>
      </dl>
      <h2 id="plan-costs-title" className="section-title">
        {t('plans.costsTitle')}
      </h2>
      {plan.costs.length === 0 ? (
        <EmptyState text={t('plans.noCosts')} />
      ) : (
        // Focusable so keyboard users can scroll a long horizon sideways.
        <div className="table-wrap" tabIndex={0} role="region" aria-labelledby="plan-costs-title">
          <table className="table table--figures" data-testid="plan-costs">
            <caption className="visually-hidden">{t('plans.costsCaption', { name: plan.name })}</caption>
            <thead>
              <tr>
                <th scope="col">{t('plans.costLine')}</th>
                {table.years.map((year) => (
                  <th key={year} scope="col" className="num">
                    {year}
                  </th>
                ))}
                <th scope="col" className="num">
                  {t('common.total')}
                </th>
              </tr>
            </thead>
            <tbody>
              {table.rows.map((row) => (
                <tr key={row.id} data-testid="cost-row">
                  <th scope="row">
                    <span dir="auto">{row.label}</span>
                    <span className="cell-sub">{labels.costCategory(row.category)}</span>
                  </th>
                  {row.amounts.map((amount, i) => (
                    <td key={table.years[i]} className={amount === 0 ? 'num muted' : 'num'}>
                      {money(amount)}
                    </td>
                  ))}
                  <td className="num strong">{money(row.total)}</td>
                </tr>
              ))}
            </tbody>
            <tfoot>
              <tr>
                <th scope="row">{t('common.total')}</th>
                {table.yearTotals.map((amount, i) => (
                  <td key={table.years[i]} className="num">
                    {money(amount)}
                  </td>
                ))}
                <td className="num">{money(table.total)}</td>
              </tr>
              <tr className="revenue-row">
                <th scope="row">{t('plans.revenues')}</th>
                {table.revenues.map((amount, i) => (
                  <td key={table.years[i]} className="num">
                    {money(amount)}
                  </td>
                ))}
                <td className="num">{money(table.revenueTotal)}</td>
              </tr>
            </tfoot>
          </table>
        </div>
      )}
    </>
  );
}
