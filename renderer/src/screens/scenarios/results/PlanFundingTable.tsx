import { useTranslation } from 'react-i18next';
import { hrefOf } from '../../../app/routes';
import type { RunPlan } from '../../../domain/impact/types';
import { formatPercent } from '../../../domain/format';
import { useLang } from '../../../i18n/useLang';

interface PlanFundingTableProps {
  plans: readonly RunPlan[];
  planName: (id: string) => string;
}

/**
 * Each plan's funded share in the blend, how often the draws fund it fully and, beside
 * that chance, the share the draws fund on average (so "0 %" for a plan 99 % funded in
 * almost every draw does not read as "unfunded").
 */
export function PlanFundingTable({ plans, planName }: PlanFundingTableProps) {
  const { t } = useTranslation();
  const { locale } = useLang();
  const percent = (share: number) => formatPercent(share, locale, 0);
  return (
    <section aria-labelledby="plan-funding-title">
      <h3 id="plan-funding-title" className="section-title">
        {t('planFunding.title')}
      </h3>
      <p className="field__hint">{t('planFunding.hint')}</p>
      <div className="table-wrap">
        <table className="table table--compact" data-testid="plan-funding">
          <caption className="visually-hidden">{t('planFunding.title')}</caption>
          <thead>
            <tr>
              <th scope="col">{t('planFunding.columns.plan')}</th>
              <th scope="col" className="num">
                {t('planFunding.columns.fundedShare')}
              </th>
              <th scope="col" className="num">
                {t('planFunding.columns.probability')}
              </th>
              <th scope="col" className="num">
                {t('planFunding.columns.expectedShare')}
              </th>
              <th scope="col" className="share-col">
                <span className="visually-hidden">{t('overview.bar')}</span>
              </th>
            </tr>
          </thead>
          <tbody>
            {plans.map((plan) => (
              <tr key={plan.planId} data-testid="plan-funding-row" data-id={plan.planId}>
                <th scope="row">
                  <a href={hrefOf({ screen: 'plans', planId: plan.planId })} dir="auto">
                    {planName(plan.planId)}
                  </a>
                </th>
                <td className="num">{percent(plan.fundedShare)}</td>
                <td className="num" data-value={plan.probabilityFullyFunded}>
                  {percent(plan.probabilityFullyFunded)}
                </td>
                <td className="num" data-value={plan.expectedFundedShare} data-testid="expected-share">
                  {percent(plan.expectedFundedShare)}
                </td>
                <td className="share-col" aria-hidden="true">
                  <span className="share-bar">
                    <span
                      className="share-bar__funded"
                      style={{ width: `${Math.round(plan.probabilityFullyFunded * 100)}%` }}
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
