import { describe, expect, it } from 'vitest';
import { filterRows, foldForSearch, nextSort, sortRows } from '../../renderer/src/domain/lists';

const rows = [
  { name: 'Zon op Oost', members: 40, district: 'Oost' },
  { name: 'Ölfabriek', members: 5, district: undefined },
  { name: 'apenheul', members: 120, district: 'Noord' },
  { name: 'Coöperatie 10', members: 7, district: 'West' },
  { name: 'Coöperatie 9', members: 7, district: 'Zuid' },
];

describe('sorting list rows', () => {
  it('sorts names with the locale’s collation, ignoring case and accents, numbers naturally', () => {
    expect(sortRows(rows, (r) => r.name, 'ascending', 'nl-NL').map((r) => r.name)).toEqual([
      'apenheul',
      'Coöperatie 9',
      'Coöperatie 10',
      'Ölfabriek',
      'Zon op Oost',
    ]);
  });

  it('sorts numbers numerically and keeps ties in their original order', () => {
    expect(sortRows(rows, (r) => r.members, 'descending', 'nl-NL').map((r) => r.members)).toEqual([
      120, 40, 7, 7, 5,
    ]);
    expect(
      sortRows(rows, (r) => r.members, 'ascending', 'nl-NL')
        .map((r) => r.name)
        .slice(1, 3),
    ).toEqual(['Coöperatie 10', 'Coöperatie 9']);
  });

  it('puts empty values last in both directions', () => {
    expect(sortRows(rows, (r) => r.district, 'ascending', 'nl-NL').at(-1)?.name).toBe('Ölfabriek');
    expect(sortRows(rows, (r) => r.district, 'descending', 'nl-NL').at(-1)?.name).toBe('Ölfabriek');
  });

  it('flips the direction on the sorted column and starts ascending on another', () => {
    expect(nextSort({ column: 'name', direction: 'ascending' }, 'name')).toEqual({
      column: 'name',
      direction: 'descending',
    });
    expect(nextSort({ column: 'name', direction: 'descending' }, 'members')).toEqual({
      column: 'members',
      direction: 'ascending',
    });
  });
});

describe('searching list rows', () => {
  const texts = (r: (typeof rows)[number]) => [r.name, r.district ?? ''];

  it('finds rows regardless of case and accents', () => {
    expect(foldForSearch('Coöperatie')).toBe('cooperatie');
    expect(filterRows(rows, 'cooperatie', texts)).toHaveLength(2);
    expect(filterRows(rows, 'OLFABRIEK', texts).map((r) => r.name)).toEqual(['Ölfabriek']);
  });

  it('needs every word to match somewhere in the row', () => {
    expect(filterRows(rows, 'coop west', texts).map((r) => r.name)).toEqual(['Coöperatie 10']);
    expect(filterRows(rows, 'coop noord', texts)).toEqual([]);
  });

  it('shows everything for an empty query', () => {
    expect(filterRows(rows, '   ', texts)).toHaveLength(rows.length);
  });
});
