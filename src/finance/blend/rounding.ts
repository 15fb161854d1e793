import type { Formulation } from './formulation';
import type { LineAmount } from './flow';
import { pairKey } from './keys';
import { Ledger } from './ledger';
import type { GuaranteeUse } from './types';
import type { BlendProblem } from './problem';
import { awardFloor, completeGrants, fitting } from './rounding-grants';
import { makeRoom, type Granted } from './rounding-room';

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
/** How far the final fill may go beyond the solver's amount, per amount (cents). */
const MAX_FILL_CENTS = 100;

export function roundToCents(
  problem: BlendProblem,
  f: Formulation,
  amounts: LineAmount[],
  lockShortBySolver: ReadonlySet<number> = new Set(),
  guaranteeTargets: ReadonlyMap<number, number> = new Map(),
): { cents: CentAmount[]; guarantees: GuaranteeUse[] } {
  const ledger = new Ledger(problem, f, guaranteeTargets);
  // Pairs whose locks stay short of the minimum award; rounding may add to them.
  const lockShort = new Set(lockShortBySolver);
  // Less than half a cent is the solver's dust, not money: rounding it up would give a
  // stream a cent the optimum does not (a cent of a loan beside revenue that pays all).
  const all: Granted[] = amounts
    .filter((a) => a.amount >= 0.5)
    .map((a) => ({
      planIndex: a.planIndex,
      streamIndex: a.streamIndex,
      costId: a.costId,
      year: a.year,
      amount: a.amount,
      cents: 0,
    }));
  // Own revenue is rounded last: it meets the other rules only through debt service, and
  // taking its cents first could leave a loan a cent short of its minimum award, which
  // would then be withdrawn whole. It takes what the rounded outside money leaves.
  const isOwn = (g: Granted) => g.streamIndex === problem.ownRevenueIndex;
  const granted = all.filter((g) => !isOwn(g));
  const own = all.filter(isOwn);
  const grant = (g: Granted, wanted: number, withMatching: boolean) => {
    const cents = ledger.fit(g.planIndex, g.streamIndex, g.costId, g.year, wanted, withMatching);
    if (cents <= 0) return false;
    if (problem.plans[g.planIndex]!.awards.granted.has(g.streamIndex)) {
      // A grant can fill the de minimis room together with its loan's guarantee: judged as a whole.
      const kept = fitting(ledger, g, cents);
      g.cents += kept;
      return kept > 0;
    }
    g.cents += cents;
    ledger.record(g.planIndex, g.streamIndex, g.costId, g.year, cents);
    return true;
  };
  // Whole cents under every rule but matching: matching streams can depend on each other
  // (two private streams that each match the other), so it is settled after.
  const pairs = byPair(granted);
  // In year order: a revolving fund lends in a later year what earlier draws repaid.
  const byYear = [...granted].sort((a, b) => a.year - b.year);
  for (const g of byYear) grant(g, Math.floor(g.amount + 1e-6), false);
  settleMatching(problem, ledger, pairs);
  // The cents lost to rounding go back, largest remainder first, under every rule.
  // Awards that rounding left just under their minimum get their cents first.
  // A granted award the solver paid in full counts as short too when rounding left it below.
  const solvedOf = new Map<number, number>();
  for (const g of granted) {
    const k = pairKey(g.planIndex, g.streamIndex);
    solvedOf.set(k, (solvedOf.get(k) ?? f.locked.ofPlanStream(g.planIndex, g.streamIndex)) + g.amount);
  }
  const short = granted.map((g) => {
    const solved = solvedOf.get(pairKey(g.planIndex, g.streamIndex)) ?? 0;
    const minAward = awardFloor(problem, g.planIndex, g.streamIndex, solved);
    const total = ledger.totalOf(g.planIndex, g.streamIndex);
    return total > 0 && total < minAward ? 1 : 0;
  });
  // Private cents on a plan whose matching rounding left short come next: a matched
  // stream (a lock, say) may count on them more than the private money of another plan.
  const matchingShort = plansShortOfMatching(problem, ledger);
  const backsMatching = granted.map((g) =>
    problem.streams[g.streamIndex]!.isPrivate && matchingShort.has(g.planIndex) ? 1 : 0,
  );
  const remainder = granted.map((g) => g.amount - g.cents);
  const byRemainder = granted
    .map((_, i) => i)
    .sort(
      (x, y) =>
        short[y]! - short[x]! || backsMatching[y]! - backsMatching[x]! || remainder[y]! - remainder[x]!,
    );
  // Twice: money given back in the first round (private money, say) can make room for
  // amounts earlier in the order (the public money matched against it).
  for (let round = 0; round < 2; round++) {
    for (const i of byRemainder) {
      const g = granted[i]!;
      if (g.amount - g.cents <= 1e-6) continue;
      grant(g, Math.ceil(g.amount - g.cents - 1e-6), true);
    }
  }
  for (let round = 0; round < 3; round++) {
    completeMinimumAwards(problem, f, ledger, pairs, lockShort);
    settleMatching(problem, ledger, pairs);
  }
  completeGrants(problem, f, ledger, pairs);
  // Completing a grant can take private cents that matching counts on: settle it again.
  settleMatching(problem, ledger, pairs);
  // Where chains of rules lost more than a cent per amount, the ledger knows what still fits:
  // a few cents more, never a rule broken (non-public money first, as matching counts on it).
  const isPrivate = (g: Granted) => problem.streams[g.streamIndex]!.isPrivate;
  const fillOrder = [...granted.filter(isPrivate), ...granted.filter((g) => !isPrivate(g))];
  for (const g of own) grant(g, Math.floor(g.amount + 1e-6), true);
  for (const g of own) if (g.amount - g.cents > 1e-6) grant(g, Math.ceil(g.amount - g.cents - 1e-6), true);
  // Own revenue may pay whatever its line and cash flow leave: where rounding withdrew an
  // award, revenue the optimiser kept for its debt service pays the cost instead (so that
  // a debt-service limit listed as binding stays tight).
  for (const g of own) if (g.cents > 0) grant(g, Infinity, true);
  for (const g of fillOrder) if (g.cents > 0) grant(g, MAX_FILL_CENTS, true);
  reportMatchingLeftToLocks(problem, f, ledger);
  reportFundsOverdrawnByLocks(problem, f, ledger);
  const cents = all
    .filter((g) => g.cents > 0)
    .map(({ planIndex, streamIndex, costId, year, cents }) => ({
      planIndex,
      streamIndex,
      costId,
      year,
      cents,
    }));
  return { cents, guarantees: ledger.guarantees.uses() };
}

/**
 * Plans where a matching stream still holds more than its private money allows. Locked
 * amounts count too (the ledger holds them), though rounding can never take from them.
 */
function plansShortOfMatching(problem: BlendProblem, ledger: Ledger): Set<number> {
  const matched = problem.streams.filter((s) => s.stream.matching !== undefined).map((s) => s.index);
  const plans = new Set<number>();
  if (matched.length === 0) return plans;
  for (const plan of problem.plans) {
    if (matched.some((streamIndex) => ledger.matchingExcess(plan.index, streamIndex) > 0))
      plans.add(plan.index);
  }
  return plans;
}

/** Amounts grouped by plan and stream (key `pairKey`), in their order. */
function byPair(granted: Granted[]): Map<number, Granted[]> {
  const out = new Map<number, Granted[]>();
  for (const g of granted) {
    const key = pairKey(g.planIndex, g.streamIndex);
    const list = out.get(key);
    if (list === undefined) out.set(key, [g]);
    else list.push(g);
  }
  return out;
}

/**
 * The real-valued blend meets matching exactly; rounding down can leave a stream a few
 * cents over. Those cents come off the stream (largest amounts first) until every
 * matching rule holds again; taking from a private stream can tip another, so repeat.
 */
function settleMatching(problem: BlendProblem, ledger: Ledger, byPairs: Map<number, Granted[]>) {
  const pairs = [...byPairs.values()].filter(
    (list) => problem.streams[list[0]!.streamIndex]!.stream.matching !== undefined,
  );
  if (pairs.length === 0) return;
  for (let round = 0; round < 50; round++) {
    let changed = false;
    for (const list of pairs) {
      const { planIndex, streamIndex } = list[0]!;
      let excess = ledger.matchingExcess(planIndex, streamIndex);
      if (excess === 0) continue;
      for (const g of [...list].sort((a, b) => b.cents - a.cents)) {
        if (excess <= 0) break;
        const take = Math.min(g.cents, excess);
        if (take <= 0) continue;
        g.cents -= take;
        excess -= take;
        ledger.record(g.planIndex, g.streamIndex, g.costId, g.year, -take);
        changed = true;
      }
    }
    if (!changed) return;
  }
}

/**
 * A matching stream whose locked amounts need private money to the fraction of a cent
 * (EUR 69,500 locked at 1.5:1 needs 46,333.33 1/3) can stay over its limit once every
 * other amount is whole: nothing but the lock is left to take from. That is the locks'
 * doing and is reported as such (the exact whole-cent search, which a break triggers,
 * may still find a blend with a cent more private money).
 */
function reportMatchingLeftToLocks(problem: BlendProblem, f: Formulation, ledger: Ledger) {
  const reported = new Set(
    f.locked.breaks.filter((b) => b.rule === 'matching').map((b) => pairKey(b.planIndex!, b.streamIndex!)),
  );
  for (const s of problem.streams) {
    if (s.stream.matching === undefined) continue;
    for (const plan of problem.plans) {
      const excess = ledger.matchingExcess(plan.index, s.index);
      if (excess === 0 || reported.has(pairKey(plan.index, s.index))) continue;
      f.locked.breaks.push({ rule: 'matching', planIndex: plan.index, streamIndex: s.index, excess });
    }
  }
}

/**
 * A revolving fund whose locked draws need repayments to the fraction of a cent can stay
 * over once every draw is whole (a draw held to its debt-service limit rounds down and
 * repays a cent less): reported as the locks' doing, which also triggers the exact search.
 */
function reportFundsOverdrawnByLocks(problem: BlendProblem, f: Formulation, ledger: Ledger) {
  for (const s of problem.streams) {
    if (s.returns.length === 0) continue;
    const over = ledger.revolvingOverdraw(s.index);
    if (over === null) continue;
    const reported = f.locked.breaks.some((b) => b.rule === 'budget' && b.streamIndex === s.index);
    if (!reported)
      f.locked.breaks.push({ rule: 'budget', streamIndex: s.index, year: over.year, excess: over.excess });
  }
}

/** Completes awards left just below their minimum, or withdraws them; `lockShort` pairs were short through their locks. */
function completeMinimumAwards(
  problem: BlendProblem,
  f: Formulation,
  ledger: Ledger,
  pairs: Map<number, Granted[]>,
  lockShort: Set<number>,
) {
  for (const [pair, mine] of pairs) {
    const { planIndex, streamIndex } = mine[0]!;
    const minAward = problem.streams[streamIndex]!.stream.minAward ?? 0;
    let total = ledger.totalOf(planIndex, streamIndex);
    if (minAward <= 0 || total === 0 || total >= minAward) continue;
    // A granted award has no minimum: the funder decided its amount (completeGrants).
    if (problem.plans[planIndex]!.awards.granted.has(streamIndex)) continue;
    // A shortfall the locks cause is reported as such; withdrawing the other money would only
    // break rules (matching) that count on it.
    if (lockShort.has(pair)) continue;
    const complete = () => {
      for (const g of mine) {
        const add = ledger.fit(planIndex, streamIndex, g.costId, g.year, minAward - total);
        if (add <= 0) continue;
        g.cents += add;
        total += add;
        ledger.record(planIndex, streamIndex, g.costId, g.year, add);
      }
      return total >= minAward;
    };
    if (complete()) continue;
    // A few cents short where the optimum sits exactly on another limit too (debt service,
    // de minimis): cents of the plan's other money make room (largest amounts first, a few
    // cents each); withdrawing the award whole would cost far more.
    if (makeRoom(problem, ledger, pairs, mine, complete)) continue;
    for (const g of mine) {
      ledger.record(planIndex, streamIndex, g.costId, g.year, -g.cents);
      g.cents = 0;
    }
    // Locked amounts below the minimum that no other money can complete to the cent (the
    // optimiser completed them with money a limit's lock slack allowed): the locks break the
    // minimum award, and the blend says so.
    const locked = f.locked.ofPlanStream(planIndex, streamIndex);
    if (locked > 0) {
      lockShort.add(pair);
      f.locked.breaks.push({ rule: 'minAward', planIndex, streamIndex, excess: minAward - locked });
    }
  }
}
