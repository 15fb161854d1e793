import { describe, expect, it } from 'vitest';
import { formatTermsDate, sourceUrl } from '../../renderer/src/components/terms/termsText';
import { localIsoDay, TERMS_STALE_AFTER_DAYS, termsAge, termsNeedCheck } from '../../src/reports/terms-age';

describe('the one-year rule for stream terms', () => {
  it('keeps terms exactly 365 days old current and flags them at 366', () => {
    expect(TERMS_STALE_AFTER_DAYS).toBe(365);
    expect(termsAge('2025-03-01', '2026-03-01')).toEqual({ status: 'current', days: 365 });
    expect(termsAge('2025-02-28', '2026-03-01')).toEqual({ status: 'stale', days: 366 });
  });

  it('counts calendar days across a leap day', () => {
    // 2024 has 29 February: a year after 2024-02-01 is 366 days.
    expect(termsAge('2024-02-01', '2025-01-31')).toEqual({ status: 'current', days: 365 });
    expect(termsAge('2024-02-01', '2025-02-01')).toEqual({ status: 'stale', days: 366 });
  });

  it('flags terms without a peildatum, or with one it cannot read', () => {
    expect(termsAge(undefined, '2026-03-01')).toEqual({ status: 'missing' });
    expect(termsAge('', '2026-03-01')).toEqual({ status: 'missing' });
    expect(termsAge('   ', '2026-03-01')).toEqual({ status: 'missing' });
    expect(termsAge('maart 2024', '2026-03-01')).toEqual({ status: 'missing' });
    expect(termsNeedCheck({ status: 'missing' })).toBe(true);
    expect(termsNeedCheck({ status: 'stale', days: 400 })).toBe(true);
    expect(termsNeedCheck({ status: 'current', days: 10 })).toBe(false);
  });

  it('judges by the date of a time stamp only, and keeps future dates current', () => {
    expect(termsAge('2025-03-01', '2026-03-01T23:59:59Z')).toEqual({ status: 'current', days: 365 });
    expect(termsAge('2026-05-18', '2026-03-01')).toEqual({ status: 'current', days: -78 });
  });

  it('takes "today" from the local calendar', () => {
    expect(localIsoDay(new Date(2026, 0, 5, 23, 30))).toBe('2026-01-05');
    expect(localIsoDay(new Date(2026, 11, 31, 0, 5))).toBe('2026-12-31');
  });
});

describe('a source as a link', () => {
  it('links web addresses only', () => {
    expect(sourceUrl('https://www.rvo.nl/subsidies')).toBe('https://www.rvo.nl/subsidies');
    expect(sourceUrl(' http://example.org ')).toBe('http://example.org/');
    expect(sourceUrl('Verordening (EU) 2023/2831')).toBeNull();
    expect(sourceUrl('javascript:alert(1)')).toBeNull();
    expect(sourceUrl('file:///etc/passwd')).toBeNull();
    expect(sourceUrl('https://')).toBeNull();
  });
});

describe('a peildatum in words', () => {
  it('is written out the local way, on the calendar day given', () => {
    expect(formatTermsDate('2024-03-03', 'nl-NL')).toBe('3 maart 2024');
    expect(formatTermsDate('2024-03-03', 'en-GB')).toBe('3 March 2024');
    expect(formatTermsDate('not a date', 'nl-NL')).toBe('not a date');
  });
});
