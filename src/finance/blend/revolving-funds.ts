import { asCents } from '../../model/money';
import type { BlendProblem } from './problem';
import type { Allocation, RevolvingFundYear } from './types';

/**
 * Each revolving fund's years under a blend (locked amounts included): what the plans
 * drew, the repayments of the year before (available from this year on), what of those
 * was lent again (the draws beyond the year's own budget) and what is left of them.
 */
export function revolvingFunds(
  problem: BlendProblem,
  allocations: readonly Allocation[],
): RevolvingFundYear[] {
  const out: RevolvingFundYear[] = [];
  const lastYear = Math.max(...problem.plans.map((p) => p.lastYear));
  for (const s of problem.streams) {
    if (s.returns.length === 0) continue;
    const drawn = new Map<number, number>();
    for (const a of allocations)
      if (a.streamId === s.stream.id) drawn.set(a.year, (drawn.get(a.year) ?? 0) + a.amount);
    if (drawn.size === 0) continue;
    const returnedIn = new Map<number, number>();
    for (const [year, amount] of drawn)
      for (const r of s.returns)
        returnedIn.set(year + r.offset, (returnedIn.get(year + r.offset) ?? 0) + amount * r.factor);
    const first = Math.min(...drawn.keys());
    let balance = 0;
    for (let year = first; year <= Math.max(lastYear, ...drawn.keys()); year++) {
      const returned = returnedIn.get(year - 1) ?? 0;
      const budget = s.budgetIn(year);
      const draws = drawn.get(year) ?? 0;
      const relent = Number.isFinite(budget) ? Math.max(0, draws - budget) : 0;
      balance += returned - relent;
      out.push({
        streamId: s.stream.id,
        year,
        budget: Number.isFinite(budget) ? asCents(budget) : null,
        drawn: asCents(draws),
        returned: asCents(Math.round(returned)),
        relent: asCents(relent),
        balance: asCents(Math.round(balance)),
      });
    }
  }
  return out;
}
