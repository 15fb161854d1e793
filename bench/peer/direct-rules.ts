// Rules 2-7 of the direct model as rows over its columns: budgets (with revolving
// relending), the per-plan limits, de minimis as gross grant equivalent with the SGEI
// ceiling, and debt service on operating cash flow (blend-semantics sections 2-4).
import type { Workspace } from '../../src/model/workspace';
import {
  CENTS_PER_UNIT,
  budgetCents,
  groupBy,
  planCost,
  revenueOf,
  roundHalfAway,
  sumTerms,
  type Builder,
  type Coop,
  type Factors,
  type Plan,
  type Term,
  type Var,
} from './direct-builder';
import { debtPerEuro, loanGge, returnPerEuro } from './direct-loans';
import { decidedTotal } from './direct-awards';

/** The column of returned money a revolving stream lends again in `year` (V[s,t]). */
export interface RelentRef {
  streamId: string;
  year: number;
  column: number;
}

/** State aid one column carries, as gross grant equivalent per unit of the column. */
export interface AidItem {
  coop: Coop;
  year: number;
  column: number;
  coefficient: number;
  sgei: boolean;
}

/**
 * Rule 2: budgets shared by every blended plan. A revolving loan with a budget may lend
 * more than its budget in a year by relending returned money (section 4): draws <=
 * budget + V[t], and what is relent up to t never exceeds what came back before t.
 */
export function addBudgets(b: Builder, vars: readonly Var[], factors: Factors): RelentRef[] {
  const U = CENTS_PER_UNIT;
  const relent: RelentRef[] = [];
  for (const group of groupBy(vars, (v) => v.stream.id).values()) {
    const stream = group[0]?.stream;
    if (stream === undefined) continue;
    const byYear = groupBy(group, (v) => String(v.year));
    const budget = (year: number) => budgetCents(stream, year, factors.of(stream)) / U;
    if (!stream.revolving || stream.loan === undefined || stream.budgetPerYear === undefined) {
      for (const [year, list] of byYear) b.addRow(sumTerms(list), '<=', budget(Number(year)));
      continue;
    }
    const returns = returnPerEuro(stream.loan, stream.revolvingInterest);
    const backBy = (drawYear: number, year: number) =>
      returns.filter((r) => drawYear + r.offset <= year).reduce((s, r) => s + r.amount, 0);
    const years = [...byYear.keys()].map(Number).sort((x, y) => x - y);
    const relentTerms: Term[] = [];
    for (const year of years) {
      const list = byYear.get(String(year)) ?? [];
      const most = list.reduce((s, v) => s + b.upperOf(v), 0);
      const column = b.addColumn(`v${b.columns.length}`, 0, most, false, 0);
      relent.push({ streamId: stream.id, year, column });
      relentTerms.push({ column, coefficient: 1 });
      b.addRow([...sumTerms(list), { column, coefficient: -1 }], '<=', budget(year));
      // Money returned in u can be lent again from u + 1: returns up to year - 1 count.
      const returned: Term[] = group
        .filter((v) => v.year < year)
        .map((v) => ({ column: v.column, coefficient: -backBy(v.year, year - 1) }));
      b.addRow([...relentTerms, ...returned], '<=', 0);
    }
  }
  return relent;
}

/** Rules 3-5 per plan and paying stream; own revenue counts in none of them. */
export function addPerPlan(b: Builder, vars: readonly Var[], factors: Factors): void {
  const U = CENTS_PER_UNIT;
  const perPlan = groupBy(vars, (v) => `${v.plan.id}|${v.stream.id}`);
  const privateOf = groupBy(vars, (v) => (v.stream.public ? undefined : v.plan.id));
  for (const group of perPlan.values()) {
    const first = group[0];
    if (first === undefined) continue;
    const { plan, stream } = first;
    const maxPerPlan =
      stream.maxPerPlan === undefined ? Infinity : roundHalfAway(stream.maxPerPlan * factors.of(stream));
    const share = stream.maxShareOfPlan === undefined ? Infinity : stream.maxShareOfPlan * planCost(plan);
    const reachable = group.reduce((s, v) => s + b.upperOf(v), 0);
    const cap = Math.min(maxPerPlan / U, share / U, reachable);
    // A granted award has no minimum: its total is fixed (direct-awards.ts).
    const minAward = decidedTotal(plan, stream) === undefined ? (stream.minAward ?? 0) / U : 0;
    if (minAward > 0) {
      // total <= cap * z and total >= minAward * z: the award is 0 or between the two.
      const z = b.addColumn(`z${b.columns.length}`, 0, 1, true);
      b.pushRow([...sumTerms(group), { column: z, coefficient: -cap }], '<=', 0);
      b.pushRow([...sumTerms(group), { column: z, coefficient: -minAward }], '>=', 0);
    } else {
      b.addRow(sumTerms(group), '<=', cap);
    }
    if (stream.matching !== undefined) {
      const privateVars = privateOf.get(plan.id) ?? [];
      b.addRow([...sumTerms(group), ...sumTerms(privateVars, -stream.matching)], '<=', 0);
    }
  }
}

function windowStarts(years: Iterable<number>, period: number): number[] {
  const starts = new Set<number>();
  for (const y of years) for (let w = y - period + 1; w <= y; w++) starts.add(w);
  return [...starts].sort((a, b) => a - b);
}

/**
 * Rules deMinimis and sgeiDeMinimis: per cooperative and window, general aid (and, for an
 * SGEI cooperative, general plus SGEI aid) as gross grant equivalent, plus prior aid,
 * within the ceiling; prior aid above it leaves room 0.
 */
export function addDeMinimis(
  b: Builder,
  workspace: Workspace,
  vars: readonly Var[],
  guaranteeAid: readonly AidItem[],
): void {
  const { ceiling, sgeiCeiling, periodYears: P, referenceRate, discountRate } = workspace.settings.deMinimis;
  const items: AidItem[] = vars
    .filter((v) => v.stream.stateAid)
    .map((v) => ({
      coop: v.coop,
      year: v.year,
      column: v.column,
      coefficient: v.stream.loan === undefined ? 1 : loanGge(v.stream.loan, referenceRate, discountRate),
      sgei: v.coop.sgei && v.stream.sgei,
    }));
  items.push(...guaranteeAid);
  const window = (
    list: readonly AidItem[],
    limit: number,
    prior: readonly { year: number; amount: number }[],
  ) => {
    for (const w of windowStarts(
      list.map((i) => i.year),
      P,
    )) {
      const inWindow = (y: number) => y >= w && y < w + P;
      const before = prior.filter((a) => inWindow(a.year)).reduce((s, a) => s + a.amount, 0);
      const terms = list
        .filter((i) => inWindow(i.year))
        .map((i) => ({ column: i.column, coefficient: i.coefficient }));
      b.addRow(terms, '<=', Math.max(0, limit - before) / CENTS_PER_UNIT);
    }
  };
  for (const group of groupBy(items, (i) => i.coop.id).values()) {
    const coop = group[0]?.coop;
    if (coop === undefined) continue;
    window(
      group.filter((i) => !i.sgei),
      ceiling,
      coop.priorStateAid.filter((a) => !a.sgei),
    );
    if (coop.sgei) window(group, sgeiCeiling, coop.priorStateAid);
  }
}

/**
 * Rule debtService per plan and payment year: minDscr x DS <= revenue - own revenue used
 * that year (none after the plan), written as DS + R / minDscr <= revenue / minDscr.
 */
export function addDebtService(
  b: Builder,
  workspace: Workspace,
  plans: readonly Plan[],
  vars: readonly Var[],
  revenueColumns: ReadonlyMap<string, readonly number[]>,
): void {
  const minDscr = workspace.settings.minDscr;
  const loansOf = groupBy(vars, (v) => (v.stream.loan === undefined ? undefined : v.plan.id));
  for (const plan of plans) {
    const due = new Map<number, Term[]>();
    for (const v of loansOf.get(plan.id) ?? []) {
      if (v.stream.loan === undefined) continue;
      for (const { offset, factor } of debtPerEuro(v.stream.loan)) {
        const list = due.get(v.year + offset) ?? [];
        list.push({ column: v.column, coefficient: factor });
        due.set(v.year + offset, list);
      }
    }
    for (const [year, terms] of due) {
      const own = (revenueColumns.get(`${plan.id}|${year}`) ?? []).map((column) => ({
        column,
        coefficient: 1 / minDscr,
      }));
      b.addRow([...terms, ...own], '<=', revenueOf(plan, year) / minDscr / CENTS_PER_UNIT);
    }
  }
}
