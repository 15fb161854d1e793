import { useState, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { EmptyState } from '../../components/EmptyState';
import { RowActions } from '../../components/RowActions';
import { SearchBox } from '../../components/SearchBox';
import { SortableHeader } from '../../components/SortableHeader';
import type { NamedEntity } from '../../domain/commands';
import { filterRows, nextSort, sortRows, type SortState, type SortValue } from '../../domain/lists';
import { useLang } from '../../i18n/useLang';
import type { ListSection, TableProps } from './entityScreen';

/** What a row's edit and delete buttons call, per collection. */
const ROW_OPERATIONS = {
  cooperatives: { first: 'cooperatives.update', delete: 'cooperatives.delete' },
  streams: { first: 'fundingStreams.update', delete: 'fundingStreams.delete' },
} as const;

/** A column after the name; sort by what the user sees (translated labels), not by stored codes. */
export interface ListColumn<E, C extends string> {
  id: C;
  sortValue: (row: E) => SortValue;
  numeric?: boolean;
}

interface ListTableProps<E extends NamedEntity, C extends string> extends TableProps<E> {
  /** Where the table's texts are in the catalogue (`search`, `caption`, `empty`). */
  section: ListSection;
  testIds: { empty: string; search: string; table: string; row: string };
  /** The columns after the name, which heads every row and is sorted by first. */
  columns: readonly ListColumn<E, C>[];
  /** Named by the caller: the catalogue's typed keys cannot follow a column type this generic. */
  columnLabel: (column: 'name' | C) => string;
  searchTexts: (row: E) => readonly string[];
  /** The row's cells for `columns`, in their order. */
  cells: (row: E) => ReactNode;
  /** Shown after the name in its cell (a status badge); absent: the name alone. */
  nameExtra?: (row: E) => ReactNode;
  /** Makes the name a link to the row's own page (a cooperative's); absent: plain text. */
  nameHref?: (row: E) => string;
}

/**
 * A collection as a searchable, sortable table whose rows end in edit and delete
 * buttons. The collections differ only in their columns, so the rest is here once.
 */
export function ListTable<E extends NamedEntity, C extends string>({
  section,
  testIds,
  rows,
  columns,
  columnLabel,
  searchTexts,
  cells,
  nameExtra,
  nameHref,
  onEdit,
  onDelete,
}: ListTableProps<E, C>) {
  const { t } = useTranslation();
  const { locale } = useLang();
  const [query, setQuery] = useState('');
  const [sort, setSort] = useState<SortState<'name' | C>>({ column: 'name', direction: 'ascending' });

  const sortValue =
    columns.find((column) => column.id === sort.column)?.sortValue ?? ((row: E): SortValue => row.name);
  const visible = sortRows(filterRows(rows, query, searchTexts), sortValue, sort.direction, locale);
  const header = (column: 'name' | C, numeric = false) => (
    <SortableHeader
      key={column}
      column={column}
      label={columnLabel(column)}
      sort={sort}
      onSort={(c) => setSort(nextSort(sort, c))}
      numeric={numeric}
    />
  );

  if (rows.length === 0) return <EmptyState text={t(`${section}.empty`)} testId={testIds.empty} />;

  return (
    <>
      <div className="toolbar">
        <SearchBox label={t(`${section}.search`)} value={query} onChange={setQuery} testId={testIds.search} />
        <p className="toolbar__count" role="status">
          {t('common.shown', { shown: visible.length, total: rows.length })}
        </p>
      </div>
      <div className="table-wrap">
        <table className="table" data-testid={testIds.table}>
          <caption className="visually-hidden">{t(`${section}.caption`)}</caption>
          <thead>
            <tr>
              {header('name')}
              {columns.map((column) => header(column.id, column.numeric))}
              <th scope="col" className="actions-col">
                <span className="visually-hidden">{t('common.actions')}</span>
              </th>
            </tr>
          </thead>
          <tbody>
            {visible.map((row) => (
              <tr key={row.id} data-testid={testIds.row} data-id={row.id}>
                <th scope="row" dir="auto">
                  {nameHref === undefined ? row.name : <a href={nameHref(row)}>{row.name}</a>}
                  {nameExtra?.(row)}
                </th>
                {cells(row)}
                <RowActions
                  name={row.name}
                  onEdit={() => onEdit(row)}
                  onDelete={() => onDelete(row)}
                  operations={ROW_OPERATIONS[section]}
                  viewWhenReadOnly
                />
              </tr>
            ))}
          </tbody>
        </table>
      </div>
      {visible.length === 0 && <EmptyState text={t('common.noMatches')} />}
    </>
  );
}
