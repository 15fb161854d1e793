import type { Formulation } from './formulation';
import type { LineAmount } from './flow';
import { Ledger } from './ledger';
import type { BlendProblem } from './problem';

export interface CentAmount {
  planIndex: number;
  streamIndex: number;
  costId: string;
  year: number;
  cents: number;
}

/**
 * Real-valued amounts to whole cents without breaking any rule: each amount is
 * granted the whole cents the rules leave room for, then the cents lost to rounding
 * go back largest remainder first, and an award left below its minimum is completed
 * or withdrawn.
 */
export function roundToCents(problem: BlendProblem, f: Formulation, amounts: LineAmount[]): CentAmount[] {
  const ledger = new Ledger(problem, f);
  const granted = amounts.map((a) => {
    const wanted = Math.floor(a.amount + 1e-6);
    const cents = Math.min(wanted, ledger.room(a.planIndex, a.streamIndex, a.costId, a.year));
    ledger.record(a.planIndex, a.streamIndex, a.costId, a.year, cents);
    return { ...a, cents };
  });
  const byRemainder = [...granted].sort((x, y) => y.amount - y.cents - (x.amount - x.cents));
  for (const g of byRemainder) {
    if (g.amount - g.cents <= 1e-6) break;
    if (ledger.room(g.planIndex, g.streamIndex, g.costId, g.year) >= 1) {
      g.cents += 1;
      ledger.record(g.planIndex, g.streamIndex, g.costId, g.year, 1);
    }
  }
  completeMinimumAwards(problem, ledger, granted);
  return granted
    .filter((g) => g.cents > 0)
    .map(({ planIndex, streamIndex, costId, year, cents }) => ({
      planIndex,
      streamIndex,
      costId,
      year,
      cents,
    }));
}

function completeMinimumAwards(
  problem: BlendProblem,
  ledger: Ledger,
  granted: (LineAmount & { cents: number })[],
) {
  const pairs = new Set(granted.map((g) => `${g.planIndex}|${g.streamIndex}`));
  for (const pair of pairs) {
    const [planIndex, streamIndex] = pair.split('|').map(Number) as [number, number];
    const minAward = problem.streams[streamIndex]!.stream.minAward ?? 0;
    let total = ledger.totalOf(planIndex, streamIndex);
    if (minAward <= 0 || total === 0 || total >= minAward) continue;
    const mine = granted.filter((g) => g.planIndex === planIndex && g.streamIndex === streamIndex);
    for (const g of mine) {
      const add = Math.min(minAward - total, ledger.room(planIndex, streamIndex, g.costId, g.year));
      if (add <= 0) continue;
      g.cents += add;
      total += add;
      ledger.record(planIndex, streamIndex, g.costId, g.year, add);
    }
    if (total >= minAward) continue;
    for (const g of mine) {
      ledger.record(planIndex, streamIndex, g.costId, g.year, -g.cents);
      g.cents = 0;
    }
  }
}
