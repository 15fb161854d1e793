// The minimum-award search for portfolios (issue 18). In a portfolio the plans' yes/no
// choices interact only through shared budgets (and de minimis per cooperative), and the
// LP relaxation is nearly integral: a few awards per plan end between nothing and their
// minimum. Branching on them one at a time costs a warm-started solve of the whole
// portfolio per award. Instead the dive rounds every such award at once (given when the
// relaxation gives at least half its minimum), re-solves warm, and repeats for awards the
// re-solve leaves in between. The root relaxation bounds every blend, so the dive's blend
// is proven within `rootBound - objective` of the best; when that exceeds the allowed
// distance the exact search goes on from it (award-search.ts).
import type { Highs } from 'highs';
import type { Formulation } from './formulation';
import { runModel, type Model } from './highs-model';
import type { BlendControl } from './progress';

/** Rounds of "round the in-between awards, re-solve" before the dive gives up. */
const DIVE_ROUNDS = 12;
/** An award the relaxation gives at least this share of its minimum is given in the dive. */
const GIVE_FROM = 0.5;

export interface DiveResult {
  /** Per award: 0 or 1, as the dive's last LP gives it. */
  choice: number[];
  objective: number;
  /** LP solves of the dive. */
  nodes: number;
}

interface DiveInput {
  highs: Highs;
  model: Model;
  f: Formulation;
  minAwardOf: (b: number) => number;
  control: BlendControl;
  /** Per award, its total in the root relaxation. */
  totals: (values: Float64Array) => Float64Array;
  rootValues: Float64Array;
  rootBound: number;
}

const IN_BETWEEN = 1e-6;

/**
 * Rounds the in-between awards of the relaxation until none is left. An infeasible round
 * (a minimum the budgets cannot reach once others are given) withdraws the awards it gave
 * with the least money first. Null when no round finds a blend; the exact search then runs.
 */
export async function diveAwards(input: DiveInput): Promise<DiveResult | null> {
  const { highs, model, f, minAwardOf, control } = input;
  const n = f.binaries.length;
  const selection = { kind: 'set' as const, indices: Int32Array.from(f.binaries, (b) => b.col) };
  const lower = new Float64Array(n);
  const upper = new Float64Array(n).fill(1);
  let values = input.rootValues;
  let nodes = 0;
  for (let round = 0; round < DIVE_ROUNDS; round++) {
    const totals = input.totals(values);
    const inBetween: { b: number; share: number }[] = [];
    for (let b = 0; b < n; b++) {
      const minimum = minAwardOf(b);
      if (totals[b]! > IN_BETWEEN && totals[b]! < minimum - IN_BETWEEN)
        inBetween.push({ b, share: totals[b]! / minimum });
    }
    if (inBetween.length === 0) {
      return {
        choice: Array.from(totals, (t) => (t > IN_BETWEEN ? 1 : 0)),
        objective: model.getObjectiveValue(),
        nodes,
      };
    }
    // Fix this round's decisions; awards decided in earlier rounds stay fixed.
    const given = inBetween.filter((a) => a.share >= GIVE_FROM).sort((x, y) => x.share - y.share);
    for (const { b } of inBetween) lower[b] = upper[b] = 0;
    for (const { b } of given) lower[b] = upper[b] = 1;
    let solvedRound = false;
    // Infeasible: withdraw the least-given half of this round's awards (then half the rest) and try again.
    for (let withdrawn = 0; ; withdrawn += Math.ceil((given.length - withdrawn) / 2)) {
      control.throwIfCancelled();
      for (let k = 0; k < withdrawn; k++) lower[given[k]!.b] = upper[given[k]!.b] = 0;
      model.changeColsBounds(selection, lower, upper);
      nodes++;
      if (runModel(highs, model, 'blend with rounded awards', true)) {
        solvedRound = true;
        break;
      }
      if (withdrawn === given.length) break;
    }
    if (!solvedRound) return null;
    values = model.getSolution().colValue;
    await control.checkpoint(() => ({
      phase: 'search',
      nodes,
      covered: null,
      bound: control.covered(input.rootBound)!,
    }));
  }
  return null;
}
