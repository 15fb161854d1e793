export function sortedPercentile(sorted: Float64Array, p: number): number;
export function percentilesInPlace(values: Float64Array, ps: readonly number[]): number[];
export function cellPercentiles(
  values: Float64Array,
  draws: number,
  from: number,
  to: number,
  ps: readonly number[],
  bands: Float64Array,
): void;
