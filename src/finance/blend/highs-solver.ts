import highsLoader, { type Highs } from 'highs';
import type { Formulation } from './formulation';
import { pairKey } from './keys';

let loading: Promise<Highs> | null = null;

/** HiGHS (WebAssembly) is loaded once per process; loading takes a few tens of milliseconds. */
export function loadHighs(): Promise<Highs> {
  loading ??= highsLoader();
  return loading;
}

export interface SolvedFormulation {
  /** Column values after the secondary preference (phase 2). */
  values: Float64Array;
  /** Duals of the phase-1 LP (binaries fixed): euros funded per euro of each row's limit. */
  rowDual: Float64Array;
  /** Reduced costs of the phase-1 LP: euros funded per euro of each column's upper bound. */
  colDual: Float64Array;
  /** Column values of the phase-1 LP, for explanations. */
  phase1: Float64Array;
  usedMip: boolean;
}

export class SolverError extends Error {}

const CONTINUOUS = 0;
const INTEGER = 1;
/** Beyond this many branch-and-bound nodes, HiGHS's own MIP solver takes over. */
const NODE_LIMIT = 400;
/** Up to this many columns a model counts as small (a plan or a few). */
const SMALL_MODEL_COLUMNS = 2000;

function finite(value: number, infinity: number): number {
  if (value === Infinity) return infinity;
  if (value === -Infinity) return -infinity;
  return value;
}

/** Per fund column, the index of its plan and stream's award yes/no (-1 when none). */
const awardIndexes = new WeakMap<Formulation, Int32Array>();

function awardIndexOfFunds(f: Formulation): Int32Array {
  let index = awardIndexes.get(f);
  if (index === undefined) {
    const byPair = new Map(f.binaries.map((b, i) => [pairKey(b.planIndex, b.streamIndex), i]));
    index = Int32Array.from(f.funds, (v) => byPair.get(pairKey(v.planIndex, v.streamIndex)) ?? -1);
    awardIndexes.set(f, index);
  }
  return index;
}

function awardTotals(f: Formulation, values: Float64Array): number[] {
  const totals = f.binaries.map(() => 0);
  const index = awardIndexOfFunds(f);
  f.funds.forEach((v, i) => {
    const b = index[i]!;
    if (b >= 0) totals[b]! += values[v.col]!;
  });
  return totals;
}

/** The award most in between "nothing" and "its minimum", or -1 when every award is one or the other. */
function mostBrokenAward(f: Formulation, values: Float64Array, minAwardOf: (b: number) => number): number {
  let worst = -1;
  let worstBy = 1e-6;
  awardTotals(f, values).forEach((total, b) => {
    const by = Math.min(total, minAwardOf(b) - total);
    if (by > worstBy) {
      worst = b;
      worstBy = by;
    }
  });
  return worst;
}

function minimumAwardsHold(f: Formulation, values: Float64Array, minAwardOf: (b: number) => number): boolean {
  return mostBrokenAward(f, values, minAwardOf) === -1;
}

type Model = ReturnType<Highs['createModel']>;

/** Half a cent: funding within this of the relaxation's bound cannot be beaten. */
const FUNDING_TOLERANCE = 0.5;

interface AwardNode {
  /** Award decisions fixed on the way down (award index -> 0 or 1). */
  fixed: Map<number, number>;
  /** The parent's relaxation: the most this node can fund. */
  bound: number;
}

/**
 * "0 or at least the minimum award" for the awards the LP relaxation left in between:
 * depth-first branch and bound on warm-started LPs, pruned by the parent's bound before
 * a node is solved and stopped as soon as a blend reaches the root relaxation's funding
 * (nothing can fund more). Exact; HiGHS's MIP solver takes over if the tree grows large.
 */
function chooseAwards(
  highs: Highs,
  model: Model,
  f: Formulation,
  minAwardOf: (b: number) => number,
): number[] {
  const selection = { kind: 'set' as const, indices: Int32Array.from(f.binaries, (b) => b.col) };
  const lower = new Float64Array(f.binaries.length);
  const upper = new Float64Array(f.binaries.length);
  let best: { objective: number; choice: number[] } | null = null;
  let rootBound = Infinity;
  const stack: AwardNode[] = [{ fixed: new Map(), bound: Infinity }];
  let solved = 0;
  while (stack.length > 0) {
    const node = stack.pop()!;
    if (best !== null && node.bound <= best.objective + 1e-6) continue;
    if (++solved > NODE_LIMIT) return chooseAwardsWithMip(highs, model, f);
    for (let b = 0; b < f.binaries.length; b++) {
      const z = node.fixed.get(b);
      lower[b] = z ?? 0;
      upper[b] = z ?? 1;
    }
    model.changeColsBounds(selection, lower, upper);
    if (model.run().modelStatus !== highs.constants.modelStatus.optimal) continue;
    const objective = model.getObjectiveValue();
    if (solved === 1) rootBound = objective;
    if (best !== null && objective <= best.objective + 1e-6) continue;
    const values = model.getSolution().colValue;
    const b = mostBrokenAward(f, values, minAwardOf);
    if (b === -1) {
      best = { objective, choice: awardTotals(f, values).map((t) => (t > 1e-6 ? 1 : 0)) };
      if (objective >= rootBound - FUNDING_TOLERANCE) break;
      continue;
    }
    stack.push(
      { fixed: new Map(node.fixed).set(b, 0), bound: objective },
      { fixed: new Map(node.fixed).set(b, 1), bound: objective },
    );
  }
  if (best === null) throw new SolverError('no blend satisfies the minimum awards');
  return best.choice;
}

function chooseAwardsWithMip(highs: Highs, model: Model, f: Formulation): number[] {
  const cols = f.binaries.map((b) => b.col);
  cols.forEach((col) => model.changeColBounds(col, 0, 1));
  const selection = { kind: 'set' as const, indices: Int32Array.from(cols) };
  model.changeColsIntegrality(selection, new Int32Array(cols.length).fill(INTEGER));
  expectOptimal(highs, model.run().modelStatus, 'blend with minimum awards');
  const values = model.getSolution().colValue;
  model.changeColsIntegrality(selection, new Int32Array(cols.length).fill(CONTINUOUS));
  return cols.map((col) => Math.round(values[col]!));
}

function expectOptimal(highs: Highs, status: number, phase: string) {
  if (status !== highs.constants.modelStatus.optimal) {
    throw new SolverError(`the solver stopped without an optimal ${phase} (status ${status})`);
  }
}

/**
 * Phase 1 maximises funding (spec: minimal gap first); minimum awards need integers
 * only when the LP relaxation breaks one. Phase 2 keeps that funding and minimises the
 * secondary preference. Small models try both in one LP first (`combinedSolve`).
 */
export function solveFormulation(
  highs: Highs,
  f: Formulation,
  minAwardOf: (b: number) => number,
): SolvedFormulation {
  const { lp } = f;
  const inf = highs.infinity;
  const small = lp.columns.length <= SMALL_MODEL_COLUMNS;
  const model = sharedModel(highs, small ? 'small' : 'large');
  const matrix =
    lp.rows.length > 0
      ? lp.toCsr()
      : {
          starts: new Int32Array(lp.columns.length + 1),
          indices: new Int32Array(0),
          values: new Float64Array(0),
        };
  const n = lp.columns.length;
  const primary = new Float64Array(n);
  const combinedCost = new Float64Array(n);
  const colLower = new Float64Array(n);
  const colUpper = new Float64Array(n);
  lp.columns.forEach((c, j) => {
    primary[j] = c.cost;
    combinedCost[j] = c.cost - PREFERENCE_WEIGHT * c.secondary;
    colLower[j] = c.lower;
    colUpper[j] = finite(c.upper, inf);
  });
  const rowLower = new Float64Array(lp.rows.length);
  const rowUpper = new Float64Array(lp.rows.length);
  lp.rows.forEach((r, i) => {
    rowLower[i] = finite(r.lower, inf);
    rowUpper[i] = finite(r.upper, inf);
  });
  model.passModel({
    numCols: n,
    numRows: lp.rows.length,
    sense: highs.constants.objectiveSense.maximize,
    colCost: combinedCost,
    colLower,
    colUpper,
    rowLower,
    rowUpper,
    // HiGHS refuses a row-wise matrix without rows; an empty column-wise one says the same.
    matrix:
      lp.rows.length > 0
        ? { format: 'csr', numRows: lp.rows.length, numCols: lp.columns.length, ...matrix }
        : { format: 'csc', numRows: 0, numCols: lp.columns.length, ...matrix },
  });
  const bounds = { colLower, colUpper, rowLower, rowUpper };
  const combined = combinedSolve(
    highs,
    model,
    f,
    { primary, combined: combinedCost, matrix, bounds },
    minAwardOf,
  );
  if (combined !== null) return combined;
  expectOptimal(highs, model.run().modelStatus, 'blend');
  return twoPhaseSolve(highs, model, f, minAwardOf);
}

/**
 * The classic lexicographic solve on a model whose phase-1 LP is optimal: minimum
 * awards by branch and bound when the relaxation breaks one, then phase 2 with the
 * funding fixed by a row.
 */
function twoPhaseSolve(
  highs: Highs,
  model: Model,
  f: Formulation,
  minAwardOf: (b: number) => number,
): SolvedFormulation {
  const { lp } = f;
  const inf = highs.infinity;
  let solution = model.getSolution();
  let usedMip = false;
  const binaryCols = f.binaries.map((b) => b.col);
  if (binaryCols.length > 0 && !minimumAwardsHold(f, solution.colValue, minAwardOf)) {
    usedMip = true;
    const choice = chooseAwards(highs, model, f, minAwardOf);
    // Fix the award decisions and solve the LP again: duals exist only for an LP.
    binaryCols.forEach((col, b) => model.changeColBounds(col, choice[b]!, choice[b]!));
    expectOptimal(highs, model.run().modelStatus, 'blend with fixed awards');
    solution = model.getSolution();
  }
  const phase1 = Float64Array.from(solution.colValue);
  // Phase 2 must keep phase 1's award decisions: a fractional yes/no would let an award slip below its minimum.
  const totals = awardTotals(f, phase1);
  binaryCols.forEach((col, b) => {
    const z = totals[b]! > 1e-6 ? 1 : 0;
    model.changeColBounds(col, z, z);
  });
  const funded = f.funds.reduce((sum, v) => sum + phase1[v.col]!, 0);

  // Phase 2: the same funding (to half a cent), the least secondary cost.
  const fundCols = f.funds.map((v) => v.col);
  if (fundCols.length > 0) {
    model.addRow(funded - Math.max(0.5, funded * 1e-9), inf, {
      indices: Int32Array.from(fundCols),
      values: new Float64Array(fundCols.length).fill(1),
    });
  }
  for (const slack of f.slacks) model.changeColBounds(slack.col, 0, phase1[slack.col]! + 1e-6);
  model.changeColsCost(
    { kind: 'range', from: 0, to: lp.columns.length - 1 },
    Float64Array.from(lp.columns, (c) => -c.secondary),
  );
  // The preference is a refinement: if HiGHS cannot settle it, the phase-1 optimum stands.
  const preferred = model.run().modelStatus === highs.constants.modelStatus.optimal;
  return {
    values: preferred ? Float64Array.from(model.getSolution().colValue) : phase1,
    rowDual: Float64Array.from(solution.rowDual),
    colDual: Float64Array.from(solution.colDual),
    phase1,
    usedMip,
  };
}

/** Weight of the preference cost against one euro funded in the combined objective. */
const PREFERENCE_WEIGHT = 1e-3;

/**
 * Both phases in one objective: maximise funding minus a small multiple of the
 * preference cost. Its optimum is the lexicographic one whenever it also maximises
 * funding alone (to half a cent): nothing funds more, and among the blends that fund as
 * much none has a lower preference cost. Re-solving with the funding objective from its
 * basis certifies that (no simplex iteration when it holds) and gives the duals for
 * explanations. When the relaxation breaks a minimum award, branch and bound on the
 * funding objective chooses the awards, then the same certified solve settles the
 * amounts. Returns null when a certificate fails; the model is then left as the
 * two-phase path expects it (funding objective, awards relaxed).
 */
function combinedSolve(
  highs: Highs,
  model: Model,
  f: Formulation,
  lp: CombinedLp,
  minAwardOf: (b: number) => number,
): SolvedFormulation | null {
  expectOptimal(highs, model.run().modelStatus, 'blend');
  let values = Float64Array.from(model.getSolution().colValue);
  let duals = certifiedDuals(highs, model, lp, values);
  if (duals === null) return null;
  let usedMip = false;
  if (f.binaries.length > 0 && !minimumAwardsHold(f, values, minAwardOf)) {
    usedMip = true;
    // The award decisions maximise funding (branch and bound on the funding objective,
    // from the relaxation's basis); the preference then settles the amounts, as in the
    // two-phase path.
    const choice = chooseAwards(highs, model, f, minAwardOf);
    const awards = { kind: 'set' as const, indices: Int32Array.from(f.binaries, (b) => b.col) };
    const fixedAt = Float64Array.from(choice);
    model.changeColsBounds(awards, fixedAt, fixedAt);
    model.changeColsCost(all(f), lp.combined);
    expectOptimal(highs, model.run().modelStatus, 'blend with fixed awards');
    values = Float64Array.from(model.getSolution().colValue);
    // Duals exist only for an LP: the funding objective with the awards fixed.
    const fixed = {
      ...lp.bounds,
      colLower: Float64Array.from(lp.bounds.colLower),
      colUpper: Float64Array.from(lp.bounds.colUpper),
    };
    f.binaries.forEach((b, i) => {
      fixed.colLower[b.col] = choice[i]!;
      fixed.colUpper[b.col] = choice[i]!;
    });
    duals = certifiedDuals(highs, model, { ...lp, bounds: fixed }, values);
    if (duals === null) {
      const none = new Float64Array(choice.length);
      model.changeColsBounds(
        awards,
        none,
        none.map(() => 1),
      );
      return null;
    }
  }
  return { values, ...duals, usedMip };
}

/** The arrays of the LP as passed to HiGHS, for certificates computed outside it. */
interface CombinedLp {
  primary: Float64Array;
  combined: Float64Array;
  matrix: { starts: Int32Array; indices: Int32Array; values: Float64Array };
  bounds: { colLower: Float64Array; colUpper: Float64Array; rowLower: Float64Array; rowUpper: Float64Array };
}

const all = (f: Formulation) => ({ kind: 'range' as const, from: 0, to: f.lp.columns.length - 1 });

type Duals = Pick<SolvedFormulation, 'rowDual' | 'colDual' | 'phase1'>;

/**
 * Certifies that `values` (the combined optimum) also maximise funding alone, and
 * returns the funding LP's duals. First from the combined optimum's basis: y = B^-T c_B
 * for the funding costs c, whose Lagrangian bound max over the box of c·x - y·(Ax - r)
 * is an upper bound on funding for any y; when `values` reach it (to half a cent),
 * nothing funds more and y are optimal duals. That costs one solve with the basis
 * HiGHS already holds. Failing that, HiGHS re-solves on funding from the same basis.
 * Null when funding can be beaten; the model then has the funding objective.
 */
function certifiedDuals(highs: Highs, model: Model, lp: CombinedLp, values: Float64Array): Duals | null {
  const funded = dot(lp.primary, values);
  const fromBasis = basisDuals(model, lp);
  if (fromBasis !== null && funded >= fromBasis.bound - FUNDING_TOLERANCE) {
    return { rowDual: fromBasis.rowDual, colDual: fromBasis.colDual, phase1: values };
  }
  model.changeColsCost({ kind: 'range', from: 0, to: lp.primary.length - 1 }, lp.primary);
  expectOptimal(highs, model.run().modelStatus, 'blend');
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

function dot(a: Float64Array, b: Float64Array): number {
  let sum = 0;
  for (let i = 0; i < a.length; i++) sum += a[i]! * b[i]!;
  return sum;
}

type ModelSize = 'small' | 'large';

/**
 * Solver options by model size. Small models (one plan): primal simplex without
 * presolve, Dantzig pricing; HiGHS's automatic choice costs ~15 ms of set-up there, its
 * dual simplex ~1.1 ms, primal with devex pricing ~0.9 ms, with Dantzig pricing ~0.67 ms
 * (both solves of the blend-plan workload). Large portfolios gain from presolve and the
 * automatic choice.
 */
const OPTIONS: Record<ModelSize, Parameters<Model['options']['set']>[0]> = {
  small: {
    output_flag: false,
    presolve: 'off',
    solver: 'simplex',
    simplex_strategy: 4,
    simplex_primal_edge_weight_strategy: 0,
  },
  large: { output_flag: false },
};

const models = new WeakMap<Highs, { model: Model; size: ModelSize | null }>();

/**
 * One HiGHS instance per loaded module, reused (creating one costs more than a small
 * solve): solves are synchronous, so it is never shared mid-solve. Options change only
 * when the model size does; `passModel` replaces the previous model and its basis.
 */
function sharedModel(highs: Highs, size: ModelSize): Model {
  let entry = models.get(highs);
  if (entry === undefined) {
    entry = { model: highs.createModel(), size: null };
    models.set(highs, entry);
  }
  if (entry.size !== size) {
    entry.model.options.reset();
    entry.model.options.set(OPTIONS[size]);
    entry.size = size;
  }
  return entry.model;
}
