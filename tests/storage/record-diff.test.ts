import { describe, expect, it } from 'vitest';
import { recordChanges } from '../../src/storage/record-diff';

describe('recordChanges', () => {
  it('lists each changed leaf with its path, before and after', () => {
    const before = { name: 'Oud', budget: { 2026: 1000, 2027: 2000 }, draft: false };
    const after = { name: 'Nieuw', budget: { 2026: 1000, 2027: 2500 }, draft: true };
    expect(recordChanges(before, after)).toEqual([
      { path: ['name'], before: 'Oud', after: 'Nieuw' },
      { path: ['budget', '2027'], before: 2000, after: 2500 },
      { path: ['draft'], before: false, after: true },
    ]);
  });

  it('names a field only one side has, with the other side undefined', () => {
    expect(recordChanges({ a: 1 }, { a: 1, note: 'x' })).toEqual([
      { path: ['note'], before: undefined, after: 'x' },
    ]);
    expect(recordChanges({ a: 1, note: 'x' }, { a: 1 })).toEqual([
      { path: ['note'], before: 'x', after: undefined },
    ]);
  });

  it('matches lists of records by id: a removed line is one change, the rest unchanged', () => {
    const one = { id: 'c1', label: 'Huur', amounts: { 2026: 100 } };
    const two = { id: 'c2', label: 'Loon', amounts: { 2026: 200 } };
    expect(recordChanges({ costs: [one, two] }, { costs: [two] })).toEqual([
      { path: ['costs', { id: 'c1' }], before: one, after: undefined },
    ]);
    expect(
      recordChanges({ costs: [one, two] }, { costs: [one, { ...two, amounts: { 2026: 250 } }] }),
    ).toEqual([{ path: ['costs', { id: 'c2' }, 'amounts', '2026'], before: 200, after: 250 }]);
  });

  it('reports a new order of the same records once', () => {
    expect(recordChanges({ list: [{ id: 'a' }, { id: 'b' }] }, { list: [{ id: 'b' }, { id: 'a' }] })).toEqual(
      [{ path: ['list', 'order'], before: ['a', 'b'], after: ['b', 'a'] }],
    );
  });

  it('compares plain lists by position', () => {
    expect(recordChanges({ tags: ['a', 'b'] }, { tags: ['a', 'c', 'd'] })).toEqual([
      { path: ['tags', 1], before: 'b', after: 'c' },
      { path: ['tags', 2], before: undefined, after: 'd' },
    ]);
  });

  it('has no field changes for equal values, a created or a deleted record', () => {
    expect(recordChanges({ a: [1, { b: 2 }] }, { a: [1, { b: 2 }] })).toEqual([]);
    expect(recordChanges(null, { a: 1 })).toEqual([]);
    expect(recordChanges({ a: 1 }, null)).toEqual([]);
  });
});
