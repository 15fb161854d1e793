import type { BlendRule } from './types';

/** What a row stands for, so duals and slacks can be told back in the rules' terms. */
export interface RowTag {
  rule: BlendRule | 'hall' | 'minAwardLink' | 'phase2' | 'guaranteeShare' | 'revolvingReturns' | 'award';
  planIndex?: number;
  streamIndex?: number;
  year?: number;
  cooperativeId?: string;
}

/** What set a column's upper bound: a rule whose limit it is, or nothing (a link variable). */
export type BoundSource = {
  rule: 'budget' | 'maxPerPlan' | 'maxShareOfPlan' | 'minAward';
  year?: number;
} | null;

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
  /** Per column, the last row stamp it was seen in (grown with the columns). */
  private stampOf = new Int32Array(64);

  addColumn(column: Column): number {
    this.columns.push(column);
    if (this.columns.length > this.stampOf.length) {
      const grown = new Int32Array(this.stampOf.length * 2);
      grown.set(this.stampOf);
      this.stampOf = grown;
    }
    return this.columns.length - 1;
  }

  /**
   * Adds the row `lower <= sum of values[k] x indices[k] <= upper`; entries with the same
   * column are summed, zero coefficients dropped. The row takes ownership of both arrays.
   */
  addRow(indices: number[], values: number[], lower: number, upper: number, tag: RowTag): number | null {
    // Where each column already sits in this row: stamped per row, so no map per row.
    const stamp = ++this.rowStamp;
    let clean = true;
    for (let k = 0; k < indices.length; k++) {
      const index = indices[k]!;
      if (this.stampOf[index] === stamp || values[k] === 0) {
        clean = false;
        break;
      }
      this.stampOf[index] = stamp;
    }
    if (!clean) ({ indices, values } = merged(indices, values));
    if (indices.length === 0) return null;
    this.rows.push({ lower, upper, indices, values, tag });
    return this.rows.length - 1;
  }

  /** Adds the row `lower <= sum of cols <= upper`; the row takes ownership of `cols`. */
  addSumRow(cols: number[], lower: number, upper: number, tag: RowTag): number | null {
    if (cols.length === 0) return null;
    return this.addRow(cols, new Array<number>(cols.length).fill(1), lower, upper, tag);
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

/** Entries with repeated columns summed (in first-seen order) and zero coefficients dropped. */
function merged(
  indices: readonly number[],
  values: readonly number[],
): { indices: number[]; values: number[] } {
  const at = new Map<number, number>();
  const outIndices: number[] = [];
  const outValues: number[] = [];
  for (let k = 0; k < indices.length; k++) {
    const slot = at.get(indices[k]!);
    if (slot !== undefined) {
      outValues[slot]! += values[k]!;
      continue;
    }
    at.set(indices[k]!, outIndices.length);
    outIndices.push(indices[k]!);
    outValues.push(values[k]!);
  }
  const keep = outValues.map((v, i) => (v !== 0 ? i : -1)).filter((i) => i >= 0);
  if (keep.length === outValues.length) return { indices: outIndices, values: outValues };
  return { indices: keep.map((i) => outIndices[i]!), values: keep.map((i) => outValues[i]!) };
}
