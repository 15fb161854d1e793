export {
  mix32,
  nextUint32,
  nextUniform,
  runGroupDraws,
  seedState,
  triangular,
  type GroupMapping,
  type KernelModel,
} from './kernel.mjs';
export { buildMonteCarloInput, type MonteCarloInput } from './model';
export { cellPercentiles, percentilesInPlace, REPORTED_PERCENTILES, sortedPercentile } from './percentiles';
export {
  MAX_CELLS,
  runMonteCarlo,
  type MonteCarloOptions,
  type MonteCarloResult,
  type SeriesPercentiles,
} from './run';
export {
  groupSeriesId,
  groupSeriesOf,
  runGroupMonteCarlo,
  type GroupBands,
  type GroupRunOptions,
  type GroupSeries,
} from './group-run';
