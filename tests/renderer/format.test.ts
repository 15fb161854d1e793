import { describe, expect, it } from 'vitest';
import {
  formatDateTime,
  formatMoney,
  formatPercent,
  formatYearRange,
  localeOf,
  sentence,
} from '../../renderer/src/domain/format';

// Intl separates the euro sign with a no-break space in Dutch.
const plain = (text: string) => text.replace(/[\u00a0\u202f]/g, ' ');

describe('display formatting', () => {
  it('formats euros the Dutch and the British way', () => {
    expect(plain(formatMoney(1234.56, 'nl-NL'))).toBe('€ 1.234,56');
    expect(formatMoney(1234.56, 'en-GB')).toBe('€1,234.56');
    expect(plain(formatMoney(0, 'nl-NL'))).toBe('€ 0,00');
  });

  it('leaves out cents only for whole amounts when asked, never rounding cents away', () => {
    expect(plain(formatMoney(250000, 'nl-NL', true))).toBe('€ 250.000');
    expect(plain(formatMoney(0.5, 'nl-NL', true))).toBe('€ 0,50');
  });

  it('maps the UI language to its formatting locale', () => {
    expect(localeOf('nl')).toBe('nl-NL');
    expect(localeOf('en')).toBe('en-GB');
  });

  it('formats fractions as percentages', () => {
    expect(plain(formatPercent(0.125, 'nl-NL'))).toBe('12,5%');
    expect(formatPercent(0.5, 'en-GB')).toBe('50%');
  });

  it('formats a saved time in the locale and refuses nonsense', () => {
    const nl = formatDateTime('2026-03-05T14:07:00Z', 'nl-NL');
    expect(nl).toMatch(/2026/);
    expect(nl).toMatch(/mrt/);
    expect(formatDateTime('2026-03-05T14:07:00Z', 'en-GB')).toMatch(/Mar/);
    expect(formatDateTime('not a time', 'en-GB')).toBeNull();
  });

  it('prints a year range once for a single year', () => {
    expect(formatYearRange(2026, 2030)).toBe('2026\u20132030');
    expect(formatYearRange(2026, 2026)).toBe('2026');
  });

  it('capitalises a lowercase validation message for display on its own', () => {
    expect(sentence('is verplicht')).toBe('Is verplicht');
    expect(sentence('')).toBe('');
  });
});
