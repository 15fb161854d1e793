import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { centsToEuros, eurosToCents, hasAtMostTwoDecimals } from '../../src/model/money';

describe('money', () => {
  it('rounds half away from zero on the decimal the user typed', () => {
    expect(eurosToCents(1.005)).toBe(101);
    expect(eurosToCents(-1.005)).toBe(-101);
    expect(eurosToCents(0.125)).toBe(13);
    expect(eurosToCents(2.675)).toBe(268);
    expect(eurosToCents(0.29)).toBe(29);
  });

  it('converts every two-decimal amount up to 10^12 euros exactly and back', () => {
    fc.assert(
      fc.property(fc.integer({ min: -100_000_000_000_000, max: 100_000_000_000_000 }), (cents) => {
        const euros = centsToEuros(cents as never);
        expect(hasAtMostTwoDecimals(euros)).toBe(true);
        expect(eurosToCents(euros)).toBe(cents === 0 ? 0 : cents);
      }),
    );
  });

  it('tells two decimals from more', () => {
    expect(hasAtMostTwoDecimals(12.34)).toBe(true);
    expect(hasAtMostTwoDecimals(12.345)).toBe(false);
    expect(hasAtMostTwoDecimals(1e-7)).toBe(false);
    expect(hasAtMostTwoDecimals(1e21)).toBe(true);
  });
});
