// The solver-neutral pieces of the direct model: columns, rows, and the workspace facts
// (eligibility, budgets) every rule needs. Shared by direct-model.ts and the rule files.
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
  /** Objective weight: 1 for money that pays a cost (allocations, own revenue), else 0. */
  objective: number;
}

export interface Row {
  name: string;
  terms: Term[];
  sense: '<=' | '>=';
  rhs: number;
}

export type Plan = Workspace['plans'][number];
export type Stream = Workspace['fundingStreams'][number];
export type Coop = Workspace['cooperatives'][number];

/** A paying column: stream `stream` pays cost line `costId` of `plan` in `year`. */
export interface Var {
  plan: Plan;
  coop: Coop;
  stream: Stream;
  costId: string;
  year: number;
  column: number;
}

export function roundHalfAway(value: number): number {
  // Decimal semantics for budget x factor: a product that is .5 on paper may be a hair below in binary.
  return Math.floor(Math.abs(value) + 0.5 + Math.max(1e-9, Math.abs(value) * 1e-12));
}

/** Sector and stage: what makes a stream available to a cooperative at all. */
export function availableTo(stream: Stream, coop: Coop): boolean {
  const e = stream.eligible;
  if (e?.sectors !== undefined && !e.sectors.includes(coop.sector)) return false;
  return e?.stages === undefined || e.stages.includes(coop.stage);
}

export function inYears(stream: Stream, year: number): boolean {
  return stream.years === undefined || (year >= stream.years[0] && year <= stream.years[1]);
}

export function eligible(stream: Stream, coop: Coop, category: string, year: number): boolean {
  const e = stream.eligible;
  if (e?.categories !== undefined && !e.categories.some((c) => c === category)) return false;
  return availableTo(stream, coop) && inYears(stream, year);
}

/** The stream's budget in a year in cents, scaled by the scenario factor; Infinity when unlimited. */
export function budgetCents(stream: Stream, year: number, factor: number): number {
  const b = stream.budgetPerYear;
  if (b === undefined) return Infinity;
  return roundHalfAway((typeof b === 'number' ? b : (b[String(year)] ?? 0)) * factor);
}

export function planCost(plan: Plan): number {
  return plan.costs.reduce((s, c) => s + Object.values(c.amounts).reduce((a, x) => a + x, 0), 0);
}

/** Revenue of a year; after the plan's last year, the last year's revenue. */
export function revenueOf(plan: Plan, year: number): number {
  const last = plan.startYear + plan.years - 1;
  return plan.revenues[String(Math.min(year, last))] ?? 0;
}

export interface Factors {
  of(stream: Stream): number;
}

export class Builder {
  readonly columns: Column[] = [];
  readonly rows: Row[] = [];
  addColumn(name: string, lower: number, upper: number, binary = false, objective = binary ? 0 : 1): number {
    this.columns.push({ name, lower, upper, binary, objective });
    return this.columns.length - 1;
  }
  /** Per column, the row being merged when it last appeared (see `addRow`). */
  private seenIn = new Int32Array(256);
  /** Per column, its place in that row's merged terms. */
  private placeIn = new Int32Array(256);
  private merging = 0;
  /** Adds `sum terms (sense) rhs` unless the column bounds already imply it. */
  addRow(terms: Term[], sense: '<=' | '>=', rhs: number): void {
    // Repeated columns are merged; typed arrays rather than a Map, since every rule of
    // every plan passes through here (this loop was most of the model's build time).
    if (this.seenIn.length < this.columns.length) {
      const size = Math.max(this.columns.length, this.seenIn.length * 2);
      const seen = new Int32Array(size);
      seen.set(this.seenIn);
      this.seenIn = seen;
      this.placeIn = new Int32Array(size);
    }
    const row = ++this.merging;
    const merged: Term[] = [];
    for (const t of terms) {
      if (this.seenIn[t.column] === row) merged[this.placeIn[t.column]!]!.coefficient += t.coefficient;
      else {
        this.seenIn[t.column] = row;
        this.placeIn[t.column] = merged.length;
        merged.push({ column: t.column, coefficient: t.coefficient });
      }
    }
    const list = merged.filter((t) => t.coefficient !== 0);
    if (list.length === 0) return;
    if (sense === '<=') {
      let most = 0;
      for (const t of list) most += t.coefficient * (t.coefficient > 0 ? this.upperOf(t) : this.lowerOf(t));
      if (most <= rhs) return;
    }
    this.rows.push({ name: `r${this.rows.length}`, terms: list, sense, rhs });
  }
  /** Adds a row as it is (rows with binaries, whose bounds say nothing useful). */
  pushRow(terms: Term[], sense: '<=' | '>=', rhs: number): void {
    this.rows.push({ name: `r${this.rows.length}`, terms, sense, rhs });
  }
  upperOf(t: Pick<Term, 'column'>): number {
    return this.columns[t.column]?.upper ?? Infinity;
  }
  private lowerOf(t: Term): number {
    return this.columns[t.column]?.lower ?? 0;
  }
}

export function sumTerms(vars: readonly { column: number }[], coefficient = 1): Term[] {
  return vars.map((v) => ({ column: v.column, coefficient }));
}

export function groupBy<T>(items: readonly T[], key: (item: T) => string | undefined): Map<string, T[]> {
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
