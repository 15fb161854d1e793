/** The arrays one Monte Carlo run needs; built by buildKernelModel (model.ts). */
export interface KernelModel {
  seed: number;
  /** Projection years. */
  years: number;
  /** Indicators that some impact line of the scenario moves (the others do not vary). */
  series: number;
  plans: number;
  /** No-action value per series and year, `series * years`. */
  base: Float64Array;
  /** Total cost per plan, in cents. */
  totalCost: Float64Array;
  /** One award per (plan, stream) with a positive blended amount: its plan, cents and probability. */
  pairPlan: Int32Array;
  pairAmount: Float64Array;
  pairProbability: Float64Array;
  /** One entry per impact line: its plan, its series, the active year offsets [first, end). */
  linePlan: Int32Array;
  lineSeries: Int32Array;
  lineFirst: Int32Array;
  lineEnd: Int32Array;
  /** Triangular(low, 1, high) bounds of the line's multiplier. */
  lineLow: Float64Array;
  lineHigh: Float64Array;
  /** Net effect per line and year at a funded share of 1, `lines * years`. */
  coef: Float64Array;
}

export function mix32(x: number): number;
/** Four 32-bit words; signed or unsigned storage gives the same outputs. */
export type GeneratorState = Uint32Array | Int32Array;

export function seedState(seed: number, draw: number, state: GeneratorState): void;
export function nextUint32(state: GeneratorState): number;
export function nextUniform(state: GeneratorState): number;
export function triangular(u: number, low: number, high: number): number;
export function runDraws(
  model: KernelModel,
  from: number,
  to: number,
  draws: number,
  values: Float64Array,
  fullyFunded: Int32Array,
  /** Per plan, the draws' funded shares (capped at 1) summed in SHARE_UNITS; optional. */
  fundedShareSum?: Float64Array,
): void;
/** Units of one funded share in runDraws' `fundedShareSum` (2^32: exact integer sums). */
export const SHARE_UNITS: number;

/** Groups of impact lines for runGroupDraws: `kinds` mappings side by side. */
export interface GroupMapping {
  /** Mappings side by side (group kinds). */
  kinds: number;
  /** Group series written (over all mappings). */
  series: number;
  /** Per kernel line and mapping, `lines * kinds`: the group series the line adds to, or -1. */
  lineSeries: Int32Array;
}

export function runGroupDraws(
  model: KernelModel,
  groups: GroupMapping,
  from: number,
  to: number,
  draws: number,
  values: Float64Array,
): void;
