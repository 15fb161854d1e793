// The minimum-award search: "0 or at least minAward" per plan and stream (docs/blend.md,
// Minimum awards). Branch and bound on warm-started LPs of the one HiGHS model.
import type { Highs } from 'highs';
import type { Formulation } from './formulation';
import { pairKey } from './keys';
import { FUNDING_TOLERANCE } from './highs-certificate';
import { expectOptimal, forgetLoadedMatrix, runModel, SolverError, type Model } from './highs-model';
import type { BlendControl } from './progress';
import { diveAwards } from './award-dive';

const CONTINUOUS = 0;
const INTEGER = 1;
/** Beyond this many branch-and-bound nodes, HiGHS's own MIP solver takes over. */
const NODE_LIMIT = 400;

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

/** Per award (index of `f.binaries`), the solver's money beyond locks in `values`. */
export function awardTotals(f: Formulation, values: Float64Array): Float64Array {
  const totals = new Float64Array(f.binaries.length);
  const index = awardIndexOfFunds(f);
  for (let i = 0; i < f.funds.length; i++) {
    const b = index[i]!;
    if (b >= 0) totals[b]! += values[f.funds[i]!.col]!;
  }
  return totals;
}

/** The award most in between "nothing" and "its minimum", or -1 when every award is one or the other. */
export function mostBrokenAward(
  f: Formulation,
  values: Float64Array,
  minAwardOf: (b: number) => number,
): number {
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

export function minimumAwardsHold(
  f: Formulation,
  values: Float64Array,
  minAwardOf: (b: number) => number,
): boolean {
  return mostBrokenAward(f, values, minAwardOf) === -1;
}

/** The award decisions, the funding they reach and the most any decisions could reach. */
export interface AwardChoice {
  /** Per award (index of `f.binaries`): 1 given, 0 not. */
  choice: number[];
  /** Funding objective of the blend with these decisions (solver units, cents). */
  objective: number;
  /** Proven upper bound on the funding objective of any decisions (>= objective). */
  bound: number;
  /** LP relaxations solved. */
  nodes: number;
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
 * less the allowed distance (half a cent, or 0.01 % of the total cost for a portfolio
 * that dives: BlendControl). Portfolios first dive from the root (award-dive.ts) and
 * search on only when the dive's blend is farther than that from the root's bound.
 * HiGHS's MIP solver takes over if the tree grows beyond NODE_LIMIT.
 */
export async function chooseAwards(
  highs: Highs,
  model: Model,
  f: Formulation,
  minAwardOf: (b: number) => number,
  control: BlendControl,
): Promise<AwardChoice> {
  const selection = { kind: 'set' as const, indices: Int32Array.from(f.binaries, (b) => b.col) };
  const lower = new Float64Array(f.binaries.length);
  const upper = new Float64Array(f.binaries.length);
  const tolerance = control.allowedDistance(f.lp.columns.length);
  let best: { objective: number; choice: number[] } | null = null;
  let rootBound = Infinity;
  // The best bound of the nodes left unexplored because they could not beat the best blend by more than the pruning margin.
  let pruned = -Infinity;
  const prune = tolerance > FUNDING_TOLERANCE ? tolerance : 1e-6;
  const stack: AwardNode[] = [{ fixed: new Map(), bound: Infinity }];
  let solved = 0;
  const progress = () => ({
    phase: 'search' as const,
    nodes: solved,
    covered: control.covered(best?.objective ?? null),
    bound: control.covered(rootBound) ?? 0,
  });
  while (stack.length > 0) {
    const node = stack.pop()!;
    if (best !== null && node.bound <= best.objective + prune) {
      pruned = Math.max(pruned, node.bound);
      continue;
    }
    if (++solved > NODE_LIMIT) return chooseAwardsWithMip(highs, model, f, control, tolerance, best, solved);
    if (Number.isFinite(rootBound)) await control.checkpoint(progress);
    for (let b = 0; b < f.binaries.length; b++) {
      const z = node.fixed.get(b);
      lower[b] = z ?? 0;
      upper[b] = z ?? 1;
    }
    model.changeColsBounds(selection, lower, upper);
    if (!runModel(highs, model, 'blend with some awards fixed')) continue;
    const objective = model.getObjectiveValue();
    if (solved === 1) {
      rootBound = objective;
      if (control.dives(f.lp.columns.length)) {
        const dive = await diveFromRoot(highs, model, f, minAwardOf, control, objective);
        solved += dive?.nodes ?? 0;
        if (dive !== null) {
          best = { objective: dive.objective, choice: dive.choice };
          if (dive.objective >= rootBound - tolerance) {
            return { ...best, bound: Math.max(rootBound, dive.objective), nodes: solved };
          }
        }
        // The exact search goes on from the root, the dive's blend as its incumbent.
        model.changeColsBounds(selection, lower, upper);
        if (!runModel(highs, model, 'blend with some awards fixed')) continue;
      }
    }
    if (best !== null && objective <= best.objective + prune) {
      pruned = Math.max(pruned, objective);
      continue;
    }
    const values = model.getSolution().colValue;
    const b = mostBrokenAward(f, values, minAwardOf);
    if (b === -1) {
      best = { objective, choice: Array.from(awardTotals(f, values), (t) => (t > 1e-6 ? 1 : 0)) };
      if (objective >= rootBound - tolerance) {
        return { ...best, bound: Math.max(rootBound, objective), nodes: solved };
      }
      continue;
    }
    stack.push(
      { fixed: new Map(node.fixed).set(b, 0), bound: objective },
      { fixed: new Map(node.fixed).set(b, 1), bound: objective },
    );
  }
  if (best === null) throw new SolverError('no blend satisfies the minimum awards');
  // The tree is exhausted: nothing left unexplored funds more than the pruned nodes' bounds.
  return { ...best, bound: Math.max(best.objective, pruned), nodes: solved };
}

function diveFromRoot(
  highs: Highs,
  model: Model,
  f: Formulation,
  minAwardOf: (b: number) => number,
  control: BlendControl,
  rootBound: number,
) {
  return diveAwards({
    highs,
    model,
    f,
    minAwardOf,
    control,
    totals: (values) => awardTotals(f, values),
    rootValues: Float64Array.from(model.getSolution().colValue),
    rootBound,
  });
}

/**
 * HiGHS's branch and cut on the funding objective, started from the best decisions the
 * search found, stopped at `tolerance` (relative gap to the total); its dual bound is the
 * bound reported.
 */
function chooseAwardsWithMip(
  highs: Highs,
  model: Model,
  f: Formulation,
  control: BlendControl,
  tolerance: number,
  start: { choice: number[] } | null,
  nodes: number,
): AwardChoice {
  control.throwIfCancelled();
  forgetLoadedMatrix(highs);
  const cols = f.binaries.map((b) => b.col);
  cols.forEach((col) => model.changeColBounds(col, 0, 1));
  const selection = { kind: 'set' as const, indices: Int32Array.from(cols) };
  model.changeColsIntegrality(selection, new Int32Array(cols.length).fill(INTEGER));
  if (tolerance > FUNDING_TOLERANCE) model.options.set({ mip_abs_gap: tolerance });
  try {
    // The best decisions found are only a hint: a start HiGHS refuses is no failure.
    if (start !== null) {
      try {
        model.setSolution({ indices: Int32Array.from(cols), values: Float64Array.from(start.choice) });
      } catch {
        // HiGHS searches from scratch.
      }
    }
    expectOptimal(highs, model.run().modelStatus, 'blend with minimum awards');
  } finally {
    if (tolerance > FUNDING_TOLERANCE) model.options.set({ mip_abs_gap: 1e-6 });
  }
  const values = model.getSolution().colValue;
  const objective = model.getObjectiveValue();
  const dual = mipDualBound(model);
  model.changeColsIntegrality(selection, new Int32Array(cols.length).fill(CONTINUOUS));
  return {
    choice: cols.map((col) => Math.round(values[col]!)),
    objective,
    bound: Number.isFinite(dual) ? Math.max(objective, dual) : objective,
    nodes,
  };
}

/** HiGHS's proven bound after a MIP run; NaN when it does not give one (the objective then stands). */
function mipDualBound(model: Model): number {
  try {
    return Number(model.info.get('mip_dual_bound'));
  } catch {
    return Number.NaN;
  }
}
