import type { Formulation } from './formulation';
import type { Ledger } from './ledger';
import type { BlendProblem } from './problem';
import { makeRoom, type Granted } from './rounding';

/** What an award must reach once it gives: a granted amount, else the stream's minimum award. */
export function awardFloor(problem: BlendProblem, planIndex: number, streamIndex: number): number {
  const granted = problem.plans[planIndex]!.awards.granted.get(streamIndex);
  return granted ?? problem.streams[streamIndex]!.stream.minAward ?? 0;
}

/**
 * Rounding each amount down can leave a granted award a few cents short of its amount
 * though the solver reached it. The cents go back where the rules leave room, else
 * a few cents of the plan's other money make room (as for minimum awards). An award
 * the solver itself could not pay in full is left as it is: the blend reports its
 * shortfall (award-outcomes.ts).
 */
export function completeGrants(
  problem: BlendProblem,
  f: Formulation,
  ledger: Ledger,
  pairs: Map<number, Granted[]>,
): void {
  for (const mine of pairs.values()) {
    const { planIndex, streamIndex } = mine[0]!;
    const granted = problem.plans[planIndex]!.awards.granted.get(streamIndex);
    if (granted === undefined) continue;
    const solved = mine.reduce((sum, g) => sum + g.amount, 0) + f.locked.ofPlanStream(planIndex, streamIndex);
    let total = ledger.totalOf(planIndex, streamIndex);
    if (total >= granted || solved < granted - 0.5) continue;
    const complete = () => {
      for (const g of mine) {
        const add = Math.min(granted - total, ledger.room(planIndex, streamIndex, g.costId, g.year));
        if (add <= 0) continue;
        g.cents += add;
        total += add;
        ledger.record(planIndex, streamIndex, g.costId, g.year, add);
      }
      return total >= granted;
    };
    if (!complete()) makeRoom(problem, ledger, pairs, mine, complete);
  }
}
