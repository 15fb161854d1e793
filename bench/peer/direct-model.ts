// The direct formulation of spec section 6 as a solver-neutral mixed-integer model:
// one column per eligible stream x cost line x year, a binary per plan and stream with
// a minimum award, and one row per limit. Written straight from the spec (not from the
// optimiser or the checker) so that it can serve as an independent optimum.
import { debtServicePerEuro } from '../../src/finance/loans';
import type { BlendRequest } from '../../src/finance/blend/types';
import type { Workspace } from '../../src/model/workspace';

/**
 * The model works in thousands of euros. In euros javascript-lp-solver (fixed 1e-8
 * pivot tolerance) stalled on a five-plan portfolio that it solves in half a second
 * in thousands; a cent is still 1e-5 units, far above both solvers' tolerances.
 */
export const CENTS_PER_UNIT = 100_000;

export interface Term {
  column: number;
  coefficient: number;
}

export interface Column {
  name: string;
  upper: number;
  /** Locked cells are fixed: lower = upper. */
  lower: number;
  binary: boolean;
  /** Objective weight: 1 for allocations (maximise funding), 0 for binaries. */
  objective: number;
}

export interface Row {
  name: string;
  terms: Term[];
  sense: '<=' | '>=';
  rhs: number;
}

/** The allocation a column stands for. */
export interface CellRef {
  planId: string;
  streamId: string;
  costId: string;
  year: number;
  column: number;
}

export interface DirectModel {
  columns: Column[];
  rows: Row[];
  cells: CellRef[];
  /** Set when locked amounts break a rule no matter what (a lock on an ineligible or empty cell). */
  lockProblem: string | undefined;
}

type Plan = Workspace['plans'][number];
type Stream = Workspace['fundingStreams'][number];
type Coop = Workspace['cooperatives'][number];

function roundHalfAway(value: number): number {
  // Decimal semantics for budget x factor: a product that is .5 on paper may be a hair below in binary.
  return Math.floor(Math.abs(value) + 0.5 + Math.max(1e-9, Math.abs(value) * 1e-12));
}

function eligible(stream: Stream, coop: Coop, category: string, year: number): boolean {
  const e = stream.eligible;
  if (e?.categories !== undefined && !e.categories.some((c) => c === category)) return false;
  if (e?.sectors !== undefined && !e.sectors.includes(coop.sector)) return false;
  if (e?.stages !== undefined && !e.stages.includes(coop.stage)) return false;
  return stream.years === undefined || (year >= stream.years[0] && year <= stream.years[1]);
}

function budgetCents(stream: Stream, year: number, factor: number): number {
  const b = stream.budgetPerYear;
  if (b === undefined) return Infinity;
  return roundHalfAway((typeof b === 'number' ? b : (b[String(year)] ?? 0)) * factor);
}

class Builder {
  readonly columns: Column[] = [];
  readonly rows: Row[] = [];
  addColumn(name: string, lower: number, upper: number, binary: boolean): number {
    this.columns.push({ name, lower, upper, binary, objective: binary ? 0 : 1 });
    return this.columns.length - 1;
  }
  /** Adds `sum terms (sense) rhs` unless the column bounds already imply it. */
  addRow(terms: Term[], sense: '<=' | '>=', rhs: number): void {
    const merged = new Map<number, number>();
    for (const t of terms) merged.set(t.column, (merged.get(t.column) ?? 0) + t.coefficient);
    const list = [...merged]
      .filter(([, c]) => c !== 0)
      .map(([column, coefficient]) => ({ column, coefficient }));
    if (list.length === 0) return;
    if (sense === '<=') {
      const most = list.reduce(
        (s, t) => s + t.coefficient * (t.coefficient > 0 ? this.upperOf(t) : this.lowerOf(t)),
        0,
      );
      if (most <= rhs) return;
    }
    this.rows.push({ name: `r${this.rows.length}`, terms: list, sense, rhs });
  }
  private upperOf(t: Term): number {
    return this.columns[t.column]?.upper ?? Infinity;
  }
  private lowerOf(t: Term): number {
    return this.columns[t.column]?.lower ?? 0;
  }
}

interface Var {
  plan: Plan;
  coop: Coop;
  stream: Stream;
  year: number;
  column: number;
}

function sumTerms(vars: readonly Var[], coefficient = 1): Term[] {
  return vars.map((v) => ({ column: v.column, coefficient }));
}

function groupBy<T>(items: readonly T[], key: (item: T) => string | undefined): Map<string, T[]> {
  const out = new Map<string, T[]>();
  for (const item of items) {
    const k = key(item);
    if (k === undefined) continue;
    const list = out.get(k) ?? [];
    list.push(item);
    out.set(k, list);
  }
  return out;
}

/** Builds the direct model of blending `request.planIds` together. */
export function buildDirectModel(workspace: Workspace, request: BlendRequest): DirectModel {
  const b = new Builder();
  const U = CENTS_PER_UNIT;
  const factor = (s: Stream) => request.streamFactors?.[s.id] ?? 1;
  const coops = new Map(workspace.cooperatives.map((c) => [c.id, c]));
  const plans = request.planIds.map((id) => {
    const plan = workspace.plans.find((p) => p.id === id);
    if (plan === undefined) throw new Error(`unknown plan ${id}`);
    return plan;
  });
  const vars: Var[] = [];
  const cells: CellRef[] = [];
  let lockProblem: string | undefined;
  for (const plan of plans) {
    const coop = coops.get(plan.cooperativeId);
    if (coop === undefined) throw new Error(`unknown cooperative ${plan.cooperativeId}`);
    const locks = new Map<string, number>();
    for (const l of plan.locked) {
      const key = `${l.streamId}|${l.costId}|${l.year}`;
      locks.set(key, (locks.get(key) ?? 0) + l.amount);
    }
    for (const [key, amount] of locks) {
      const [streamId, costId, year] = key.split('|');
      const stream = workspace.fundingStreams.find((s) => s.id === streamId);
      const cost = plan.costs.find((c) => c.id === costId);
      const y = Number(year);
      const open = stream !== undefined && cost !== undefined && (cost.amounts[String(y)] ?? 0) > 0;
      if (amount > 0 && !(open && eligible(stream, coop, cost.category, y))) {
        lockProblem ??= `plan ${plan.id} locks ${key}, which is ineligible or has no cost`;
      }
    }
    for (const cost of plan.costs) {
      for (const [yearKey, amount] of Object.entries(cost.amounts)) {
        const year = Number(yearKey);
        if (amount <= 0) continue;
        const cover: Var[] = [];
        for (const stream of workspace.fundingStreams) {
          if (!eligible(stream, coop, cost.category, year)) continue;
          const lock = locks.get(`${stream.id}|${cost.id}|${year}`);
          const upper = lock ?? Math.min(amount, budgetCents(stream, year, factor(stream)));
          if (upper <= 0) continue;
          const column = b.addColumn(`x${vars.length}`, lock === undefined ? 0 : lock / U, upper / U, false);
          const v = { plan, coop, stream, year, column };
          vars.push(v);
          cover.push(v);
          cells.push({ planId: plan.id, streamId: stream.id, costId: cost.id, year, column });
        }
        b.addRow(sumTerms(cover), '<=', amount / U);
      }
    }
  }
  addLimits(b, workspace, plans, vars, factor);
  return { columns: b.columns, rows: b.rows, cells, lockProblem };
}

function addLimits(
  b: Builder,
  workspace: Workspace,
  plans: readonly Plan[],
  vars: readonly Var[],
  factor: (s: Stream) => number,
): void {
  const U = CENTS_PER_UNIT;
  // Rule 2: budgets shared by every blended plan.
  for (const group of groupBy(vars, (v) => `${v.stream.id}|${v.year}`).values()) {
    const first = group[0];
    if (first !== undefined)
      b.addRow(sumTerms(group), '<=', budgetCents(first.stream, first.year, factor(first.stream)) / U);
  }
  // Rules 3-5 per plan and stream.
  const perPlan = groupBy(vars, (v) => `${v.plan.id}|${v.stream.id}`);
  const privateOf = groupBy(vars, (v) => (v.stream.public ? undefined : v.plan.id));
  for (const group of perPlan.values()) {
    const first = group[0];
    if (first === undefined) continue;
    const { plan, stream } = first;
    const planCost = plan.costs.reduce((s, c) => s + Object.values(c.amounts).reduce((a, x) => a + x, 0), 0);
    const maxPerPlan =
      stream.maxPerPlan === undefined ? Infinity : roundHalfAway(stream.maxPerPlan * factor(stream));
    const share = stream.maxShareOfPlan === undefined ? Infinity : stream.maxShareOfPlan * planCost;
    const reachable = group.reduce((s, v) => s + (b.columns[v.column]?.upper ?? 0), 0);
    const cap = Math.min(maxPerPlan / U, share / U, reachable);
    const minAward = (stream.minAward ?? 0) / U;
    if (minAward > 0) {
      // total <= cap * z and total >= minAward * z: the award is 0 or between the two.
      const z = b.addColumn(`z${b.columns.length}`, 0, 1, true);
      b.rows.push({
        name: `r${b.rows.length}`,
        terms: [...sumTerms(group), { column: z, coefficient: -cap }],
        sense: '<=',
        rhs: 0,
      });
      b.rows.push({
        name: `r${b.rows.length}`,
        terms: [...sumTerms(group), { column: z, coefficient: -minAward }],
        sense: '>=',
        rhs: 0,
      });
    } else {
      b.addRow(sumTerms(group), '<=', cap);
    }
    if (stream.matching !== undefined) {
      const privateVars = privateOf.get(plan.id) ?? [];
      b.addRow([...sumTerms(group), ...sumTerms(privateVars, -stream.matching)], '<=', 0);
    }
  }
  addDeMinimis(b, workspace, vars);
  addDebtService(b, workspace, plans, vars);
}

/** Rule 6: windows holding a state-aid column; prior aid above the ceiling leaves room 0. */
function addDeMinimis(b: Builder, workspace: Workspace, vars: readonly Var[]): void {
  const { ceiling, periodYears: P } = workspace.settings.deMinimis;
  for (const group of groupBy(vars, (v) => (v.stream.stateAid ? v.coop.id : undefined)).values()) {
    const coop = group[0]?.coop;
    if (coop === undefined) continue;
    const starts = new Set<number>();
    for (const v of group) for (let w = v.year - P + 1; w <= v.year; w++) starts.add(w);
    for (const w of starts) {
      const inWindow = (y: number) => y >= w && y < w + P;
      const prior = coop.priorStateAid.filter((a) => inWindow(a.year)).reduce((s, a) => s + a.amount, 0);
      b.addRow(
        sumTerms(group.filter((v) => inWindow(v.year))),
        '<=',
        Math.max(0, ceiling - prior) / CENTS_PER_UNIT,
      );
    }
  }
}

/** Rule 7: per plan and payment year, loan service <= revenue / minDscr. */
function addDebtService(
  b: Builder,
  workspace: Workspace,
  plans: readonly Plan[],
  vars: readonly Var[],
): void {
  const loansOf = groupBy(vars, (v) => (v.stream.loan === undefined ? undefined : v.plan.id));
  for (const plan of plans) {
    const due = new Map<number, Term[]>();
    for (const v of loansOf.get(plan.id) ?? []) {
      if (v.stream.loan === undefined) continue;
      for (const { offset, factor } of debtServicePerEuro(v.stream.loan)) {
        const list = due.get(v.year + offset) ?? [];
        list.push({ column: v.column, coefficient: factor });
        due.set(v.year + offset, list);
      }
    }
    const last = plan.startYear + plan.years - 1;
    for (const [year, terms] of due) {
      const revenue = plan.revenues[String(Math.min(year, last))] ?? 0;
      b.addRow(terms, '<=', revenue / workspace.settings.minDscr / CENTS_PER_UNIT);
    }
  }
}
