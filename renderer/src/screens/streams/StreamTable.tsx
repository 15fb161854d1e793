import { useTranslation } from 'react-i18next';
import type { FundingStreamJson } from '../../../../src/model/stream';
import { localIsoDay, termsAge } from '../../../../src/reports/terms-age';
import { TermsFlag, TermsSource } from '../../components/terms/TermsFlag';
import { budgetSortValue, summariseBudget } from '../../domain/budget';
import { formatMoney, formatYearRange } from '../../domain/format';
import { useLabels } from '../../i18n/useLabels';
import { useLang } from '../../i18n/useLang';
import type { TableProps } from '../shared/entityScreen';
import { ListTable, type ListColumn } from '../shared/ListTable';
import { useBudgetText } from './useBudgetText';

function BudgetCell({ summary }: { summary: { text: string; note?: string } }) {
  return (
    <td className="num">
      {summary.text}
      {summary.note !== undefined && <span className="cell-sub">{summary.note}</span>}
    </td>
  );
}

type Column = 'silo' | 'kind' | 'budget' | 'maxPerPlan' | 'years' | 'terms';

export function StreamTable(props: TableProps<FundingStreamJson>) {
  const { t } = useTranslation();
  const { locale } = useLang();
  const labels = useLabels();
  const budgetText = useBudgetText();
  const today = localIsoDay();
  // Sorted by age in days; undated terms count as the oldest, as they need checking most.
  const termsSortValue = (s: FundingStreamJson) => {
    const age = termsAge(s.termsDate, today);
    return age.status === 'missing' ? Number.MAX_SAFE_INTEGER : age.days;
  };

  const yearsText = (s: FundingStreamJson) =>
    s.years === undefined ? t('streams.allYears') : formatYearRange(s.years[0], s.years[1]);
  const columns: ListColumn<FundingStreamJson, Column>[] = [
    { id: 'silo', sortValue: (s) => s.silo },
    { id: 'kind', sortValue: (s) => labels.streamKind(s.kind) },
    { id: 'budget', sortValue: (s) => budgetSortValue(summariseBudget(s.budgetPerYear)), numeric: true },
    { id: 'maxPerPlan', sortValue: (s) => s.maxPerPlan, numeric: true },
    { id: 'years', sortValue: (s) => s.years?.[0] },
    { id: 'terms', sortValue: termsSortValue },
  ];

  return (
    <ListTable
      {...props}
      section="streams"
      testIds={{ empty: 'streams-empty', search: 'stream-search', table: 'stream-table', row: 'stream-row' }}
      columns={columns}
      columnLabel={(column) => t(`streams.columns.${column}`)}
      searchTexts={(s) => [s.name, s.id, s.silo, s.provider ?? '', labels.streamKind(s.kind), s.source ?? '']}
      cells={(s) => (
        <>
          <td>
            <code className="slug">{s.silo}</code>
          </td>
          <td>{labels.streamKind(s.kind)}</td>
          <BudgetCell summary={budgetText(summariseBudget(s.budgetPerYear))} />
          <td className="num">
            {s.maxPerPlan === undefined ? t('common.none') : formatMoney(s.maxPerPlan, locale)}
          </td>
          <td className="nowrap">{yearsText(s)}</td>
          <td className="terms-cell" data-testid="stream-terms">
            <TermsFlag termsDate={s.termsDate} today={today} showCurrent testId="terms-flag" />
            <TermsSource source={s.source} testId="terms-source" />
          </td>
        </>
      )}
    />
  );
}
