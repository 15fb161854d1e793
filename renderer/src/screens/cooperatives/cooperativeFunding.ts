import type { CooperativeAnalysis } from '../../../../src/contract';
import type { FundingBySilo } from '../../domain/analysis/fundingCharts';
import { sumEuros } from '../../domain/money';

/**
 * The cooperative's funding per year as the plan builder's silo chart takes it: outside
 * money by silo, own revenue, and the gap on top, so the bars add up to the year's cost.
 */
export function cooperativeFundingBySilo(analysis: CooperativeAnalysis): FundingBySilo {
  const totals = new Map<string, number[]>();
  for (const entry of analysis.siloFunding) {
    const list = totals.get(entry.silo) ?? [];
    list.push(entry.amount);
    totals.set(entry.silo, list);
  }
  // Largest silo first (the bottom of the stack), as the plan builder orders them.
  const silos = [...totals]
    .map(([silo, amounts]) => ({ silo, total: sumEuros(amounts) }))
    .filter((entry) => entry.total > 0)
    .sort((a, b) => b.total - a.total || a.silo.localeCompare(b.silo))
    .map((entry) => entry.silo);
  return {
    silos,
    years: analysis.years.map((year) => ({
      year: year.year,
      bySilo: Object.fromEntries(
        analysis.siloFunding.filter((s) => s.year === year.year).map((s) => [s.silo, s.amount]),
      ),
      funded: year.funded,
      ownRevenue: year.ownRevenue,
      cost: year.costs,
      gap: year.gap,
    })),
  };
}
