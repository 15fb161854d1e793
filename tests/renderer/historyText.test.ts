import { describe, expect, it } from 'vitest';
import { pathWords, valueWords, type HistoryWords } from '../../renderer/src/screens/history/historyText';

const words: HistoryWords = {
  field: (key) =>
    ({ costs: 'Kosten', amounts: 'Bedragen', name: 'Naam', maxShareOfPlan: 'Aandeel' })[key] ?? null,
  yes: 'ja',
  no: 'nee',
  empty: '(leeg)',
};

const plan = { name: 'Plan', costs: [{ id: 'c1', label: 'Huur', amounts: { 2027: 100 } }] };

describe('history wording', () => {
  it('words a path with field names and a listed record by its label', () => {
    expect(pathWords(['costs', { id: 'c1' }, 'amounts', '2027'], plan, words)).toBe(
      'Kosten \u203a Huur \u203a Bedragen \u203a 2027',
    );
    // A line since removed is named from its value before; an unknown key stays as it is.
    expect(pathWords(['costs', { id: 'gone' }], plan, words, { id: 'gone', label: 'Loon' })).toBe(
      'Kosten \u203a Loon',
    );
    expect(pathWords(['tags', 0], plan, words)).toBe('tags \u203a 1');
  });

  it('shows euros as money, fractions as percentages and yes/no in words', () => {
    const money = valueWords(['costs', { id: 'c1' }, 'amounts', '2027'], 1234.5, 'nl-NL', words);
    expect(money.replace(/\s/g, ' ')).toBe('€ 1.234,50');
    expect(valueWords(['maxShareOfPlan'], 0.25, 'nl-NL', words)).toBe('25%');
    expect(valueWords(['members'], 12, 'nl-NL', words)).toBe('12');
    expect(valueWords(['draft'], true, 'nl-NL', words)).toBe('ja');
    expect(valueWords(['note'], undefined, 'nl-NL', words)).toBe('(leeg)');
    expect(valueWords(['costs', { id: 'c1' }], plan.costs[0], 'nl-NL', words)).toBe('Huur');
  });
});
