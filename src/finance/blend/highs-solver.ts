import highsLoader, { type Highs } from 'highs';
import type { Formulation } from './formulation';
import { pairKey } from './keys';
import { certifiedDuals, FUNDING_TOLERANCE, type CombinedLp } from './highs-certificate';
import {
  expectOptimal,
  forgetLoadedMatrix,
  loadModel,
  runModel,
  runToOptimal,
  SolverError,
  type Model,
} from './highs-model';

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

const CONTINUOUS = 0;
const INTEGER = 1;
/** Beyond this many branch-and-bound nodes, HiGHS's own MIP solver takes over. */
const NODE_LIMIT = 400;

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

function awardTotals(f: Formulation, values: Float64Array): Float64Array {
  const totals = new Float64Array(f.binaries.length);
  const index = awardIndexOfFunds(f);
  for (let i = 0; i < f.funds.length; i++) {
    const b = index[i]!;
    if (b >= 0) totals[b]! += values[f.funds[i]!.col]!;
  }
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
    if (!runModel(highs, model, 'blend with some awards fixed')) continue;
    const objective = model.getObjectiveValue();
    if (solved === 1) rootBound = objective;
    if (best !== null && objective <= best.objective + 1e-6) continue;
    const values = model.getSolution().colValue;
    const b = mostBrokenAward(f, values, minAwardOf);
    if (b === -1) {
      best = { objective, choice: Array.from(awardTotals(f, values), (t) => (t > 1e-6 ? 1 : 0)) };
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
  forgetLoadedMatrix(highs);
  const cols = f.binaries.map((b) => b.col);
  cols.forEach((col) => model.changeColBounds(col, 0, 1));
  const selection = { kind: 'set' as const, indices: Int32Array.from(cols) };
  model.changeColsIntegrality(selection, new Int32Array(cols.length).fill(INTEGER));
  expectOptimal(highs, model.run().modelStatus, 'blend with minimum awards');
  const values = model.getSolution().colValue;
  model.changeColsIntegrality(selection, new Int32Array(cols.length).fill(CONTINUOUS));
  return cols.map((col) => Math.round(values[col]!));
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
  const matrix =
    lp.rows.length > 0
      ? lp.toCsr()
      : { starts: new Int32Array(1), indices: new Int32Array(0), values: new Float64Array(0) };
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
  const model = loadModel(highs, {
    numCols: n,
    numRows: lp.rows.length,
    colCost: combinedCost,
    colLower,
    colUpper,
    rowLower,
    rowUpper,
    matrix,
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
  runToOptimal(highs, model, 'blend');
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
  // Phase 2 adds a row: the next LP must be passed whole.
  forgetLoadedMatrix(highs);
  let solution = model.getSolution();
  let usedMip = false;
  const binaryCols = f.binaries.map((b) => b.col);
  if (binaryCols.length > 0 && !minimumAwardsHold(f, solution.colValue, minAwardOf)) {
    usedMip = true;
    const choice = chooseAwards(highs, model, f, minAwardOf);
    // Fix the award decisions and solve the LP again: duals exist only for an LP.
    binaryCols.forEach((col, b) => model.changeColBounds(col, choice[b]!, choice[b]!));
    runToOptimal(highs, model, 'blend with fixed awards');
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
  // A granted award may not fall further short to save preference cost.
  for (const grant of f.grants) model.changeColBounds(grant.col, 0, phase1[grant.col]! + 1e-6);
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
export const PREFERENCE_WEIGHT = 1e-3;

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
  runToOptimal(highs, model, 'blend');
  // The root's optimal basis for the combined objective: the solve with the awards fixed
  // starts from it rather than from the last branch-and-bound node, whose funding-only
  // basis leaves every tie between own revenue and outside money to be undone again.
  const rootBasis = model.getBasis();
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
    model.setBasis(rootBasis);
    runToOptimal(highs, model, 'blend with fixed awards');
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

const all = (f: Formulation) => ({ kind: 'range' as const, from: 0, to: f.lp.columns.length - 1 });
