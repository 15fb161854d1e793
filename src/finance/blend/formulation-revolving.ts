import { addLockSlack, LOCK_PENALTY, type Formulation, type FundVar } from './formulation-model';
import type { BlendProblem, StreamData } from './problem';

/** A revolving fund whose budget is limited (an unlimited one needs its repayments for nothing). */
export function isRevolving(s: StreamData): boolean {
  return s.returns.length > 0;
}

/** Per euro drawn in `drawYear`: what has come back to the fund before `year` (repayments in the years between). */
export function returnedBefore(s: StreamData, drawYear: number, year: number): number {
  let sum = 0;
  for (const r of s.returns) if (drawYear + r.offset < year) sum += r.factor;
  return sum;
}

/**
 * Rule 2 for a revolving fund (docs/blend.md): what the plans draw in a year stays within
 * the year's own budget plus returned money lent again (`V`), and the returned money lent
 * again by any year is at most what came back in the years before it. Returned money
 * carries over until it is lent; the fund's own budget does not (as for any stream).
 */
export function addRevolvingRows(
  problem: BlendProblem,
  f: Formulation,
  streamIndex: number,
  groups: readonly { year: number; vars: FundVar[] }[],
): void {
  const s = problem.streams[streamIndex]!;
  const sorted = [...groups].sort((a, b) => a.year - b.year);
  const slackFrom: boolean[] = [];
  const lockedOver: boolean[] = [];
  const relent = sorted.map(({ year }) => {
    const col = f.lp.addColumn({
      lower: 0,
      upper: Infinity,
      cost: 0,
      secondary: 0,
      integer: false,
      boundSource: null,
    });
    f.relent.push({ col, streamIndex, year });
    return col;
  });
  // Locked draws beyond a year's budget can only be met from returned money; what that
  // cannot cover is reported as broken by the locks (a slack in the running total, which
  // stays owed to the fund until repayments make it good), never made infeasible.
  let overdrawnByLocks = false;
  sorted.forEach(({ year, vars }, i) => {
    const locked = f.locked.ofStreamYear(streamIndex, year);
    const budget = s.budgetIn(year);
    if (locked > budget) overdrawnByLocks = true;
    lockedOver[i] = locked > budget;
    const cols = [...vars.map((v) => v.col), relent[i]!];
    const values = [...vars.map(() => 1), -1];
    f.lp.addRow(cols, values, -Infinity, budget - locked, { rule: 'budget', streamIndex, year });
    slackFrom[i] = overdrawnByLocks;
  });
  sorted.forEach(({ year }, i) => {
    const cols: number[] = relent.slice(0, i + 1);
    const values: number[] = cols.map(() => 1);
    let lockedBack = 0;
    for (const earlier of sorted) {
      if (earlier.year >= year) break;
      const back = (drawYear: number) => returnedBefore(s, drawYear, year);
      for (const v of earlier.vars) {
        const factor = back(v.year);
        if (factor <= 0) continue;
        cols.push(v.col);
        values.push(-factor);
      }
      lockedBack += f.locked.ofStreamYear(streamIndex, earlier.year) * back(earlier.year);
    }
    if (slackFrom[i]) {
      // Cheaper than the other lock slacks: rather report the fund overdrawn by the locks
      // than draw money elsewhere that other rules (matching) forbid, to make repayments.
      // The debt to the fund is reported where the locks made it, not in every year it lasts.
      const slack = addLockSlack(f, LOCK_PENALTY / 100, {
        rule: 'budget',
        streamIndex,
        year,
        silent: !lockedOver[i]!,
      });
      cols.push(slack);
      values.push(-1);
    }
    // Its dual says returned money is scarce, not that a year's budget is spent: the budget
    // rows of the years that lend it carry the explanation.
    f.lp.addRow(cols, values, -Infinity, lockedBack, { rule: 'revolvingReturns', streamIndex, year });
  });
}
