// The Monte Carlo hot loop and its random numbers, in plain JavaScript so that worker
// threads load it without a TypeScript loader (a worker started through tsx takes about
// ten times longer to start). Types: kernel.d.mts. The same function runs in-thread and in
// every worker, so a draw's numbers never depend on where it is computed.

const TWO_TO_MINUS_32 = 2 ** -32;
const GOLDEN_GAMMA = 0x9e3779b9;

/** MurmurHash3's 32-bit finaliser (fmix32): a bijection on 32-bit integers with full avalanche. */
export function mix32(x) {
  x = Math.imul(x ^ (x >>> 16), 0x85ebca6b);
  x = Math.imul(x ^ (x >>> 13), 0xc2b2ae35);
  return (x ^ (x >>> 16)) >>> 0;
}

/**
 * The state of draw `draw`'s own generator: a key `mix32(mix32(seed ^ 0xa511e9b3) ^ draw)`
 * (distinct for every draw of one seed), expanded into four words by SplitMix32
 * (key + k * 0x9e3779b9, k = 1..4, each through mix32). Never all zero.
 */
export function seedState(seed, draw, state) {
  const key = mix32(mix32((seed ^ 0xa511e9b3) >>> 0) ^ (draw >>> 0));
  state[0] = mix32((key + GOLDEN_GAMMA) >>> 0);
  state[1] = mix32((key + 2 * GOLDEN_GAMMA) >>> 0);
  state[2] = mix32((key + 3 * GOLDEN_GAMMA) >>> 0);
  state[3] = mix32((key + 4 * GOLDEN_GAMMA) >>> 0);
}

/**
 * xoshiro128** 1.1 (Blackman & Vigna 2018): the next 32-bit output, advancing `state` (four
 * 32-bit words; uniformAt takes the same steps on a block's states).
 */
export function nextUint32(state) {
  const s0 = state[0];
  const s1 = state[1];
  const s2 = state[2] ^ s0;
  const s3 = state[3] ^ s1;
  const r = Math.imul(s1, 5);
  const result = Math.imul((r << 7) | (r >>> 25), 9) >>> 0;
  const t = s1 << 9;
  state[0] = s0 ^ s3;
  state[1] = s1 ^ s2;
  state[2] = s2 ^ t;
  state[3] = (s3 << 11) | (s3 >>> 21);
  return result;
}

/** A uniform number in [0, 1) with 32 random bits. */
export function nextUniform(state) {
  return nextUint32(state) * TWO_TO_MINUS_32;
}

/** Inverse CDF of triangular(low, 1, high) at u in [0, 1). */
export function triangular(u, low, high) {
  if (!(low < high)) return 1;
  // Same operations, in the same order, as the loop in runDraws.
  const modeAt = (1 - low) / (high - low);
  const below = (high - low) * (1 - low);
  const above = (high - low) * (high - 1);
  return u < modeAt ? low + Math.sqrt(u * below) : high - Math.sqrt((1 - u) * above);
}

/**
 * nextUniform on the generator whose four words start at `states[i]` (one state per draw
 * of a block): the same xoshiro128** step, small enough for the optimiser to inline.
 */
function uniformAt(states, i) {
  const s0 = states[i];
  const s1 = states[i + 1];
  const s2 = states[i + 2] ^ s0;
  const s3 = states[i + 3] ^ s1;
  const r = Math.imul(s1, 5);
  const u = (Math.imul((r << 7) | (r >>> 25), 9) >>> 0) * TWO_TO_MINUS_32;
  states[i] = s0 ^ s3;
  states[i + 1] = s1 ^ s2;
  states[i + 2] = s2 ^ (s1 << 9);
  states[i + 3] = (s3 << 11) | (s3 >>> 21);
  return u;
}

/** Draws per block: the block's weights stay in cache while they are added into the results. */
const MAX_BLOCK = 128;
const WEIGHT_BYTES = 8 * 1024 * 1024;

// The phases of a block are separate small functions: one large function would be optimised
// piecemeal by on-stack replacement and thrown back for every phase not yet run, which cost
// a fresh worker some hundreds of milliseconds.

/** Triangular constants per line: where the mode falls in the CDF and the two square-root factors. */
function triangularConstants(lineLow, lineHigh) {
  const lines = lineLow.length;
  const modeAt = new Float64Array(lines);
  const below = new Float64Array(lines);
  const above = new Float64Array(lines);
  for (let l = 0; l < lines; l++) {
    const low = lineLow[l];
    const high = lineHigh[l];
    if (low < high) {
      modeAt[l] = (1 - low) / (high - low);
      below[l] = (high - low) * (1 - low);
      above[l] = (high - low) * (high - 1);
    }
  }
  return { modeAt, below, above };
}

function seedBlock(seed, d0, n, states) {
  for (let j = 0; j < n; j++) seedState(seed, d0 + j, states.subarray(4 * j, 4 * j + 4));
}

/** One uniform per award with probability below 1; the plan gets the award's cents when u < p. */
function drawAwards(model, states, n, block, funded) {
  const { pairPlan, pairAmount, pairProbability } = model;
  const pairs = pairPlan.length;
  funded.fill(0);
  for (let k = 0; k < pairs; k++) {
    const p = pairProbability[k];
    const at = pairPlan[k] * block;
    const amount = pairAmount[k];
    if (!(p < 1)) {
      for (let j = 0; j < n; j++) funded[at + j] += amount;
      continue;
    }
    for (let j = 0; j < n; j++) {
      const u = uniformAt(states, 4 * j);
      if (u < p) funded[at + j] += amount;
    }
  }
}

/**
 * Units of one funded share in `fundedShareSum`: each draw adds its share (at most 1) as a
 * whole number of 2^-32nds, so the sums are exact integers (below 2^53 up to 2^21 draws,
 * twice the most a scenario allows) and the same whatever the order the draws are added
 * in, in this thread or over any number of workers.
 */
export const SHARE_UNITS = 2 ** 32;

/**
 * Funded share per plan and draw (1 without costs); counts the draws that cover the cost
 * and, when given `fundedShareSum`, adds up the draws' shares (capped at 1, in SHARE_UNITS).
 */
function fundedShares(totalCost, funded, n, block, share, fullyFunded, fundedShareSum) {
  const plans = totalCost.length;
  for (let p = 0; p < plans; p++) {
    const cost = totalCost[p];
    const at = p * block;
    let units = 0;
    for (let j = 0; j < n; j++) {
      share[at + j] = cost > 0 ? funded[at + j] / cost : 1;
      if (funded[at + j] >= cost) fullyFunded[p]++;
      units += Math.round(Math.min(1, share[at + j]) * SHARE_UNITS);
    }
    if (fundedShareSum !== undefined) fundedShareSum[p] += units;
  }
}

/** Weight of each line in each draw: the plan's funded share times the line's triangular multiplier. */
function drawWeights(model, tri, states, share, n, block, weight) {
  const { linePlan, lineLow, lineHigh } = model;
  const { modeAt, below, above } = tri;
  const lines = linePlan.length;
  for (let l = 0; l < lines; l++) {
    const at = linePlan[l] * block;
    const w = l * block;
    const low = lineLow[l];
    const high = lineHigh[l];
    if (!(low < high)) {
      for (let j = 0; j < n; j++) weight[w + j] = share[at + j] * 1;
      continue;
    }
    const mode = modeAt[l];
    const left = below[l];
    const right = above[l];
    for (let j = 0; j < n; j++) {
      const u = uniformAt(states, 4 * j);
      // Which side of the mode, without a branch (it would mispredict half the time):
      // s is 0 or 1, and s * a + (1 - s) * b is exactly a or b.
      const s = +(u < mode);
      const root = Math.sqrt(s * (u * left) + (1 - s) * ((1 - u) * right));
      weight[w + j] = share[at + j] * (s * (low + root) + (1 - s) * (high - root));
    }
  }
}

/** values += weight x factor for `n` draws, from `out` and `w` on. */
function addScaled(values, out, weight, w, factor, n) {
  // Unrolled by four: a quarter of the loop overhead and bounds checks.
  let j = 0;
  for (; j + 3 < n; j += 4) {
    const o = out + j;
    const v = w + j;
    values[o] += weight[v] * factor;
    values[o + 1] += weight[v + 1] * factor;
    values[o + 2] += weight[v + 2] * factor;
    values[o + 3] += weight[v + 3] * factor;
  }
  for (; j < n; j++) values[out + j] += weight[w + j] * factor;
}

/** values = base + sum over lines, in line order, of weight x coefficient, for the block's draws. */
function accumulate(model, weight, d0, n, block, draws, values) {
  const { years, base, coef, lineSeries, lineFirst, lineEnd } = model;
  const cells = base.length;
  const lines = lineSeries.length;
  for (let c = 0; c < cells; c++) values.fill(base[c], c * draws + d0, c * draws + d0 + n);
  for (let l = 0; l < lines; l++) {
    const w = l * block;
    const row = lineSeries[l] * years;
    const end = lineEnd[l];
    for (let t = lineFirst[l]; t < end; t++)
      addScaled(values, (row + t) * draws + d0, weight, w, coef[l * years + t], n);
  }
}

/**
 * Draws `from .. to - 1` of a run of `draws`. Per draw, in this order: one uniform for every
 * award whose probability is below 1 (success when u < p), then one for every impact line
 * with low < high (its triangular multiplier). Writes each (series, year) value of the draw
 * to `values[(series * years + year) * draws + draw]` and counts in `fullyFunded[plan]` the
 * draws in which the plan's funded amount (successful awards) reaches its cost; adds to
 * `fundedShareSum[plan]`, when given, each draw's funded share capped at 1, in SHARE_UNITS.
 *
 * Draws are processed in blocks, lines outside and draws inside, with one generator state
 * per draw: each draw still consumes its own stream in the order above, and each value is
 * `base + sum over lines (in line order) of (share * multiplier) * coefficient`, whatever
 * the block boundaries.
 */
export function runDraws(model, from, to, draws, values, fullyFunded, fundedShareSum) {
  drawBlocks(model, from, to, fullyFunded, fundedShareSum, (weight, d0, n, block) =>
    accumulate(model, weight, d0, n, block, draws, values),
  );
}

/**
 * Draws `from .. to - 1` block by block, as runDraws describes: seeds, awards, funded shares
 * (counted into `fullyFunded` and `fundedShareSum`) and the lines' weights of each block,
 * then `use(weight, d0, n, block)` for its `n` draws from `d0` on.
 */
function drawBlocks(model, from, to, fullyFunded, fundedShareSum, use) {
  const lines = model.linePlan.length;
  const block = Math.max(1, Math.min(MAX_BLOCK, Math.floor(WEIGHT_BYTES / (8 * Math.max(1, lines)))));
  const tri = triangularConstants(model.lineLow, model.lineHigh);
  const states = new Int32Array(4 * block);
  const funded = new Float64Array(model.plans * block);
  const share = new Float64Array(model.plans * block);
  const weight = new Float64Array(lines * block);
  for (let d0 = from; d0 < to; d0 += block) {
    const n = Math.min(block, to - d0);
    seedBlock(model.seed, d0, n, states);
    drawAwards(model, states, n, block, funded);
    fundedShares(model.totalCost, funded, n, block, share, fullyFunded, fundedShareSum);
    drawWeights(model, tri, states, share, n, block, weight);
    use(weight, d0, n, block);
  }
}

/** Group values = 0 + sum over the group's lines, in line order, of weight x coefficient. */
function accumulateGroups(model, groups, weight, d0, n, block, draws, values) {
  const { years, coef, lineFirst, lineEnd } = model;
  const { kinds, lineSeries } = groups;
  const lines = lineFirst.length;
  const cells = groups.series * years;
  for (let c = 0; c < cells; c++) values.fill(0, c * draws + d0, c * draws + d0 + n);
  for (let l = 0; l < lines; l++) {
    const w = l * block;
    const first = lineFirst[l];
    const end = lineEnd[l];
    for (let m = 0; m < kinds; m++) {
      const series = lineSeries[l * kinds + m];
      if (series < 0) continue;
      const row = series * years;
      for (let t = first; t < end; t++)
        addScaled(values, (row + t) * draws + d0, weight, w, coef[l * years + t], n);
    }
  }
}

/**
 * What groups of impact lines add in draws `from .. to - 1` of a run of `draws`: the same
 * draws as runDraws with the same model (the same seed, draw indices and random stream,
 * which depends only on the awards' probabilities and the lines' uncertainty bounds, never
 * on which series a line adds to), so each line's weight in a draw is the weight runDraws
 * gives it. `groups.kinds` mappings side by side: line `l` adds to group series
 * `groups.lineSeries[l * kinds + m]` in mapping `m` (-1: not in this call). A group series
 * starts at 0, an effect rather than a level; written to
 * `values[(series * years + year) * draws + draw]` for `groups.series` series. Within a
 * mapping whose groups split the lines, the groups' values in a draw add up to the sum of
 * all lines (up to the order of floating-point additions).
 */
export function runGroupDraws(model, groups, from, to, draws, values) {
  // fundedShares counts fully funded draws as well; runDraws reports those, here they are dropped.
  const counted = new Int32Array(model.plans);
  drawBlocks(model, from, to, counted, undefined, (weight, d0, n, block) =>
    accumulateGroups(model, groups, weight, d0, n, block, draws, values),
  );
}
