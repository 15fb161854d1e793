// Percentiles of Monte Carlo draws, in plain JavaScript so that workers run the same code as
// this thread (see kernel.mjs). Types: stats.d.mts.

/** Linear interpolation between neighbouring order statistics, clamped so rounding never reorders. */
function interpolate(below, above, fraction) {
  const value = below + fraction * (above - below);
  return Math.min(above, Math.max(below, value));
}

/**
 * Percentile `p` of ascending `sorted` values by linear interpolation between order
 * statistics (Hyndman & Fan 1996, definition 7; the default of R and NumPy):
 * `h = (n - 1) p`, `x[floor h] + (h - floor h) (x[floor h + 1] - x[floor h])`.
 */
export function sortedPercentile(sorted, p) {
  const n = sorted.length;
  if (n === 0) throw new RangeError('percentile of no values');
  if (!(p >= 0 && p <= 1)) throw new RangeError(`percentile must be in [0, 1], not ${p}`);
  const h = (n - 1) * p;
  const lo = Math.floor(h);
  if (lo >= n - 1) return sorted[lo];
  return interpolate(sorted[lo], sorted[lo + 1], h - lo);
}

const SMALL = 32;

/** Puts the k-th smallest of `a[left..right]` at `k`, smaller-or-equal values before it, larger-or-equal after. */
function select(a, k, left, right) {
  // Quickselect with a median-of-three pivot; sorts small or badly split ranges outright.
  for (let rounds = 0; right - left > SMALL && rounds < 64; rounds++) {
    const mid = (left + right) >>> 1;
    const x = a[left];
    const y = a[mid];
    const z = a[right];
    const pivot = x < y ? (y < z ? y : x < z ? z : x) : x < z ? x : y < z ? z : y;
    let i = left;
    let j = right;
    while (i <= j) {
      while (a[i] < pivot) i++;
      while (a[j] > pivot) j--;
      if (i <= j) {
        const swap = a[i];
        a[i] = a[j];
        a[j] = swap;
        i++;
        j--;
      }
    }
    if (k <= j) right = j;
    else if (k >= i) left = i;
    else return;
  }
  a.subarray(left, right + 1).sort();
}

/**
 * The percentiles `ps` of `values` (definition 7, as sortedPercentile), found by selection
 * rather than a full sort; reorders `values` in place. Equal to sorting first, up to the
 * sign of a zero.
 */
export function percentilesInPlace(values, ps) {
  const n = values.length;
  if (n === 0) throw new RangeError('percentile of no values');
  const positions = ps.map((p) => {
    if (!(p >= 0 && p <= 1)) throw new RangeError(`percentile must be in [0, 1], not ${p}`);
    const h = (n - 1) * p;
    return { lo: Math.floor(h), fraction: h - Math.floor(h) };
  });
  const needed = [...new Set(positions.flatMap(({ lo }) => (lo < n - 1 ? [lo, lo + 1] : [lo])))].sort(
    (a, b) => a - b,
  );
  let left = 0;
  for (const k of needed) {
    select(values, k, left, n - 1);
    left = k + 1;
  }
  return positions.map(({ lo, fraction }) =>
    lo >= n - 1 ? values[lo] : interpolate(values[lo], values[lo + 1], fraction),
  );
}

/**
 * Percentiles of cells `from .. to - 1` of `values` (each cell's `draws` values contiguous),
 * written to `bands[cell * ps.length + i]`. Reorders each cell's values.
 */
export function cellPercentiles(values, draws, from, to, ps, bands) {
  for (let c = from; c < to; c++) {
    const result = percentilesInPlace(values.subarray(c * draws, (c + 1) * draws), ps);
    for (let i = 0; i < ps.length; i++) bands[c * ps.length + i] = result[i];
  }
}
