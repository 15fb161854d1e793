import type { Formulation } from './formulation';
import type { Ledger } from './ledger';
import type { BlendProblem } from './problem';
import { makeRoom, type Granted } from './rounding-room';

/**
 * What an award must reach once it gives, for the rounding's order: the stream's minimum
 * award, or for a grant its amount where the solver reached it (`solved`: the solver's
 * total of the pair, locks included). A grant the solver could not pay in full has no
 * floor: its cents come in the ordinary order, never before another award's minimum.
 */
export function awardFloor(
  problem: BlendProblem,
  planIndex: number,
  streamIndex: number,
  solved: number,
): number {
  const granted = problem.plans[planIndex]!.awards.granted.get(streamIndex);
  if (granted === undefined) return problem.streams[streamIndex]!.stream.minAward ?? 0;
  return solved >= granted - 0.5 ? granted : 0;
}

/**
 * Records the most of `wanted` cents on `g` that adds nothing to the cooperative's excess
 * over de minimis once the loan's guarantee has moved with it (`Ledger.aidOver`; aid
 * received before may already exceed the ceiling, which is not the grant's doing);
 * returns the cents kept.
 */
export function fitting(ledger: Ledger, g: Granted, wanted: number): number {
  if (wanted <= 0) return 0;
  const put = (cents: number) => ledger.record(g.planIndex, g.streamIndex, g.costId, g.year, cents);
  const before = ledger.aidOver(g.planIndex, g.year);
  const fits = () =>
    ledger.aidOver(g.planIndex, g.year) <= before &&
    ledger.unbacked(g.planIndex, g.streamIndex, g.year) === 0;
  put(wanted);
  if (fits()) return wanted;
  put(-wanted);
  let low = 0;
  let high = wanted;
  while (high - low > 1) {
    const mid = Math.floor((low + high) / 2);
    put(mid);
    const ok = fits();
    put(-mid);
    if (ok) low = mid;
    else high = mid;
  }
  if (low > 0) put(low);
  return low;
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
        const add = fitting(ledger, g, ledger.fit(planIndex, streamIndex, g.costId, g.year, granted - total));
        g.cents += add;
        total += add;
      }
      return total >= granted;
    };
    if (complete() || makeRoom(problem, ledger, pairs, mine, complete)) continue;
    completeWithPartners(problem, ledger, pairs, mine, granted);
  }
}

/**
 * Private streams that match one another (each at most m times the plan's private money)
 * can only grow together, so one cent at a time never fits. The grant takes its cents
 * beside matching, then the plan's other private money follows until every matching rule
 * holds again (and de minimis is no worse); if that cannot be done, nothing changes.
 */
function completeWithPartners(
  problem: BlendProblem,
  ledger: Ledger,
  pairs: Map<number, Granted[]>,
  mine: readonly Granted[],
  granted: number,
): boolean {
  const { planIndex, streamIndex } = mine[0]!;
  const plan = problem.plans[planIndex]!;
  const changes: { g: Granted; cents: number }[] = [];
  const put = (g: Granted, cents: number) => {
    ledger.record(g.planIndex, g.streamIndex, g.costId, g.year, cents);
    g.cents += cents;
    changes.push({ g, cents });
  };
  const partners = [...pairs.values()]
    .flat()
    .filter(
      (g) =>
        g.planIndex === planIndex &&
        g.streamIndex !== streamIndex &&
        problem.streams[g.streamIndex]!.isPrivate &&
        !plan.awards.granted.has(g.streamIndex),
    );
  const years = [...new Set([...mine, ...partners].map((g) => g.year))];
  const aidBefore = years.map((year) => ledger.aidOver(planIndex, year));
  const matched = problem.streams.filter((s) => s.stream.matching !== undefined).map((s) => s.index);
  const excess = () => Math.max(0, ...matched.map((s) => ledger.matchingExcess(planIndex, s)));
  let total = ledger.totalOf(planIndex, streamIndex);
  for (const g of mine) {
    const add = ledger.fit(planIndex, streamIndex, g.costId, g.year, granted - total, false);
    if (add <= 0) continue;
    put(g, add);
    total += add;
  }
  for (let round = 0; round < 3 && excess() > 0; round++) {
    for (const g of partners) {
      const need = excess();
      if (need <= 0) break;
      const add = ledger.fit(g.planIndex, g.streamIndex, g.costId, g.year, need, false);
      if (add > 0) put(g, add);
    }
  }
  const aidKept = years.every((year, i) => ledger.aidOver(planIndex, year) <= aidBefore[i]!);
  if (total >= granted && excess() === 0 && aidKept) return true;
  for (const { g, cents } of changes.reverse()) {
    ledger.record(g.planIndex, g.streamIndex, g.costId, g.year, -cents);
    g.cents -= cents;
  }
  return false;
}
