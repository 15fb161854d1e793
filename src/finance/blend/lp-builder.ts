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
  private rowStamp = 0;
  private readonly stampOf: number[] = [];
  private readonly slotOf: number[] = [];

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
    // Where each column already sits in this row: stamped per row, so no map per row.
    const stamp = ++this.rowStamp;
    let indices: number[] = [];
    let values: number[] = [];
    for (const [index, value] of entries) {
      if (this.stampOf[index] === stamp) {
        values[this.slotOf[index]!]! += value;
        continue;
      }
      this.stampOf[index] = stamp;
      this.slotOf[index] = indices.length;
      indices.push(index);
      values.push(value);
    }
    if (values.includes(0)) {
      const kept = indices.map((_, i) => i).filter((i) => values[i] !== 0);
      indices = kept.map((i) => indices[i]!);
      values = kept.map((i) => values[i]!);
    }
    if (indices.length === 0) return null;
    this.rows.push({ lower, upper, indices, values, tag });
    return this.rows.length - 1;
  }

  /** Adds the row `lower <= sum of cols <= upper` (each column once). */
  addSumRow(cols: readonly number[], lower: number, upper: number, tag: RowTag): number | null {
    if (cols.length === 0) return null;
    const stamp = ++this.rowStamp;
    for (const col of cols) {
      // A repeated column needs its coefficients summed: the general path does that.
      if (this.stampOf[col] === stamp)
        return this.addRow(
          cols.map((c) => [c, 1] as const),
          lower,
          upper,
          tag,
        );
      this.stampOf[col] = stamp;
    }
    this.rows.push({ lower, upper, indices: [...cols], values: cols.map(() => 1), tag });
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
