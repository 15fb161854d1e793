import type { Highs } from 'highs';
import type { Formulation } from './formulation';
import { PREFERENCE_WEIGHT } from './highs-solver';

/** How far (cents) an amount may move from the optimiser's value in the whole-cent search. */
const REACH_CENTS = 100;

/**
 * Branch-and-bound nodes the whole-cent search may use before the greedy rounding's result
 * stands (a node count, not a time, so a blend is the same on any machine); the time limit
 * is only a safeguard.
 */
const NODE_LIMIT = 1000;
const TIME_LIMIT = 5;

/**
 * The optimiser's blend moved to whole cents by an exact search: the same LP with its
 * amounts and guarantees integer (cents), each within `REACH_CENTS` of the optimiser's
 * value (an amount it left at zero stays zero), the award decisions and the locks' slack
 * as the optimiser set them, and the same objective. Where several real-valued limits
 * meet (debt service over years, shares, matching), whole cents that respect them all
 * can need cents moved between amounts, years and streams, which one amount at a time
 * (rounding.ts) cannot find. Returns the column values (amounts whole), or null when no
 * such blend is found in time; the caller keeps its greedy rounding then.
 */
export function integerNear(highs: Highs, f: Formulation, values: Float64Array): Float64Array | null {
  const { lp } = f;
  const n = lp.columns.length;
  if (n === 0 || lp.rows.length === 0) return null;
  const inf = highs.infinity;
  const finite = (v: number) => (v === Infinity ? inf : v === -Infinity ? -inf : v);
  const colCost = new Float64Array(n);
  const colLower = new Float64Array(n);
  const colUpper = new Float64Array(n);
  lp.columns.forEach((c, j) => {
    colCost[j] = c.cost - PREFERENCE_WEIGHT * c.secondary;
    colLower[j] = c.lower;
    colUpper[j] = finite(c.upper);
  });
  const integrality = new Int32Array(n);
  const near = (col: number) => {
    const v = values[col]!;
    const upper = lp.columns[col]!.upper;
    integrality[col] = 1;
    if (v < 0.5) {
      colLower[col] = 0;
      colUpper[col] = 0;
      return;
    }
    colLower[col] = Math.max(lp.columns[col]!.lower, Math.floor(v) - REACH_CENTS);
    colUpper[col] = finite(Math.min(upper, Math.ceil(v) + REACH_CENTS));
  };
  for (const v of f.funds) near(v.col);
  for (const g of f.guarantees) near(g.col);
  // An award's yes/no stays as the optimiser decided it where that is a whole 0 or 1. The
  // final LP leaves a chosen award's z anywhere between total/cap and total/minimum (both
  // rows hold), so a z of 0.44 is an award in use: rounding it to 0 would force its
  // amounts to zero and make the search infeasible. Such a z stays a 0/1 choice here.
  for (const b of f.binaries) {
    const z = values[b.col] ?? 0;
    const whole = Math.round(z);
    integrality[b.col] = 1;
    if (Math.abs(z - whole) <= 1e-9) {
      colLower[b.col] = whole;
      colUpper[b.col] = whole;
    } else {
      colLower[b.col] = 0;
      colUpper[b.col] = 1;
    }
  }
  // Locked amounts break a rule no further than the optimiser let them (plus a cent of rounding).
  for (const s of f.slacks) colUpper[s.col] = Math.ceil((values[s.col] ?? 0) + 1e-6);
  for (const g of f.grants) colUpper[g.col] = Math.ceil((values[g.col] ?? 0) + 1e-6) + REACH_CENTS;
  const rowLower = Float64Array.from(lp.rows, (r) => finite(r.lower));
  const rowUpper = Float64Array.from(lp.rows, (r) => finite(r.upper));
  const matrix = lp.toCsr();
  // A model of its own: the module's shared model keeps the LP it may reuse (highs-model.ts).
  const model = highs.createModel();
  try {
    model.options.set({
      output_flag: false,
      mip_rel_gap: 0,
      // A cent of funding (the preference weighs a thousandth of that).
      mip_abs_gap: 1,
      mip_max_nodes: NODE_LIMIT,
      time_limit: TIME_LIMIT,
    });
    model.passModel({
      numCols: n,
      numRows: lp.rows.length,
      sense: highs.constants.objectiveSense.maximize,
      colCost,
      colLower,
      colUpper,
      rowLower,
      rowUpper,
      matrix: { format: 'csr', numRows: lp.rows.length, numCols: n, ...matrix },
      integrality,
    });
    const { optimal, timeLimit, solutionLimit } = highs.constants.modelStatus;
    const status = model.run().modelStatus;
    // At a limit, the best blend found so far (rounding.ts's ledger still checks every rule).
    if (status !== optimal && status !== timeLimit && status !== solutionLimit) return null;
    const solution = model.getSolution();
    if (solution.colValue === undefined || solution.colValue.length !== n) return null;
    const out = Float64Array.from(solution.colValue);
    for (let j = 0; j < n; j++) if (integrality[j] === 1) out[j] = Math.round(out[j]!);
    return out;
  } finally {
    model.dispose();
  }
}
