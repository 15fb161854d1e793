import { describe, expect, it } from 'vitest';
import {
  entryValue,
  formatAmountInput,
  formatPercentInput,
  parseNumberEntry,
  percentEntryValue,
} from '../../renderer/src/domain/numbers';

const number = (value: number, decimals: number) => ({ kind: 'number', value, decimals });

describe('reading typed numbers', () => {
  it('reads Dutch entry with thousands dots and a decimal comma', () => {
    expect(parseNumberEntry('1.234,56', 'nl-NL')).toEqual(number(1234.56, 2));
    expect(parseNumberEntry('1.234.567', 'nl-NL')).toEqual(number(1234567, 0));
  });

  it('reads English entry with thousands commas and a decimal point', () => {
    expect(parseNumberEntry('1,234.56', 'en-GB')).toEqual(number(1234.56, 2));
    expect(parseNumberEntry('1,234,567', 'en-GB')).toEqual(number(1234567, 0));
  });

  it('accepts the other language’s full notation whatever the locale', () => {
    expect(parseNumberEntry('1,234.56', 'nl-NL')).toEqual(number(1234.56, 2));
    expect(parseNumberEntry('1.234,56', 'en-GB')).toEqual(number(1234.56, 2));
  });

  it('takes a lone separator before three digits as the thousands mark unless it is the locale’s decimal mark', () => {
    expect(parseNumberEntry('1.234', 'nl-NL')).toEqual(number(1234, 0));
    expect(parseNumberEntry('1,234', 'en-GB')).toEqual(number(1234, 0));
    expect(parseNumberEntry('1,234', 'nl-NL')).toEqual(number(1.234, 3));
    expect(parseNumberEntry('1.234', 'en-GB')).toEqual(number(1.234, 3));
  });

  it('takes a lone separator before other digit counts as the decimal mark', () => {
    expect(parseNumberEntry('12,5', 'nl-NL')).toEqual(number(12.5, 1));
    expect(parseNumberEntry('12.5', 'nl-NL')).toEqual(number(12.5, 1));
    expect(parseNumberEntry('0.125', 'nl-NL')).toEqual(number(0.125, 3));
  });

  it('ignores spaces, the euro sign and a percent sign', () => {
    expect(parseNumberEntry(' € 2 500,00 ', 'nl-NL')).toEqual(number(2500, 2));
    expect(parseNumberEntry('50%', 'en-GB')).toEqual(number(50, 0));
  });

  it('reads a minus sign', () => {
    expect(parseNumberEntry('-5', 'nl-NL')).toEqual(number(-5, 0));
    expect(parseNumberEntry('\u22125,5', 'nl-NL')).toEqual(number(-5.5, 1));
  });

  it('reports empty and unreadable entries', () => {
    expect(parseNumberEntry('   ', 'nl-NL')).toEqual({ kind: 'empty' });
    expect(parseNumberEntry('twaalf', 'nl-NL')).toEqual({ kind: 'invalid', text: 'twaalf' });
    expect(parseNumberEntry('1,2,3', 'en-GB').kind).toBe('invalid');
    expect(parseNumberEntry('12,34,567.8', 'en-GB').kind).toBe('invalid');
    expect(parseNumberEntry('1e5', 'en-GB').kind).toBe('invalid');
    expect(parseNumberEntry('1.2.3,4,5', 'nl-NL').kind).toBe('invalid');
  });

  it('passes unreadable text on so the schema can say it is not a number', () => {
    expect(entryValue(parseNumberEntry('abc', 'nl-NL'))).toBe('abc');
    expect(entryValue(parseNumberEntry('', 'nl-NL'))).toBeUndefined();
  });
});

describe('percentages', () => {
  it('turns a percentage into the fraction the model stores, without binary noise', () => {
    expect(percentEntryValue(parseNumberEntry('50', 'nl-NL'))).toBe(0.5);
    expect(percentEntryValue(parseNumberEntry('12,5', 'nl-NL'))).toBe(0.125);
    expect(percentEntryValue(parseNumberEntry('7', 'en-GB'))).toBe(0.07);
    expect(percentEntryValue(parseNumberEntry('14.3', 'en-GB'))).toBe(0.143);
    expect(percentEntryValue(parseNumberEntry('', 'en-GB'))).toBeUndefined();
  });

  it('shows a stored fraction as the percentage typed into the field', () => {
    expect(formatPercentInput(0.125, 'nl-NL')).toBe('12,5');
    expect(formatPercentInput(0.07, 'en-GB')).toBe('7');
    expect(formatPercentInput(0.0225, 'en-GB')).toBe('2.25');
  });

  it('round-trips fractions through the field', () => {
    for (const fraction of [0, 0.01, 0.0225, 0.1, 0.333, 0.5, 0.6, 1]) {
      for (const locale of ['nl-NL', 'en-GB'] as const) {
        const text = formatPercentInput(fraction, locale);
        expect(percentEntryValue(parseNumberEntry(text, locale))).toBe(fraction);
      }
    }
  });
});

describe('amount fields', () => {
  it('shows amounts without grouping, with cents only when there are any', () => {
    expect(formatAmountInput(1234, 'nl-NL')).toBe('1234');
    expect(formatAmountInput(1234.5, 'nl-NL')).toBe('1234,50');
    expect(formatAmountInput(1234.5, 'en-GB')).toBe('1234.50');
  });

  it('round-trips amounts through the field', () => {
    for (const euros of [0, 0.01, 5, 999.99, 1234.5, 150000, 987654321.09]) {
      for (const locale of ['nl-NL', 'en-GB'] as const) {
        expect(entryValue(parseNumberEntry(formatAmountInput(euros, locale), locale))).toBe(euros);
      }
    }
  });
});
