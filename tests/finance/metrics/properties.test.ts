import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { planMetrics, portfolioMetrics } from '../../../src/finance/metrics';
import { randomCase } from './random-plan';

describe('metrics: properties', () => {
  it('funded + gap = total cost when allocations respect the cover rule', () => {
    fc.assert(
      fc.property(randomCase, ({ ws, plan, allocations }) => {
        const m = planMetrics(ws, plan, allocations);
        expect(m.overfunded).toBe(0);
        expect(m.funded + m.gap).toBe(m.totalCost);
        expect(m.publicFunding + m.privateFunding).toBe(m.funded);
        expect(m.concessional + m.marketRate).toBe(m.funded);
        expect(m.expectedFunding).toBeLessThanOrEqual(m.funded);
        expect(m.fundedShare).toBeGreaterThanOrEqual(0);
        expect(m.fundedShare).toBeLessThanOrEqual(1);
      }),
    );
  });

  it('a portfolio of one plan has the plan figures', () => {
    fc.assert(
      fc.property(randomCase, ({ ws, plan, allocations }) => {
        const one = planMetrics(ws, plan, allocations);
        const all = portfolioMetrics(ws, [plan], allocations);
        expect([all.totalCost, all.funded, all.gap, all.expectedFunding, all.minDscr]).toEqual([
          one.totalCost,
          one.funded,
          one.gap,
          one.expectedFunding,
          one.minDscr,
        ]);
        // Plan and workspace both start in 2026, so the NPVs are discounted to the same year.
        expect(all.debtServiceNpv).toBe(one.debtServiceNpv);
      }),
    );
  });
});
