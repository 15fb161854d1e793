export type SortDirection = 'ascending' | 'descending';

export interface SortState<K extends string> {
  column: K;
  direction: SortDirection;
}

/** Clicking the sorted column flips it; another column starts ascending. */
export function nextSort<K extends string>(current: SortState<K>, column: K): SortState<K> {
  if (current.column !== column) return { column, direction: 'ascending' };
  return { column, direction: current.direction === 'ascending' ? 'descending' : 'ascending' };
}

export type SortValue = string | number | undefined;

/**
 * A stable sort by one column: text with the locale's collation (so "Ölfabriek"
 * sorts near "Olie"), numbers numerically, empty values last in either direction.
 */
export function sortRows<T>(
  rows: readonly T[],
  valueOf: (row: T) => SortValue,
  direction: SortDirection,
  locale: string,
): T[] {
  const collator = new Intl.Collator(locale, { numeric: true, sensitivity: 'base' });
  const sign = direction === 'ascending' ? 1 : -1;
  return rows
    .map((row, index) => ({ row, index, value: valueOf(row) }))
    .sort((a, b) => {
      if (a.value === undefined || b.value === undefined) {
        if (a.value === b.value) return a.index - b.index;
        return a.value === undefined ? 1 : -1;
      }
      const order =
        typeof a.value === 'number' && typeof b.value === 'number'
          ? a.value - b.value
          : collator.compare(String(a.value), String(b.value));
      return order === 0 ? a.index - b.index : sign * order;
    })
    .map((entry) => entry.row);
}

/** Lowercase without accents, so "cooperatie" finds "Coöperatie". */
export function foldForSearch(text: string): string {
  return text
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase();
}

/** Rows where every word of the query occurs in one of the row's searchable texts. */
export function filterRows<T>(
  rows: readonly T[],
  query: string,
  textsOf: (row: T) => readonly string[],
): T[] {
  const words = foldForSearch(query)
    .split(/\s+/)
    .filter((w) => w !== '');
  if (words.length === 0) return [...rows];
  return rows.filter((row) => {
    const haystack = textsOf(row).map(foldForSearch).join('\n');
    return words.every((word) => haystack.includes(word));
  });
}
