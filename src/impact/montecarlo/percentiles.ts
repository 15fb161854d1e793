export { cellPercentiles, percentilesInPlace, sortedPercentile } from './stats.mjs';

/** The percentiles every projection reports. */
export const REPORTED_PERCENTILES = [0.1, 0.5, 0.9] as const;
