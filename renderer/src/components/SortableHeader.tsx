import type { SortState } from '../domain/lists';
import { Icon } from './Icon';

interface SortableHeaderProps<K extends string> {
  column: K;
  label: string;
  sort: SortState<K>;
  onSort: (column: K) => void;
  numeric?: boolean;
}

/** A column header that sorts; `aria-sort` tells screen readers the current order. */
export function SortableHeader<K extends string>({
  column,
  label,
  sort,
  onSort,
  numeric = false,
}: SortableHeaderProps<K>) {
  const active = sort.column === column;
  const icon = !active ? 'sortNone' : sort.direction === 'ascending' ? 'sortUp' : 'sortDown';
  return (
    <th scope="col" aria-sort={active ? sort.direction : undefined} className={numeric ? 'num' : undefined}>
      <button type="button" className="sort-button" onClick={() => onSort(column)}>
        <span>{label}</span>
        <Icon name={icon} />
      </button>
    </th>
  );
}
