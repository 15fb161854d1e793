import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { FundingStreamJson } from '../../../../src/model/stream';
import { EmptyState } from '../../components/EmptyState';
import { Icon } from '../../components/Icon';
import { SearchBox } from '../../components/SearchBox';
import { SortableHeader } from '../../components/SortableHeader';
import { budgetSortValue, summariseBudget } from '../../domain/budget';
import { formatMoney, formatYearRange } from '../../domain/format';
import { filterRows, nextSort, sortRows, type SortState, type SortValue } from '../../domain/lists';
import { useLabels } from '../../i18n/useLabels';
import { useLang } from '../../i18n/useLang';
import { useBudgetText } from './useBudgetText';

function BudgetCell({ summary }: { summary: { text: string; note?: string } }) {
  return (
    <td className="num">
      {summary.text}
      {summary.note !== undefined && <span className="cell-sub">{summary.note}</span>}
    </td>
  );
}

type Column = 'name' | 'silo' | 'kind' | 'budget' | 'maxPerPlan' | 'years';

interface StreamTableProps {
  streams: readonly FundingStreamJson[];
  onEdit: (stream: FundingStreamJson) => void;
  onDelete: (stream: FundingStreamJson) => void;
}

export function StreamTable({ streams, onEdit, onDelete }: StreamTableProps) {
  const { t } = useTranslation();
  const { locale } = useLang();
  const labels = useLabels();
  const budgetText = useBudgetText();
  const [query, setQuery] = useState('');
  const [sort, setSort] = useState<SortState<Column>>({ column: 'name', direction: 'ascending' });

  const yearsText = (s: FundingStreamJson) =>
    s.years === undefined ? t('streams.allYears') : formatYearRange(s.years[0], s.years[1]);
  const valueOf: Record<Column, (s: FundingStreamJson) => SortValue> = {
    name: (s) => s.name,
    silo: (s) => s.silo,
    kind: (s) => labels.streamKind(s.kind),
    budget: (s) => budgetSortValue(summariseBudget(s.budgetPerYear)),
    maxPerPlan: (s) => s.maxPerPlan,
    years: (s) => s.years?.[0],
  };
  const visible = sortRows(
    filterRows(streams, query, (s) => [s.name, s.id, s.silo, s.provider ?? '', labels.streamKind(s.kind)]),
    valueOf[sort.column],
    sort.direction,
    locale,
  );
  const header = (column: Column, numeric = false) => (
    <SortableHeader
      column={column}
      label={t(`streams.columns.${column}`)}
      sort={sort}
      onSort={(c) => setSort(nextSort(sort, c))}
      numeric={numeric}
    />
  );

  if (streams.length === 0) return <EmptyState text={t('streams.empty')} testId="streams-empty" />;

  return (
    <>
      <div className="toolbar">
        <SearchBox label={t('streams.search')} value={query} onChange={setQuery} testId="stream-search" />
        <p className="toolbar__count" role="status">
          {t('common.shown', { shown: visible.length, total: streams.length })}
        </p>
      </div>
      <div className="table-wrap">
        <table className="table" data-testid="stream-table">
          <caption className="visually-hidden">{t('streams.caption')}</caption>
          <thead>
            <tr>
              {header('name')}
              {header('silo')}
              {header('kind')}
              {header('budget', true)}
              {header('maxPerPlan', true)}
              {header('years')}
              <th scope="col" className="actions-col">
                <span className="visually-hidden">{t('common.actions')}</span>
              </th>
            </tr>
          </thead>
          <tbody>
            {visible.map((s) => (
              <tr key={s.id} data-testid="stream-row" data-id={s.id}>
                <th scope="row" dir="auto">
                  {s.name}
                </th>
                <td>
                  <code className="slug">{s.silo}</code>
                </td>
                <td>{labels.streamKind(s.kind)}</td>
                <BudgetCell summary={budgetText(summariseBudget(s.budgetPerYear))} />
                <td className="num">
                  {s.maxPerPlan === undefined ? t('common.none') : formatMoney(s.maxPerPlan, locale)}
                </td>
                <td className="nowrap">{yearsText(s)}</td>
                <td className="actions">
                  <button
                    type="button"
                    className="button button--small button--square"
                    onClick={() => onEdit(s)}
                    aria-label={t('common.editNamed', { name: s.name })}
                    title={t('common.edit')}
                  >
                    <Icon name="edit" />
                  </button>
                  <button
                    type="button"
                    className="button button--small button--square button--quiet-danger"
                    onClick={() => onDelete(s)}
                    aria-label={t('common.deleteNamed', { name: s.name })}
                    title={t('common.delete')}
                  >
                    <Icon name="trash" />
                  </button>
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>
      {visible.length === 0 && <EmptyState text={t('common.noMatches')} />}
    </>
  );
}
