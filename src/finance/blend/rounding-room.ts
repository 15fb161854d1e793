// Cents made room for an award a few cents short of what it must reach, shared by the
// rounding of minimum awards (rounding.ts) and of granted awards (rounding-grants.ts).
import type { LineAmount } from './flow';
import type { Ledger } from './ledger';
import type { BlendProblem } from './problem';

/** An amount of the blend on one cost line and year, in whole cents. */
export type Granted = LineAmount & { cents: number };

/** Cents of other money one award's completion may take, per amount. */
const MAKE_ROOM_CENTS = 100;

/** Takes a few cents from the plan's other amounts until `complete` succeeds; undoes each try that does not help. */
export function makeRoom(
  problem: BlendProblem,
  ledger: Ledger,
  pairs: Map<number, Granted[]>,
  mine: readonly Granted[],
  complete: () => boolean,
): boolean {
  const { planIndex, streamIndex } = mine[0]!;
  const grantedLast = (g: Granted) => (problem.plans[planIndex]!.awards.granted.has(g.streamIndex) ? 1 : 0);
  const others = [...pairs.values()]
    .flat()
    .filter((g) => g.planIndex === planIndex && g.streamIndex !== streamIndex && g.cents > 0)
    // A granted award gives its cents last (it may take them back elsewhere, completeGrants):
    // a grant a cent short is reported, a minimum award withdrawn for want of a cent is not.
    .sort((a, b) => grantedLast(a) - grantedLast(b) || b.cents - a.cents);
  const giveBack = (o: Granted, take: number) => {
    const back = ledger.fit(o.planIndex, o.streamIndex, o.costId, o.year, take);
    o.cents += back;
    ledger.record(o.planIndex, o.streamIndex, o.costId, o.year, back);
  };
  // As few cents as will do: a cent from each amount before three from any, and so on. An
  // amount frees room only in the years its own limits share with the award (a loan's
  // interest-only year frees a fraction of a cent per cent), so the largest is not always best.
  for (const step of [1, 3, 10, 30, MAKE_ROOM_CENTS]) {
    for (const o of others) {
      // Never below the other stream's own minimum award (a grant has none).
      const floor = grantedLast(o) === 1 ? 0 : (problem.streams[o.streamIndex]!.stream.minAward ?? 0);
      const spare = floor > 0 ? ledger.totalOf(o.planIndex, o.streamIndex) - floor : o.cents;
      const take = Math.min(step, o.cents, MAKE_ROOM_CENTS, spare);
      if (take <= 0) continue;
      o.cents -= take;
      ledger.record(o.planIndex, o.streamIndex, o.costId, o.year, -take);
      const done = complete();
      // A step can take more than the award needed: what still fits goes back (so that a
      // cap listed as binding is not left short by the surplus).
      giveBack(o, take);
      if (done) return true;
    }
  }
  return false;
}
