import type { Highs } from 'highs';
import { runToOptimal, holdsFactoredBasis, type Model } from './highs-model';

/** Half a cent: funding within this of the relaxation's bound cannot be beaten. */
export const FUNDING_TOLERANCE = 0.5;

/** The arrays of the LP as passed to HiGHS, for certificates computed outside it. */
export interface CombinedLp {
  primary: Float64Array;
  combined: Float64Array;
  matrix: { starts: Int32Array; indices: Int32Array; values: Float64Array };
  bounds: { colLower: Float64Array; colUpper: Float64Array; rowLower: Float64Array; rowUpper: Float64Array };
}

/** Duals of the funding LP and the column values they belong to. */
export interface Duals {
  rowDual: Float64Array;
  colDual: Float64Array;
  phase1: Float64Array;
}

/**
 * Certifies that `values` (the combined optimum) also maximise funding alone, and
 * returns the funding LP's duals. First from the combined optimum's basis: y = B^-T c_B
 * for the funding costs c, whose Lagrangian bound max over the box of c·x - y·(Ax - r)
 * is an upper bound on funding for any y; when `values` reach it (to half a cent),
 * nothing funds more and y are optimal duals. That costs one solve with the basis
 * HiGHS already holds. Failing that, HiGHS re-solves on funding from the same basis.
 * Null when funding can be beaten; the model then has the funding objective.
 */
export function certifiedDuals(
  highs: Highs,
  model: Model,
  lp: CombinedLp,
  values: Float64Array,
): Duals | null {
  const funded = dot(lp.primary, values);
  const fromBasis = holdsFactoredBasis(lp.primary.length) ? basisDuals(model, lp) : null;
  if (fromBasis !== null && funded >= fromBasis.bound - FUNDING_TOLERANCE) {
    return { rowDual: fromBasis.rowDual, colDual: fromBasis.colDual, phase1: values };
  }
  model.changeColsCost({ kind: 'range', from: 0, to: lp.primary.length - 1 }, lp.primary);
  runToOptimal(highs, model, 'blend');
  const solution = model.getSolution();
  if (funded < dot(lp.primary, solution.colValue) - FUNDING_TOLERANCE) return null;
  return {
    rowDual: Float64Array.from(solution.rowDual),
    colDual: Float64Array.from(solution.colDual),
    phase1: Float64Array.from(solution.colValue),
  };
}

/** Duals below this are solver noise: times an infinite bound they would void the certificate. */
const DUAL_NOISE = 1e-9;

/** Largest value of `coefficient * x` for x within [lower, upper]. */
function boxMax(coefficient: number, lower: number, upper: number): number {
  if (Math.abs(coefficient) <= DUAL_NOISE) return 0;
  return coefficient > 0 ? coefficient * upper : coefficient * lower;
}

/** The funding objective's duals at HiGHS's current basis and their Lagrangian bound. */
function basisDuals(
  model: Model,
  lp: CombinedLp,
): { rowDual: Float64Array; colDual: Float64Array; bound: number } | null {
  const { primary, matrix, bounds } = lp;
  const rows = bounds.rowLower.length;
  if (rows === 0) return null;
  const basic = model.getBasicVariables();
  const rhs = new Float64Array(rows);
  for (let k = 0; k < rows; k++) rhs[k] = basic[k]! >= 0 ? primary[basic[k]!]! : 0;
  const rowDual = Float64Array.from(model.getBasisTransposeSolve(rhs).values);
  const colDual = Float64Array.from(primary);
  let bound = 0;
  for (let i = 0; i < rows; i++) {
    const y = rowDual[i]!;
    bound += boxMax(y, bounds.rowLower[i]!, bounds.rowUpper[i]!);
    for (let at = matrix.starts[i]!; at < matrix.starts[i + 1]!; at++)
      colDual[matrix.indices[at]!]! -= matrix.values[at]! * y;
  }
  for (let j = 0; j < colDual.length; j++)
    bound += boxMax(colDual[j]!, bounds.colLower[j]!, bounds.colUpper[j]!);
  return Number.isFinite(bound) ? { rowDual, colDual, bound } : null;
}

export function dot(a: Float64Array, b: Float64Array): number {
  let sum = 0;
  for (let i = 0; i < a.length; i++) sum += a[i]! * b[i]!;
  return sum;
}
