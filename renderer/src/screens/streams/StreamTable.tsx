import { useTranslation } from 'react-i18next';
import type { FundingStreamJson } from '../../../../src/model/stream';
import { siloLabel } from '../../../../src/model/silo';
import { localIsoDay } from '../../../../src/reports/terms-age';
import { TermsFlag, TermsSource } from '../../components/terms/TermsFlag';
import { budgetSortValue, summariseBudget } from '../../domain/budget';
import { formatMoney, formatYearRange } from '../../domain/format';
import { useLabels } from '../../i18n/useLabels';
import { useLang } from '../../i18n/useLang';
import type { TableProps } from '../shared/entityScreen';
import { ListTable, type ListColumn } from '../shared/ListTable';
import './streams.css';
import { useBudgetText } from './useBudgetText';

function BudgetCell({ summary }: { summary: { text: string; note?: string } }) {
  return (
    <td className="num stream-budget">
      {summary.text}
      {summary.note !== undefined && <span className="cell-sub">{summary.note}</span>}
    </td>
  );
}

type Column = 'silo' | 'kind' | 'budget' | 'maxPerPlan' | 'years';

export function StreamTable(props: TableProps<FundingStreamJson>) {
  const { t } = useTranslation();
  const { locale } = useLang();
  const labels = useLabels();
  const budgetText = useBudgetText();
  const today = localIsoDay();
  const yearsText = (s: FundingStreamJson) =>
    s.years === undefined ? t('streams.allYears') : formatYearRange(s.years[0], s.years[1]);
  const columns: ListColumn<FundingStreamJson, Column>[] = [
    { id: 'silo', sortValue: (s) => siloLabel(s.silo) },
    { id: 'kind', sortValue: (s) => labels.streamKind(s.kind) },
    { id: 'budget', sortValue: (s) => budgetSortValue(summariseBudget(s.budgetPerYear)), numeric: true },
    { id: 'maxPerPlan', sortValue: (s) => s.maxPerPlan, numeric: true },
    { id: 'years', sortValue: (s) => s.years?.[0] },
  ];

  return (
    <ListTable
      {...props}
      section="streams"
      testIds={{ empty: 'streams-empty', search: 'stream-search', table: 'stream-table', row: 'stream-row' }}
      columns={columns}
      columnLabel={(column) => t(`streams.columns.${column}`)}
      searchTexts={(s) => [
        s.name,
        s.id,
        siloLabel(s.silo),
        s.provider ?? '',
        labels.streamKind(s.kind),
        s.source ?? '',
        s.draft === true ? t('streamStatus.badge') : '',
      ]}
      nameExtra={(s) =>
        s.draft === true && (
          <span className="badge badge--draft" data-testid="draft-badge" title={t('streamStatus.badgeTitle')}>
            {t('streamStatus.badge')}
          </span>
        )
      }
      cells={(s) => (
        <>
          <td dir="auto">{siloLabel(s.silo)}</td>
          <td>{labels.streamKind(s.kind)}</td>
          <BudgetCell
            summary={
              // A draft without a budget has none chosen yet: "unlimited" would say more than is known.
              s.draft === true && s.budgetPerYear === undefined
                ? { text: t('streamStatus.budgetNotChosen') }
                : budgetText(summariseBudget(s.budgetPerYear))
            }
          />
          <td className="num">
            {s.maxPerPlan === undefined ? t('common.none') : formatMoney(s.maxPerPlan, locale)}
          </td>
          {/* The terms share the years' cell: both say when the stream holds, and a column
              of their own would push the table past a laptop screen's width. */}
          <td className="terms-cell" data-testid="stream-terms">
            <span className="nowrap">{yearsText(s)}</span>
            <TermsFlag termsDate={s.termsDate} today={today} showCurrent testId="terms-flag" />
            <TermsSource source={s.source} testId="terms-source" />
          </td>
        </>
      )}
    />
  );
}
