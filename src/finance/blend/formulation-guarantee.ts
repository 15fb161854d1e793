import {
  addLockSlack,
  LOCK_PENALTY,
  planStreamCap,
  type Formulation,
  type FundVar,
} from './formulation-model';
import { yearKey } from './keys';
import type { BlendProblem, PlanData } from './problem';

/** Whether guarantee `g` may back a draw in `year` (its years window). */
function guaranteeOpen(problem: BlendProblem, g: number, year: number): boolean {
  const window = problem.streams[g]!.stream.years;
  return window === undefined || (year >= window[0] && year <= window[1]);
}

/**
 * Guarantees (borgstellingen) of one plan (docs/blend.md): for every draw of a loan that
 * a guarantee available to the cooperative backs, a variable for the part it backs, at
 * most the guarantee's share of the draw; a loan that requires a guarantee for a share
 * of each draw lends only as far as guarantees cover it (rule `guarantee`).
 */
function addPlanGuarantees(problem: BlendProblem, plan: PlanData, f: Formulation) {
  const loans = new Map<number, Map<number, FundVar>>();
  for (const v of f.fundsByPlan[plan.index] ?? []) {
    if (problem.streams[v.streamIndex]!.stream.kind !== 'loan') continue;
    let byYear = loans.get(v.streamIndex);
    if (byYear === undefined) loans.set(v.streamIndex, (byYear = new Map()));
    byYear.set(v.year, v);
  }
  const lockedDraws = f.locked.planYears(plan, (i) => problem.streams[i]!.stream.kind === 'loan');
  const loanIndexes = new Set([...loans.keys(), ...Object.keys(lockedDraws).map(Number)]);
  for (const loanIndex of [...loanIndexes].sort((a, b) => a - b)) {
    const loan = problem.streams[loanIndex]!.stream;
    const required = loan.loan?.guaranteeRequired ?? 0;
    const years = new Set([
      ...(loans.get(loanIndex)?.keys() ?? []),
      ...(lockedDraws[loanIndex]?.keys() ?? []),
    ]);
    for (const year of [...years].sort((a, b) => a - b)) {
      const draw = loans.get(loanIndex)?.get(year);
      const locked = lockedDraws[loanIndex]?.get(year) ?? 0;
      const backing = plan.guarantees.filter(
        (g) =>
          problem.streams[g]!.stream.guarantee!.backs.includes(loan.id) && guaranteeOpen(problem, g, year),
      );
      const cover: number[] = [];
      for (const g of backing) {
        const share = problem.streams[g]!.stream.guarantee!.share;
        if (share <= 0 || problem.streams[g]!.budgetIn(year) <= 0) continue;
        const col = f.lp.addColumn({
          lower: 0,
          upper: Infinity,
          cost: 0,
          // Only as much guarantee as a loan needs: each euro of it risks a call.
          secondary: 1e-3 + problem.streams[g]!.stream.guarantee!.callRate,
          integer: false,
          boundSource: null,
        });
        f.guarantees.push({ col, planIndex: plan.index, streamIndex: g, loanIndex, year });
        cover.push(col);
        // g <= share x (free draw + locked draw).
        const cols = draw === undefined ? [col] : [col, draw.col];
        const values = draw === undefined ? [1] : [1, -share];
        f.lp.addRow(cols, values, -Infinity, share * locked, {
          rule: 'guaranteeShare',
          planIndex: plan.index,
          year,
        });
      }
      if (required <= 0) continue;
      // required x draw <= what guarantees back; locked draws beyond it are reported, never infeasible.
      const cols = [...(draw === undefined ? [] : [draw.col]), ...cover];
      const values = [...(draw === undefined ? [] : [required]), ...cover.map(() => -1)];
      if (locked > 0) {
        const slack = addLockSlack(f, LOCK_PENALTY, {
          rule: 'guarantee',
          planIndex: plan.index,
          streamIndex: loanIndex,
          year,
        });
        cols.push(slack);
        values.push(-1);
      }
      if (cols.length === 0) continue;
      f.lp.addRow(cols, values, -Infinity, -required * locked, {
        rule: 'guarantee',
        planIndex: plan.index,
        streamIndex: loanIndex,
        year,
      });
    }
  }
}

/** Each guarantee's yearly budget over all plans, and its caps per plan. */
function addGuaranteeLimits(problem: BlendProblem, f: Formulation) {
  const byYear = new Map<number, number[]>();
  const byPlan = new Map<number, number[]>();
  for (const v of f.guarantees) {
    const yk = yearKey(v.streamIndex, v.year);
    byYear.set(yk, [...(byYear.get(yk) ?? []), v.col]);
    const pk = yearKey(v.streamIndex, v.planIndex);
    byPlan.set(pk, [...(byPlan.get(pk) ?? []), v.col]);
  }
  for (const v of f.guarantees) {
    const yk = yearKey(v.streamIndex, v.year);
    const cols = byYear.get(yk);
    if (cols === undefined) continue;
    byYear.delete(yk);
    const budget = problem.streams[v.streamIndex]!.budgetIn(v.year);
    if (Number.isFinite(budget))
      f.lp.addSumRow(cols, -Infinity, budget, { rule: 'budget', streamIndex: v.streamIndex, year: v.year });
  }
  for (const v of f.guarantees) {
    const pk = yearKey(v.streamIndex, v.planIndex);
    const cols = byPlan.get(pk);
    if (cols === undefined) continue;
    byPlan.delete(pk);
    const { cap, source } = planStreamCap(problem.plans[v.planIndex]!, problem.streams[v.streamIndex]!);
    if (Number.isFinite(cap))
      f.lp.addSumRow(cols, -Infinity, cap, {
        rule: source?.rule === 'maxShareOfPlan' ? 'maxShareOfPlan' : 'maxPerPlan',
        planIndex: v.planIndex,
        streamIndex: v.streamIndex,
      });
  }
}

export function addGuarantees(problem: BlendProblem, f: Formulation): void {
  for (const plan of problem.plans) addPlanGuarantees(problem, plan, f);
  addGuaranteeLimits(problem, f);
}
