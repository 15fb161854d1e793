import type { BlendRule } from './types';

/** What a row stands for, so duals and slacks can be told back in the rules' terms. */
export interface RowTag {
  rule: BlendRule | 'hall' | 'minAwardLink' | 'phase2';
  planIndex?: number;
  streamIndex?: number;
  year?: number;
  cooperativeId?: string;
}

/** What set a column's upper bound: a rule whose limit it is, or nothing (a link variable). */
export type BoundSource = { rule: 'budget' | 'maxPerPlan' | 'maxShareOfPlan'; year?: number } | null;

export interface Column {
  lower: number;
  upper: number;
  /** Phase-1 objective: euros funded (1), penalised lock slack (-M), or 0. */
  cost: number;
  /** Phase-2 preference cost per euro (lower is preferred). */
  secondary: number;
  integer: boolean;
  boundSource: BoundSource;
}

export interface Row {
  lower: number;
  upper: number;
  indices: number[];
  values: number[];
  tag: RowTag;
}

/** A small sparse LP under construction; rows keep their entries in insertion order. */
export class LpBuilder {
  readonly columns: Column[] = [];
  readonly rows: Row[] = [];

  addColumn(column: Column): number {
    this.columns.push(column);
    return this.columns.length - 1;
  }

  /** Adds a row; entries with the same column are summed, zero coefficients dropped. */
  addRow(
    entries: Iterable<readonly [number, number]>,
    lower: number,
    upper: number,
    tag: RowTag,
  ): number | null {
    const merged = new Map<number, number>();
    for (const [index, value] of entries) merged.set(index, (merged.get(index) ?? 0) + value);
    const indices: number[] = [];
    const values: number[] = [];
    for (const [index, value] of merged) {
      if (value === 0) continue;
      indices.push(index);
      values.push(value);
    }
    if (indices.length === 0) return null;
    this.rows.push({ lower, upper, indices, values, tag });
    return this.rows.length - 1;
  }

  /** Compressed sparse rows, as HiGHS takes them. */
  toCsr(): { starts: Int32Array; indices: Int32Array; values: Float64Array } {
    let nonzeros = 0;
    for (const row of this.rows) nonzeros += row.indices.length;
    const starts = new Int32Array(this.rows.length + 1);
    const indices = new Int32Array(nonzeros);
    const values = new Float64Array(nonzeros);
    let at = 0;
    this.rows.forEach((row, r) => {
      starts[r] = at;
      indices.set(row.indices, at);
      values.set(row.values, at);
      at += row.indices.length;
    });
    starts[this.rows.length] = at;
    return { starts, indices, values };
  }
}
