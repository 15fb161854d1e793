import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  annuityPayment,
  debtServicePerEuro,
  dscrByYear,
  debtServiceByYear,
  effectiveMonthlyRate,
  loanSchedule,
} from '../../src/finance/loans';
import { asCents } from '../../src/model/money';

const euros = (n: number) => asCents(Math.round(n * 100));

describe('loan arithmetic', () => {
  it('matches the monthly-convention check figures (EUR 250,000 at 3% over 360 months)', () => {
    expect(annuityPayment(250_000, 0.03 / 12, 360).toFixed(2)).toBe('1054.01');
    expect(annuityPayment(250_000, effectiveMonthlyRate(0.03), 360).toFixed(2)).toBe('1048.56');
  });

  it('schedules EUR 100,000 at 5% over 5 years with 1 grace year, residual in the last instalment', () => {
    const rows = loanSchedule(euros(100_000), 2026, { rate: 0.05, termYears: 5, graceYears: 1 });
    expect(
      rows.map((r) => [r.year, r.interest / 100, r.principal / 100, r.payment / 100, r.balance / 100]),
    ).toEqual([
      [2027, 5000, 0, 5000, 100000],
      [2028, 5000, 18097.48, 23097.48, 81902.52],
      [2029, 4095.13, 19002.35, 23097.48, 62900.17],
      [2030, 3145.01, 19952.47, 23097.48, 42947.7],
      [2031, 2147.39, 20950.09, 23097.48, 21997.61],
      [2032, 1099.88, 21997.61, 23097.49, 0],
    ]);
  });

  it('repays a zero-rate loan in equal parts with the residual last', () => {
    const rows = loanSchedule(euros(1000), 2026, { rate: 0, termYears: 3, graceYears: 0 });
    expect(rows.map((r) => r.payment)).toEqual([33333, 33333, 33334]);
    expect(rows.map((r) => r.interest)).toEqual([0, 0, 0]);
  });

  it('always repays exactly the amount drawn, in whole cents', () => {
    fc.assert(
      fc.property(
        fc.integer({ min: 1, max: 10_000_000_000 }),
        fc.double({ min: 0, max: 0.2, noNaN: true }),
        fc.integer({ min: 1, max: 30 }),
        fc.integer({ min: 0, max: 5 }),
        (amount, rate, termYears, graceYears) => {
          const rows = loanSchedule(asCents(amount), 2030, { rate, termYears, graceYears });
          expect(rows).toHaveLength(termYears + graceYears);
          expect(rows.reduce((sum, r) => sum + r.principal, 0)).toBe(amount);
          for (const r of rows) {
            expect(Number.isInteger(r.interest) && Number.isInteger(r.principal)).toBe(true);
            expect(r.principal).toBeGreaterThanOrEqual(0);
          }
          expect(rows.at(-1)!.balance).toBe(0);
        },
      ),
    );
  });

  it('gives the linear debt-service factors that the blend uses for rule 7', () => {
    const factors = debtServicePerEuro({ rate: 0.02, termYears: 2, graceYears: 1 });
    expect(factors.map((f) => f.offset)).toEqual([1, 2, 3]);
    expect(factors[0]!.factor).toBe(0.02);
    expect(factors[1]!.factor).toBeCloseTo(0.515049505, 8);
  });

  it('sums schedules per year and computes the DSCR from revenue', () => {
    const a = loanSchedule(euros(10_000), 2026, { rate: 0, termYears: 2, graceYears: 0 });
    const b = loanSchedule(euros(4_000), 2027, { rate: 0, termYears: 2, graceYears: 0 });
    const service = debtServiceByYear([a, b]);
    expect([...service.entries()]).toEqual([
      [2027, 500000],
      [2028, 700000],
      [2029, 200000],
    ]);
    const dscr = dscrByYear(service, () => euros(10_000));
    expect(dscr.get(2028)).toBeCloseTo(1000000 / 700000, 10);
  });
});
