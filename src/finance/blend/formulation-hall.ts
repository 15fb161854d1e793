import { yearKey } from './keys';
import type { Cell, Formulation, FundVar } from './formulation-model';
import type { PlanData } from './problem';

/*
 * Hall's condition per plan and year (docs/blend.md, "Formulation"): what the streams
 * limited to a set of cells pay is at most the open cost of those cells. Split from
 * formulation.ts, which builds the variables these rows are over; this module needs only
 * its types.
 */

/** Indexes of the cells in `mask` (bit i: cell i). */
export function cellsOf(mask: bigint, cells: readonly Cell[]): number[] {
  const out: number[] = [];
  // Most masks fit in a number; shifting a bigint allocates on every step.
  if (cells.length <= 30) {
    const small = Number(mask);
    for (let i = 0; i < cells.length; i++) if ((small >>> i) & 1) out.push(i);
    return out;
  }
  cells.forEach((_, i) => {
    if ((mask >> BigInt(i)) & 1n) out.push(i);
  });
  return out;
}

/** Open cost of the cells in `mask`. */
export function capacityOf(mask: bigint, cells: readonly Cell[]): number {
  if (cells.length <= 30) {
    const small = Number(mask);
    let sum = 0;
    for (let i = 0; i < cells.length; i++) if ((small >>> i) & 1) sum += cells[i]!.capacity;
    return sum;
  }
  return cellsOf(mask, cells).reduce((sum, i) => sum + cells[i]!.capacity, 0);
}

/**
 * Every union of the given masks (the closure under "or"), by a work list: each union is
 * extended by each mask once. Masks are numbers when the cells fit in 30 bits (the usual
 * case: six categories), bigints otherwise, so the common case allocates nothing.
 */
function unionClosure<M>(masks: readonly M[], or: (a: M, b: M) => M): M[] {
  const seen = new Set<M>(masks);
  const work = [...seen];
  for (let i = 0; i < work.length; i++) {
    for (const mask of masks) {
      const union = or(work[i]!, mask);
      if (!seen.has(union)) {
        seen.add(union);
        work.push(union);
      }
    }
  }
  return work;
}

/** Whether the masks, linked where they share a cell, form one group covering `union`. */
function connected<M>(
  masks: readonly M[],
  union: M,
  or: (a: M, b: M) => M,
  overlaps: (a: M, b: M) => boolean,
) {
  const joined = masks.map(() => false);
  let reach: M = masks[0] as M;
  joined[0] = true;
  for (let grew = true; grew;) {
    grew = false;
    masks.forEach((mask, i) => {
      if (joined[i] || !overlaps(mask, reach)) return;
      joined[i] = true;
      reach = or(reach, mask);
      grew = true;
    });
  }
  return reach === union;
}

/** Hall rows of one plan and year as (columns, capacity), in the mask type M. */
function hallRowsOf<M>(
  here: readonly FundVar[],
  masks: readonly M[],
  capacityOfMask: (mask: M) => number,
  or: (a: M, b: M) => M,
  within: (mask: M, union: M) => boolean,
  overlaps: (a: M, b: M) => boolean,
  upper: (col: number) => number,
): { cols: number[]; capacity: number }[] {
  const rows: { cols: number[]; capacity: number }[] = [];
  // Each union is the "or" of the masks inside it, so no two unions give the same columns.
  for (const union of unionClosure([...new Set(masks)], or)) {
    const cols: number[] = [];
    const inside: M[] = [];
    let upperSum = 0;
    here.forEach((v, i) => {
      if (!within(masks[i]!, union)) return;
      cols.push(v.col);
      inside.push(masks[i] as M);
      upperSum += upper(v.col);
    });
    // A union whose streams fall into groups sharing no cell is the sum of the groups'
    // rows (capacities add up over disjoint cells): only connected unions are needed.
    if (!connected(inside, union, or, overlaps)) continue;
    const capacity = capacityOfMask(union);
    if (upperSum > capacity) rows.push({ cols, capacity });
  }
  return rows;
}

/**
 * Hall rows of one plan and year when the cells fit in 30 bits (the usual case: six
 * categories): the same rows as `hallRowsOf`, on plain numbers without callbacks.
 */
function smallHallRows(
  here: readonly FundVar[],
  cells: readonly Cell[],
  upper: (col: number) => number,
): { cols: number[]; capacity: number }[] {
  // Variables sharing a mask enter and leave unions together: work on the distinct masks.
  const masks: number[] = [];
  const upperOfMask: number[] = [];
  const maskOf = here.map((v) => {
    const mask = Number(v.mask);
    let m = masks.indexOf(mask);
    if (m < 0) {
      m = masks.push(mask) - 1;
      upperOfMask.push(0);
    }
    upperOfMask[m]! += upper(v.col);
    return m;
  });
  const rows: { cols: number[]; capacity: number }[] = [];
  for (const union of unionClosure(masks, (a, b) => a | b)) {
    // Only connected unions: grow the cells reached from the first mask inside by overlapping masks.
    let reach = 0;
    let upperSum = 0;
    for (let grew = true; grew;) {
      grew = false;
      for (const mask of masks) {
        if ((mask & ~union) !== 0 || (mask & reach) === mask) continue;
        if (reach === 0 || (mask & reach) !== 0) {
          reach |= mask;
          grew = true;
        }
      }
    }
    if (reach !== union) continue;
    for (let m = 0; m < masks.length; m++) if ((masks[m]! & ~union) === 0) upperSum += upperOfMask[m]!;
    let capacity = 0;
    for (let c = 0; c < cells.length; c++) if ((union >>> c) & 1) capacity += cells[c]!.capacity;
    if (upperSum <= capacity) continue;
    const cols: number[] = [];
    for (let i = 0; i < here.length; i++) if ((masks[maskOf[i]!]! & ~union) === 0) cols.push(here[i]!.col);
    rows.push({ cols, capacity });
  }
  return rows;
}

/** Hall's condition per plan and year: what streams limited to categories K pay is at most the open cost of K. */
export function addHallRows(plan: PlanData, f: Formulation, funds: FundVar[]) {
  const upper = (col: number) => f.lp.columns[col]!.upper;
  const byYear = new Map<number, FundVar[]>();
  for (const v of funds) {
    const list = byYear.get(v.year);
    if (list === undefined) byYear.set(v.year, [v]);
    else list.push(v);
  }
  for (const year of plan.years) {
    const cells = f.cells.get(yearKey(plan.index, year)) ?? [];
    const here = byYear.get(year);
    if (here === undefined) continue;
    const rows =
      cells.length <= 30
        ? smallHallRows(here, cells, upper)
        : hallRowsOf(
            here,
            here.map((v) => v.mask),
            (mask) => capacityOf(mask, cells),
            (a, b) => a | b,
            (mask, union) => (mask & ~union) === 0n,
            (a, b) => (a & b) !== 0n,
            upper,
          );
    for (const { cols, capacity } of rows) {
      f.lp.addSumRow(cols, -Infinity, capacity, { rule: 'hall', planIndex: plan.index, year });
    }
  }
}
