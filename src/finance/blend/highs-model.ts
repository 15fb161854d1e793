import type { Highs } from 'highs';

export type Model = ReturnType<Highs['createModel']>;

/** An LP as HiGHS takes it: row-wise matrix, infinite bounds as `highs.infinity`. */
export interface LpArrays {
  numCols: number;
  numRows: number;
  colCost: Float64Array;
  colLower: Float64Array;
  colUpper: Float64Array;
  rowLower: Float64Array;
  rowUpper: Float64Array;
  /** Compressed sparse rows. */
  matrix: { starts: Int32Array; indices: Int32Array; values: Float64Array };
}

type ModelSize = 'small' | 'large';

/** Up to this many columns a model counts as small (a plan or a few). */
const SMALL_MODEL_COLUMNS = 2000;

/**
 * Small models are solved without presolve, so after a run HiGHS holds the factored
 * basis of the model itself: solves with it (B^-T c) are cheap. After presolve it would
 * have to set that basis up again, and the next run would no longer start warm.
 */
export const holdsFactoredBasis = (numCols: number) => numCols <= SMALL_MODEL_COLUMNS;

/**
 * Solver options by model size. Small models (one plan): primal simplex without
 * presolve, Dantzig pricing; HiGHS's automatic choice costs ~15 ms of set-up there, its
 * dual simplex ~1.1 ms, primal with devex pricing ~0.9 ms, with Dantzig pricing ~0.67 ms
 * (both solves of the blend-plan workload). Without scaling, primal simplex wrongly
 * reports infeasible after bound changes in branch and bound, so scaling stays on.
 * Large portfolios gain from presolve and the automatic choice.
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

interface Entry {
  model: Model;
  size: ModelSize | null;
  /** The matrix HiGHS holds, while the model is exactly as `loadModel` left it. */
  matrix: LpArrays['matrix'] | null;
  /**
   * Its number of columns: a row-wise matrix does not show trailing columns without
   * entries (a grant's shortfall beside another LP of the same rows, say).
   */
  numCols: number;
}

const models = new WeakMap<Highs, Entry>();

function entryOf(highs: Highs): Entry {
  let entry = models.get(highs);
  if (entry === undefined) {
    entry = { model: highs.createModel(), size: null, matrix: null, numCols: 0 };
    models.set(highs, entry);
  }
  return entry;
}

function sameMatrix(a: LpArrays['matrix'], b: LpArrays['matrix']): boolean {
  if (a.starts.length !== b.starts.length || a.indices.length !== b.indices.length) return false;
  for (let i = 0; i < a.starts.length; i++) if (a.starts[i] !== b.starts[i]) return false;
  for (let k = 0; k < a.indices.length; k++) {
    if (a.indices[k] !== b.indices[k] || a.values[k] !== b.values[k]) return false;
  }
  return true;
}

/**
 * The LP loaded into the one HiGHS model of this module instance (creating a model costs
 * more than a small solve; solves are synchronous, so it is never shared mid-solve).
 * When the matrix equals the one HiGHS already holds (a re-blend after an edit that only
 * moved amounts, the next-euro ranking, a scenario's stream factors), only costs and
 * bounds are replaced and the solver state is cleared: HiGHS then starts exactly as
 * after `passModel` (same scaling, logical basis, fresh random state), so results stay
 * identical whatever was solved before, and the copy and checks of the matrix are saved.
 */
export function loadModel(highs: Highs, lp: LpArrays): Model {
  const entry = entryOf(highs);
  const size: ModelSize = holdsFactoredBasis(lp.numCols) ? 'small' : 'large';
  if (entry.size !== size) {
    entry.model.options.reset();
    entry.model.options.set(OPTIONS[size]);
    entry.size = size;
    entry.matrix = null;
  }
  const model = entry.model;
  if (
    lp.numRows > 0 &&
    entry.matrix !== null &&
    entry.numCols === lp.numCols &&
    sameMatrix(entry.matrix, lp.matrix)
  ) {
    const cols = { kind: 'range' as const, from: 0, to: lp.numCols - 1 };
    model.changeColsCost(cols, lp.colCost);
    model.changeColsBounds(cols, lp.colLower, lp.colUpper);
    model.changeRowsBounds({ kind: 'range', from: 0, to: lp.numRows - 1 }, lp.rowLower, lp.rowUpper);
    model.clearSolver();
    return model;
  }
  model.passModel({
    numCols: lp.numCols,
    numRows: lp.numRows,
    sense: highs.constants.objectiveSense.maximize,
    colCost: lp.colCost,
    colLower: lp.colLower,
    colUpper: lp.colUpper,
    rowLower: lp.rowLower,
    rowUpper: lp.rowUpper,
    // HiGHS refuses a row-wise matrix without rows; an empty column-wise one says the same.
    matrix:
      lp.numRows > 0
        ? { format: 'csr', numRows: lp.numRows, numCols: lp.numCols, ...lp.matrix }
        : {
            format: 'csc',
            numRows: 0,
            numCols: lp.numCols,
            starts: new Int32Array(lp.numCols + 1),
            indices: new Int32Array(0),
            values: new Float64Array(0),
          },
  });
  entry.matrix = lp.numRows > 0 ? lp.matrix : null;
  entry.numCols = lp.numCols;
  return model;
}

/** Call after changing the model's structure (rows, integrality): the next LP is passed whole. */
export function forgetLoadedMatrix(highs: Highs): void {
  entryOf(highs).matrix = null;
}

export class SolverError extends Error {}

export function expectOptimal(highs: Highs, status: number, phase: string) {
  if (status !== highs.constants.modelStatus.optimal) {
    throw new SolverError(`the solver stopped without an optimal ${phase} (status ${status})`);
  }
}

/**
 * Runs the model: true when HiGHS found the optimum, false when the LP is infeasible.
 * Primal simplex with Dantzig pricing (the small models' fast setting) can stall on a
 * degenerate LP and end "unknown", or after branch-and-bound bound changes call a
 * feasible LP infeasible; such a run is repeated once from scratch with dual simplex and
 * presolve, which HiGHS solves robustly, and the fast options are restored.
 * Any other outcome is an error: a branch-and-bound node that merely stalled must never
 * be taken for an infeasible one.
 */
/**
 * One run's model status. HiGHS's primal simplex can also fail outright after bound
 * changes (native status -1, thrown by the wrapper; seen in branch and bound on a random
 * workspace): that run counts as unsettled, like a stall, so the robust run follows.
 */
function statusOfRun(highs: Highs, model: Model, retryOnError: boolean): number {
  try {
    return model.run().modelStatus;
  } catch (error) {
    const failed = (error as { status?: unknown; operation?: unknown }) ?? {};
    if (!retryOnError || failed.status !== -1 || failed.operation !== 'run') throw error;
    return highs.constants.modelStatus.unknown;
  }
}

export function runModel(highs: Highs, model: Model, phase: string, believeInfeasible = false): boolean {
  const { optimal, infeasible } = highs.constants.modelStatus;
  let status = statusOfRun(highs, model, true);
  // Primal simplex after bound changes has also been seen to call a feasible LP
  // infeasible: only the robust run's "infeasible" is believed, unless the caller only
  // tries a heuristic (a cold re-solve of a portfolio costs more than the heuristic saves).
  if (status === infeasible && believeInfeasible) return false;
  if (status !== optimal) {
    const entry = entryOf(highs);
    model.options.set({ simplex_strategy: 1, presolve: 'on' });
    model.clearSolver();
    try {
      status = statusOfRun(highs, model, false);
    } finally {
      model.options.reset();
      model.options.set(OPTIONS[entry.size ?? 'small']);
    }
  }
  if (status === infeasible) return false;
  expectOptimal(highs, status, phase);
  return true;
}

/**
 * Beyond this many columns a portfolio's first solve uses HiGHS's interior point method
 * (with crossover, so later solves start warm from its basis). Measured on
 * blend-portfolio-hard with 100 plans (25,600 columns): dual simplex 41 s of CPU,
 * interior point 9 s; on blend-portfolio (200 short plans, 12,800 columns) simplex stays
 * faster (1.3 s against 2.0 s).
 */
export const INTERIOR_POINT_COLUMNS = 20000;

/** The first solve of a model: interior point for large portfolios, else as `runToOptimal`. */
export function runFirst(highs: Highs, model: Model, numCols: number, phase: string): void {
  if (numCols <= INTERIOR_POINT_COLUMNS) return runToOptimal(highs, model, phase);
  model.options.set({ solver: 'ipm' });
  try {
    runToOptimal(highs, model, phase);
  } finally {
    model.options.set({ solver: 'choose' });
  }
}

/** Runs the model and insists on an optimum (see `runModel`). */
export function runToOptimal(highs: Highs, model: Model, phase: string): void {
  if (!runModel(highs, model, phase)) expectOptimal(highs, highs.constants.modelStatus.infeasible, phase);
}
