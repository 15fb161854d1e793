import type { Highs } from 'highs';
import { toLines, type LineAmount } from './flow';
import type { Formulation } from './formulation';
import { entryKey } from './guarantee-book';
import { integerNear } from './highs-integer';
import { pairKey } from './keys';
import type { BlendProblem } from './problem';
import { roundToCents, type CentAmount } from './rounding';
import type { GuaranteeUse } from './types';

/** Models up to this many columns get the exact whole-cent search when rounding loses cents. */
const EXACT_SEARCH_COLUMNS = 2000;

export interface RoundedBlend {
  cents: CentAmount[];
  guarantees: GuaranteeUse[];
}

interface Candidate extends RoundedBlend {
  /** Rules rounding found broken by locks (pushed to `f.locked.breaks`). */
  breaks: Formulation['locked']['breaks'];
  gap: number;
  /** Cents by which amounts fell short of the optimiser's beyond a cent per amount. */
  lost: number;
}

function guaranteeTargets(f: Formulation, values: Float64Array): Map<number, number> {
  return new Map(
    f.guarantees.map((g) => [entryKey(g.planIndex, g.streamIndex, g.loanIndex, g.year), values[g.col] ?? 0]),
  );
}

/** Per plan and stream (outside money), the optimiser's total and its number of amounts. */
function solverTotals(problem: BlendProblem, lines: readonly LineAmount[]) {
  const totals = new Map<number, { amount: number; pieces: number }>();
  for (const l of lines) {
    if (l.streamIndex === problem.ownRevenueIndex) continue;
    const k = pairKey(l.planIndex, l.streamIndex);
    const t = totals.get(k) ?? { amount: 0, pieces: 0 };
    t.amount += l.amount;
    t.pieces += 1;
    totals.set(k, t);
  }
  return totals;
}

function lostCents(
  totals: ReturnType<typeof solverTotals>,
  cents: readonly CentAmount[],
  problem: BlendProblem,
): number {
  const kept = new Map<number, number>();
  for (const c of cents) {
    if (c.streamIndex === problem.ownRevenueIndex) continue;
    const k = pairKey(c.planIndex, c.streamIndex);
    kept.set(k, (kept.get(k) ?? 0) + c.cents);
  }
  let lost = 0;
  for (const [k, t] of totals) lost += Math.max(0, t.amount - (kept.get(k) ?? 0) - t.pieces - 1);
  return lost;
}

function candidate(
  problem: BlendProblem,
  f: Formulation,
  lines: LineAmount[],
  lockShort: ReadonlySet<number>,
  targets: ReadonlyMap<number, number>,
  totals: ReturnType<typeof solverTotals>,
): Candidate {
  const before = f.locked.breaks.length;
  const { cents, guarantees } = roundToCents(problem, f, lines, lockShort, targets);
  const breaks = f.locked.breaks.splice(before);
  const total = problem.plans.reduce((sum, p) => sum + p.totalCost, 0);
  const gap = total - cents.reduce((sum, c) => sum + c.cents, 0);
  return { cents, guarantees, breaks, gap, lost: lostCents(totals, cents, problem) };
}

/**
 * The optimiser's blend in whole cents. Rounding amount by amount (rounding.ts) is fast
 * and nearly always exact; where it had to give up more than a cent per amount (limits
 * that meet over several years or streams) or leave a lock short of its minimum award, an
 * exact whole-cent search over the same rules (highs-integer.ts) is tried as well, and the
 * better blend stands: the smaller gap, then the fewer rules broken, then the fewer cents
 * lost against the optimiser (so that a limit it reached stays reached).
 */
export function roundBlend(
  highs: Highs,
  problem: BlendProblem,
  f: Formulation,
  values: Float64Array,
  lines: LineAmount[],
  lockShort: ReadonlySet<number>,
): RoundedBlend {
  const totals = solverTotals(problem, lines);
  const greedy = candidate(problem, f, lines, lockShort, guaranteeTargets(f, values), totals);
  let best = greedy;
  // Up to a few plans' worth of columns: a portfolio's search could take seconds.
  const small = f.lp.columns.length <= EXACT_SEARCH_COLUMNS;
  if (small && (greedy.lost > 0 || greedy.breaks.length > 0)) {
    const exact = integerNear(highs, f, values);
    if (exact !== null) {
      const lines2 = toLines(problem, f, exact);
      const other = candidate(problem, f, lines2, lockShort, guaranteeTargets(f, exact), totals);
      const better =
        other.gap < greedy.gap ||
        (other.gap === greedy.gap &&
          (other.breaks.length < greedy.breaks.length ||
            (other.breaks.length === greedy.breaks.length && other.lost < greedy.lost)));
      if (better) best = other;
    }
  }
  f.locked.breaks.push(...best.breaks);
  return { cents: best.cents, guarantees: best.guarantees };
}
