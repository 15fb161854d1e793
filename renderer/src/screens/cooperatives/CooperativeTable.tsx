import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { CooperativeJson } from '../../../../src/model/cooperative';
import { EmptyState } from '../../components/EmptyState';
import { Icon } from '../../components/Icon';
import { SearchBox } from '../../components/SearchBox';
import { SortableHeader } from '../../components/SortableHeader';
import { formatNumber } from '../../domain/format';
import { filterRows, nextSort, sortRows, type SortState, type SortValue } from '../../domain/lists';
import { useLabels } from '../../i18n/useLabels';
import { useLang } from '../../i18n/useLang';

type Column = 'name' | 'sector' | 'district' | 'stage' | 'members' | 'partnership';

interface CooperativeTableProps {
  cooperatives: readonly CooperativeJson[];
  onEdit: (cooperative: CooperativeJson) => void;
  onDelete: (cooperative: CooperativeJson) => void;
}

export function CooperativeTable({ cooperatives, onEdit, onDelete }: CooperativeTableProps) {
  const { t } = useTranslation();
  const { locale } = useLang();
  const labels = useLabels();
  const [query, setQuery] = useState('');
  const [sort, setSort] = useState<SortState<Column>>({ column: 'name', direction: 'ascending' });

  const partnershipOf = (c: CooperativeJson) => labels.partnership(c.partnership ?? 'none');
  // Sort and search by what the user sees (translated labels), not by stored codes.
  const valueOf: Record<Column, (c: CooperativeJson) => SortValue> = {
    name: (c) => c.name,
    sector: (c) => labels.sector(c.sector),
    district: (c) => (c.district === undefined || c.district === '' ? undefined : c.district),
    stage: (c) => labels.stage(c.stage),
    members: (c) => c.members,
    partnership: partnershipOf,
  };
  const visible = sortRows(
    filterRows(cooperatives, query, (c) => [
      c.name,
      c.id,
      c.district ?? '',
      labels.sector(c.sector),
      labels.stage(c.stage),
      partnershipOf(c),
    ]),
    valueOf[sort.column],
    sort.direction,
    locale,
  );
  const header = (column: Column, numeric = false) => (
    <SortableHeader
      column={column}
      label={t(`cooperatives.columns.${column}`)}
      sort={sort}
      onSort={(c) => setSort(nextSort(sort, c))}
      numeric={numeric}
    />
  );

  if (cooperatives.length === 0)
    return <EmptyState text={t('cooperatives.empty')} testId="cooperatives-empty" />;

  return (
    <>
      <div className="toolbar">
        <SearchBox
          label={t('cooperatives.search')}
          value={query}
          onChange={setQuery}
          testId="cooperative-search"
        />
        <p className="toolbar__count" role="status">
          {t('common.shown', { shown: visible.length, total: cooperatives.length })}
        </p>
      </div>
      <div className="table-wrap">
        <table className="table" data-testid="cooperative-table">
          <caption className="visually-hidden">{t('cooperatives.caption')}</caption>
          <thead>
            <tr>
              {header('name')}
              {header('sector')}
              {header('district')}
              {header('stage')}
              {header('members', true)}
              {header('partnership')}
              <th scope="col" className="actions-col">
                <span className="visually-hidden">{t('common.actions')}</span>
              </th>
            </tr>
          </thead>
          <tbody>
            {visible.map((c) => (
              <tr key={c.id} data-testid="cooperative-row" data-id={c.id}>
                <th scope="row" dir="auto">
                  {c.name}
                </th>
                <td>{labels.sector(c.sector)}</td>
                <td dir="auto">{c.district}</td>
                <td>{labels.stage(c.stage)}</td>
                <td className="num">{formatNumber(c.members, locale)}</td>
                <td>{partnershipOf(c)}</td>
                <td className="actions">
                  <button
                    type="button"
                    className="button button--small button--square"
                    onClick={() => onEdit(c)}
                    aria-label={t('common.editNamed', { name: c.name })}
                    title={t('common.edit')}
                  >
                    <Icon name="edit" />
                  </button>
                  <button
                    type="button"
                    className="button button--small button--square button--quiet-danger"
                    onClick={() => onDelete(c)}
                    aria-label={t('common.deleteNamed', { name: c.name })}
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
