import { useTranslation } from 'react-i18next';
import { hrefOf } from '../../app/routes';
import { OWN_REVENUE_COLOUR } from '../../../../src/charts/colours';
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
    <section aria-labelledby="portfolio-plans-title">
      <h3 id="portfolio-plans-title" className="section-title">
        {t('portfolio.plansTitle')}
      </h3>
      <div className="table-wrap">
        <table className="table table--compact portfolio-plans" data-testid="portfolio-plans">
          <caption className="visually-hidden">{t('portfolio.plansTitle')}</caption>
          <thead>
            <tr>
              <th scope="col">{t('portfolio.columns.plan')}</th>
              <th scope="col" className="num">
                {t('metrics.totalCost')}
              </th>
              <th scope="col" className="num">
                {t('portfolio.columns.outside')}
              </th>
              <th scope="col" className="num">
                {t('portfolio.columns.ownRevenue')}
              </th>
              <th scope="col" className="num">
                {t('metrics.gap')}
              </th>
              <th scope="col" className="num">
                {t('portfolio.columns.fundedShare')}
              </th>
              <th scope="col" className="share-col">
                <span className="visually-hidden">{t('overview.bar')}</span>
              </th>
            </tr>
          </thead>
          <tbody>
            {plans.map((plan) => (
              <tr key={plan.planId} data-testid="portfolio-plan" data-id={plan.planId}>
                <th scope="row">
                  <a href={hrefOf({ screen: 'plans', planId: plan.planId })} dir="auto">
                    {plan.name}
                  </a>
                </th>
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
        </table>
      </div>
    </section>
  );
}
