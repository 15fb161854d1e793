import type { Formulation, FundVar } from './formulation-model';
import { yearKey } from './keys';
import { isSgeiAid, type BlendProblem } from './problem';
import { addRevolvingRows, isRevolving } from './formulation-revolving';

/** Rule 2: per stream and year, what all blended plans draw stays within the budget. */
function addBudgets(problem: BlendProblem, f: Formulation) {
  const groups = new Map<number, { streamIndex: number; year: number; vars: FundVar[] }>();
  const group = (streamIndex: number, year: number) => {
    const k = yearKey(streamIndex, year);
    let found = groups.get(k);
    if (found === undefined) groups.set(k, (found = { streamIndex, year, vars: [] }));
    return found;
  };
  for (const v of f.funds) group(v.streamIndex, v.year).vars.push(v);
  // Locked stream-years without free variables still have to be checked against the budget.
  for (const plan of problem.plans) for (const lock of plan.locks) group(lock.streamIndex, lock.year);
  const revolving = new Map<number, { year: number; vars: FundVar[] }[]>();
  for (const { streamIndex, year, vars } of groups.values()) {
    const budget = problem.streams[streamIndex]!.budgetIn(year);
    if (!Number.isFinite(budget)) continue;
    if (isRevolving(problem.streams[streamIndex]!)) {
      const list = revolving.get(streamIndex) ?? [];
      list.push({ year, vars });
      revolving.set(streamIndex, list);
      continue;
    }
    const locked = f.locked.ofStreamYear(streamIndex, year);
    const rest = f.locked.remainder(budget, locked, { rule: 'budget', streamIndex, year });
    if (vars.length === 1) {
      const column = f.lp.columns[vars[0]!.col]!;
      if (rest < column.upper) {
        column.upper = rest;
        column.boundSource = { rule: 'budget', year };
      }
    } else if (vars.length > 1) {
      f.lp.addSumRow(
        vars.map((v) => v.col),
        -Infinity,
        rest,
        { rule: 'budget', streamIndex, year },
      );
    }
  }
  for (const [streamIndex, years] of revolving) addRevolvingRows(problem, f, streamIndex, years);
}

/** One de minimis ceiling's rows for one cooperative: which aid counts and against what. */
interface AidFamily {
  rule: 'deMinimis' | 'sgeiDeMinimis';
  ceiling: number;
  /** Whether aid of this stream counts under this ceiling. */
  counts: (streamIndex: number) => boolean;
  /** Whether prior aid with this SGEI flag counts. */
  countsPrior: (sgei: boolean) => boolean;
}

/**
 * Rule 6: per cooperative and every window of consecutive years, aid stays within the
 * ceiling. Aid counts its gross grant equivalent (`StreamData.gge`): a grant in full, a
 * loan the interest it saves against the reference rate (docs/blend.md).
 */
function addAidRows(
  problem: BlendProblem,
  f: Formulation,
  cooperativeId: string,
  planIndexes: readonly number[],
  family: AidFamily,
) {
  const period = problem.deMinimisPeriod;
  const cooperative = problem.plans[planIndexes[0]!]!.cooperative;
  // Money and guarantees alike: a column, the year it is granted and the stream it is aid of.
  const vars: { col: number; year: number; streamIndex: number }[] = [];
  const inPlans = new Set(planIndexes);
  for (const planIndex of planIndexes)
    for (const v of f.fundsByPlan[planIndex] ?? [])
      if (problem.streams[v.streamIndex]!.gge > 0 && family.counts(v.streamIndex)) vars.push(v);
  for (const v of f.guarantees)
    if (inPlans.has(v.planIndex) && problem.streams[v.streamIndex]!.gge > 0 && family.counts(v.streamIndex))
      vars.push(v);
  const lockedByYear = new Map<number, number>();
  for (const planIndex of planIndexes) {
    for (const lock of problem.plans[planIndex]!.locks) {
      const s = problem.streams[lock.streamIndex]!;
      if (s.gge <= 0 || !family.counts(lock.streamIndex)) continue;
      lockedByYear.set(lock.year, (lockedByYear.get(lock.year) ?? 0) + lock.amount * s.gge);
    }
  }
  const years = [...vars.map((v) => v.year), ...lockedByYear.keys()];
  if (years.length === 0) return;
  const first = Math.min(...years) - period + 1;
  const last = Math.max(...years);
  // A window's columns are those of the variable years inside it: a run of the sorted
  // distinct years, so (first, last) of that run names the row.
  const varYears = [...new Set(vars.map((v) => v.year))].sort((a, b) => a - b);
  const seen = new Map<number, { from: number; to: number; rhs: number; year: number }>();
  for (let start = first; start <= last; start++) {
    const inWindow = (year: number) => year >= start && year < start + period;
    const prior = cooperative.priorStateAid
      .filter((a) => inWindow(a.year) && family.countsPrior(a.sgei))
      .reduce((sum, a) => sum + a.amount, 0);
    const locked = [...lockedByYear].filter(([y]) => inWindow(y)).reduce((sum, [, a]) => sum + a, 0);
    const rest = f.locked.remainder(family.ceiling, prior + locked, {
      rule: family.rule,
      cooperativeId,
      year: start,
      byPriorAid: locked === 0,
    });
    const from = varYears.findIndex(inWindow);
    if (from < 0) continue;
    let to = from;
    while (to + 1 < varYears.length && inWindow(varYears[to + 1]!)) to++;
    const id = from * varYears.length + to;
    const before = seen.get(id);
    if (before === undefined || rest < before.rhs) seen.set(id, { from, to, rhs: rest, year: start });
  }
  for (const { from, to, rhs, year } of seen.values()) {
    const cols: number[] = [];
    const values: number[] = [];
    for (const v of vars) {
      if (v.year < varYears[from]! || v.year > varYears[to]!) continue;
      cols.push(v.col);
      values.push(problem.streams[v.streamIndex]!.gge);
    }
    f.lp.addRow(cols, values, -Infinity, rhs, { rule: family.rule, cooperativeId, year });
  }
}

/**
 * Rule 6 for every cooperative: general de minimis (Reg. (EU) 2023/2831) and, for a
 * cooperative entrusted with an SGEI, general and SGEI aid together within the SGEI
 * ceiling (Reg. (EU) 2023/2832, art. 5(2)).
 */
function addDeMinimis(problem: BlendProblem, f: Formulation) {
  const byCooperative = new Map<string, number[]>();
  for (const plan of problem.plans) {
    const list = byCooperative.get(plan.cooperative.id) ?? [];
    list.push(plan.index);
    byCooperative.set(plan.cooperative.id, list);
  }
  for (const [cooperativeId, planIndexes] of byCooperative) {
    const cooperative = problem.plans[planIndexes[0]!]!.cooperative;
    const sgeiAid = (streamIndex: number) => isSgeiAid(problem.streams[streamIndex]!, cooperative);
    addAidRows(problem, f, cooperativeId, planIndexes, {
      rule: 'deMinimis',
      ceiling: problem.deMinimisCeiling,
      counts: (i) => !sgeiAid(i),
      countsPrior: (sgei) => !sgei,
    });
    if (!cooperative.sgei) continue;
    addAidRows(problem, f, cooperativeId, planIndexes, {
      rule: 'sgeiDeMinimis',
      ceiling: problem.sgeiCeiling,
      counts: () => true,
      countsPrior: () => true,
    });
  }
}

export function addSharedRows(problem: BlendProblem, f: Formulation): void {
  addBudgets(problem, f);
  addDeMinimis(problem, f);
}
