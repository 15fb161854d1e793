import { useTranslation } from 'react-i18next';
import { PlanNameCell } from '../../../components/table/PlanNameCell';
import { SectionTable } from '../../../components/table/TableSection';
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
    <SectionTable
      titleId="plan-funding-title"
      title={t('planFunding.title')}
      hint={t('planFunding.hint')}
      table={{
        className: 'table table--compact',
        testId: 'plan-funding',
        columns: [
          { label: t('planFunding.columns.plan') },
          { label: t('planFunding.columns.fundedShare'), num: true },
          { label: t('planFunding.columns.probability'), num: true },
          { label: t('planFunding.columns.expectedShare'), num: true },
          { label: t('overview.bar'), hidden: true, className: 'share-col' },
        ],
      }}
    >
      <tbody>
        {plans.map((plan) => (
          <tr key={plan.planId} data-testid="plan-funding-row" data-id={plan.planId}>
            <PlanNameCell planId={plan.planId} name={planName(plan.planId)} />
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
    </SectionTable>
  );
}
