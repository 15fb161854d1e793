import highsLoader, { type Highs } from 'highs';
import type { Formulation } from './formulation';
import { awardTotals, chooseAwards, minimumAwardsHold, type AwardChoice } from './award-search';
import { certifiedDuals, FUNDING_TOLERANCE, type CombinedLp } from './highs-certificate';
import { forgetLoadedMatrix, loadModel, runFirst, runToOptimal, type Model } from './highs-model';
import type { BlendControl } from './progress';

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
  /**
   * Proven distance (funding objective, cents) between this blend's award decisions and
   * the best any decisions could reach: 0 when proven optimal (to half a cent).
   */
  distance: number;
}

/** The proven distance of an award search's decisions, 0 within half a cent. */
function distanceOf(search: AwardChoice | null): number {
  if (search === null) return 0;
  const distance = search.bound - search.objective;
  return distance > FUNDING_TOLERANCE ? distance : 0;
}

function finite(value: number, infinity: number): number {
  if (value === Infinity) return infinity;
  if (value === -Infinity) return -infinity;
  return value;
}

/**
 * Phase 1 maximises funding (spec: minimal gap first); minimum awards need integers
 * only when the LP relaxation breaks one. Phase 2 keeps that funding and minimises the
 * secondary preference. Small models try both in one LP first (`combinedSolve`).
 */
export async function solveFormulation(
  highs: Highs,
  f: Formulation,
  minAwardOf: (b: number) => number,
  control: BlendControl,
): Promise<SolvedFormulation> {
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
  const combined = await combinedSolve(
    highs,
    model,
    f,
    { primary, combined: combinedCost, matrix, bounds },
    minAwardOf,
    control,
  );
  if (combined !== null) return combined;
  runToOptimal(highs, model, 'blend');
  return twoPhaseSolve(highs, model, f, minAwardOf, control);
}

/**
 * The classic lexicographic solve on a model whose phase-1 LP is optimal: minimum
 * awards by branch and bound when the relaxation breaks one, then phase 2 with the
 * funding fixed by a row.
 */
async function twoPhaseSolve(
  highs: Highs,
  model: Model,
  f: Formulation,
  minAwardOf: (b: number) => number,
  control: BlendControl,
): Promise<SolvedFormulation> {
  const { lp } = f;
  const inf = highs.infinity;
  // Phase 2 adds a row: the next LP must be passed whole.
  forgetLoadedMatrix(highs);
  let solution = model.getSolution();
  let usedMip = false;
  let search: AwardChoice | null = null;
  const binaryCols = f.binaries.map((b) => b.col);
  if (binaryCols.length > 0 && !minimumAwardsHold(f, solution.colValue, minAwardOf)) {
    usedMip = true;
    search = await chooseAwards(highs, model, f, minAwardOf, control);
    const { choice } = search;
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
    distance: distanceOf(search),
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
async function combinedSolve(
  highs: Highs,
  model: Model,
  f: Formulation,
  lp: CombinedLp,
  minAwardOf: (b: number) => number,
  control: BlendControl,
): Promise<SolvedFormulation | null> {
  runFirst(highs, model, f.lp.columns.length, 'blend');
  // The root's optimal basis for the combined objective: the solve with the awards fixed
  // starts from it rather than from the last branch-and-bound node, whose funding-only
  // basis leaves every tie between own revenue and outside money to be undone again.
  const rootBasis = model.getBasis();
  let values = Float64Array.from(model.getSolution().colValue);
  let duals = certifiedDuals(highs, model, lp, values);
  if (duals === null) return null;
  let usedMip = false;
  let search: AwardChoice | null = null;
  if (f.binaries.length > 0 && !minimumAwardsHold(f, values, minAwardOf)) {
    usedMip = true;
    // The award decisions maximise funding (branch and bound on the funding objective,
    // from the relaxation's basis); the preference then settles the amounts, as in the
    // two-phase path.
    search = await chooseAwards(highs, model, f, minAwardOf, control);
    const { choice } = search;
    const awards = { kind: 'set' as const, indices: Int32Array.from(f.binaries, (b) => b.col) };
    const fixedAt = Float64Array.from(choice);
    model.changeColsBounds(awards, fixedAt, fixedAt);
    model.changeColsCost(all(f), lp.combined);
    // A dived portfolio starts from the dive's last basis (the same awards, the funding
    // objective): from the root's, HiGHS took minutes on blend-portfolio-hard.
    if (!control.dives(f.lp.columns.length)) model.setBasis(rootBasis);
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
  return { values, ...duals, usedMip, distance: distanceOf(search) };
}

const all = (f: Formulation) => ({ kind: 'range' as const, from: 0, to: f.lp.columns.length - 1 });
