import { asCents } from '../../model/money';
import type { Formulation } from './formulation';
import { pairKey, yearKey } from './keys';
import type { BlendProblem } from './problem';
import type { GuaranteeCents } from './ledger';
import type { CentAmount } from './rounding';
import type { GuaranteeUse } from './types';

const EPS = 1e-6;
const drawKey = (planIndex: number, loanIndex: number, year: number) =>
  yearKey(pairKey(planIndex, loanIndex), year);

/** The solver's guarantees in whole cents, rounded down (the most the final ones may be). */
export function solvedGuarantees(f: Formulation, values: Float64Array): GuaranteeCents[] {
  return f.guarantees.map((v) => ({
    planIndex: v.planIndex,
    streamIndex: v.streamIndex,
    loanIndex: v.loanIndex,
    year: v.year,
    cents: Math.floor((values[v.col] ?? 0) + EPS),
  }));
}

/**
 * The guarantees in whole cents once the loans are rounded: each at most the solver's
 * amount (rounded down) and its share of the final draw (rounded up to the cent), then
 * topped up where a loan that requires a guarantee would be short of its share by a cent
 * of rounding. docs/blend.md: a guarantee may be off its share by at most a cent.
 */
export function guaranteeUses(
  problem: BlendProblem,
  f: Formulation,
  values: Float64Array,
  cents: readonly CentAmount[],
): GuaranteeUse[] {
  if (f.guarantees.length === 0) return [];
  const draws = new Map<number, number>();
  const add = (k: number, amount: number) => draws.set(k, (draws.get(k) ?? 0) + amount);
  for (const plan of problem.plans)
    for (const lock of plan.locks) add(drawKey(plan.index, lock.streamIndex, lock.year), lock.amount);
  for (const c of cents) add(drawKey(c.planIndex, c.streamIndex, c.year), c.cents);
  const granted = f.guarantees.map((v) => {
    const draw = draws.get(drawKey(v.planIndex, v.loanIndex, v.year)) ?? 0;
    const share = problem.streams[v.streamIndex]!.stream.guarantee!.share;
    const most = Math.ceil(share * draw - EPS);
    const solved = values[v.col] ?? 0;
    return {
      v,
      draw,
      most,
      cents: Math.min(Math.floor(solved + EPS), most),
      ceiling: Math.ceil(solved - EPS),
    };
  });
  const byDraw = new Map<number, typeof granted>();
  for (const g of granted) {
    const k = drawKey(g.v.planIndex, g.v.loanIndex, g.v.year);
    byDraw.set(k, [...(byDraw.get(k) ?? []), g]);
  }
  for (const list of byDraw.values()) {
    const required = problem.streams[list[0]!.v.loanIndex]!.stream.loan?.guaranteeRequired ?? 0;
    let short = Math.ceil(required * list[0]!.draw - EPS) - list.reduce((sum, g) => sum + g.cents, 0);
    for (const g of list) {
      if (short <= 0) break;
      const top = Math.min(short, Math.min(g.most, g.ceiling) - g.cents);
      if (top > 0) {
        g.cents += top;
        short -= top;
      }
    }
  }
  return granted
    .filter((g) => g.cents > 0)
    .sort(
      (a, b) =>
        a.v.planIndex - b.v.planIndex ||
        a.v.streamIndex - b.v.streamIndex ||
        a.v.loanIndex - b.v.loanIndex ||
        a.v.year - b.v.year,
    )
    .map((g) => ({
      planId: problem.plans[g.v.planIndex]!.plan.id,
      streamId: problem.streams[g.v.streamIndex]!.stream.id,
      loanStreamId: problem.streams[g.v.loanIndex]!.stream.id,
      year: g.v.year,
      amount: asCents(g.cents),
    }));
}
