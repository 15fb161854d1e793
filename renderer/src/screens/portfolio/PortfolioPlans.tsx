import { useTranslation } from 'react-i18next';
import { OWN_REVENUE_COLOUR } from '../../../../src/charts/colours';
import { PlanNameCell } from '../../components/table/PlanNameCell';
import { SectionTable } from '../../components/table/TableSection';
import type { PortfolioAnalysisJson } from '../../domain/analysis/types';
import { formatMoney, formatPercent } from '../../domain/format';
import { useLang } from '../../i18n/useLang';

type PlanRow = PortfolioAnalysisJson['plans'][number];

/** The bar's width for a part of a plan's cost, in whole percent (nothing for a plan without costs). */
function widthOf(part: number, total: number): string {
  return total > 0 ? `${Math.round((part / total) * 100)}%` : '0%';
}

/**
 * Each plan's outside funding, own revenue, gap and covered share, in the scenario's
 * priority order, with a bar: outside money, then own revenue in orange.
 */
export function PortfolioPlans({ plans }: { plans: readonly PlanRow[] }) {
  const { t } = useTranslation();
  const { locale } = useLang();
  const money = (euros: number) => formatMoney(euros, locale, true);
  return (
    <SectionTable
      titleId="portfolio-plans-title"
      title={t('portfolio.plansTitle')}
      table={{
        className: 'table table--compact portfolio-plans',
        testId: 'portfolio-plans',
        columns: [
          { label: t('portfolio.columns.plan') },
          { label: t('metrics.totalCost'), num: true },
          { label: t('portfolio.columns.outside'), num: true },
          { label: t('portfolio.columns.ownRevenue'), num: true },
          { label: t('metrics.gap'), num: true },
          { label: t('portfolio.columns.fundedShare'), num: true },
          { label: t('overview.bar'), hidden: true, className: 'share-col' },
        ],
      }}
    >
      <tbody>
        {plans.map((plan) => (
          <tr key={plan.planId} data-testid="portfolio-plan" data-id={plan.planId}>
            <PlanNameCell planId={plan.planId} name={plan.name} />
            <td className="num">{money(plan.totalCost)}</td>
            <td className="num">{money(plan.funded)}</td>
            <td className="num" data-testid="portfolio-plan-own-revenue" data-value={plan.ownRevenue}>
              {money(plan.ownRevenue)}
            </td>
            <td className={plan.gap > 0 ? 'num gap-amount' : 'num'}>{money(plan.gap)}</td>
            <td className="num">{formatPercent(plan.fundedShare, locale, 0)}</td>
            <td className="share-col" aria-hidden="true">
              {/* Flex: the outside and own-revenue parts sit side by side in one bar. */}
              <span className="share-bar" style={{ display: 'flex' }}>
                <span
                  className="share-bar__funded"
                  style={{ width: widthOf(plan.funded, plan.totalCost), flex: 'none' }}
                />
                <span
                  className="share-bar__funded"
                  style={{
                    width: widthOf(plan.ownRevenue, plan.totalCost),
                    flex: 'none',
                    background: OWN_REVENUE_COLOUR,
                  }}
                />
              </span>
            </td>
          </tr>
        ))}
      </tbody>
    </SectionTable>
  );
}
