import { MonteCarloCancelledError } from '../errors';
import { runGroupDraws, type GroupMapping } from './kernel.mjs';
import type { MonteCarloInput } from './model';
import { cellPercentiles, REPORTED_PERCENTILES } from './percentiles';

/** The id of one group's series on one indicator: kind column, group index within the kind, indicator. */
export function groupSeriesId(kind: number, group: number, indicatorId: string): string {
  return `${kind}\u0000${group}\u0000${indicatorId}`;
}

/** Group series of a Monte Carlo input: the kernel mapping and where each group's series is. */
export interface GroupSeries {
  mapping: GroupMapping;
  /** By groupSeriesId: the series index in the mapping (groups with the same lines share one). */
  index: Map<string, number>;
}

/**
 * One series per (kind, group, indicator) that some kernel line adds to, where
 * `groupOfPlan[m][p]` is the group of kernel plan `p` in kind `m` (-1: in none). Groups
 * whose lines on an indicator are the same lines (a district of one cooperative, an
 * indicator only one cooperative moves) share one series, computed once in the column of
 * the first kind that has it: within a kind the groups split the lines, so a line adds to
 * at most one series per column and every series is each of its lines summed once, in line
 * order.
 */
export function groupSeriesOf(input: MonteCarloInput, groupOfPlan: readonly Int32Array[]): GroupSeries {
  const { kernel } = input;
  const lines = kernel.linePlan.length;
  const kinds = groupOfPlan.length;
  const members = new Map<string, { kind: number; lines: number[] }>();
  for (let m = 0; m < kinds; m++) {
    for (let l = 0; l < lines; l++) {
      const group = groupOfPlan[m]![kernel.linePlan[l]!]!;
      if (group < 0) continue;
      const id = groupSeriesId(m, group, input.seriesIndicatorIds[kernel.lineSeries[l]!]!);
      const entry = members.get(id) ?? { kind: m, lines: [] };
      members.set(id, entry);
      entry.lines.push(l);
    }
  }
  const lineSeries = new Int32Array(lines * kinds).fill(-1);
  const bySignature = new Map<string, number>();
  const index = new Map<string, number>();
  for (const [id, { kind, lines: own }] of members) {
    const signature = own.join(',');
    let series = bySignature.get(signature);
    if (series === undefined) {
      series = bySignature.size;
      bySignature.set(signature, series);
      for (const l of own) lineSeries[l * kinds + kind] = series;
    }
    index.set(id, series);
  }
  return { mapping: { kinds, series: bySignature.size, lineSeries }, index };
}

/** Per group series and year (`series * years + year`): mean and P10/P50/P90 of its effect over the draws. */
export interface GroupBands {
  mean: Float64Array;
  p10: Float64Array;
  p50: Float64Array;
  p90: Float64Array;
}

export interface GroupRunOptions {
  draws: number;
  signal?: AbortSignal;
  /** Most values held at once (series x years x draws); more series are run in batches. */
  maxCells?: number;
}

/** 8 million doubles, 64 MB: more series than fit are run in batches, each redrawing the same draws. */
const DEFAULT_MAX_CELLS = 8_000_000;
/** Draws per step between checks for cancellation. */
const CHUNK = 512;

const nextTurn = () => new Promise<void>((resolve) => setImmediate(resolve));

/**
 * The mapping restricted to series `from .. to - 1`, renumbered from 0; lines adding to
 * other series are left out of this batch.
 */
function batchOf(mapping: GroupMapping, from: number, to: number): GroupMapping {
  const lineSeries = mapping.lineSeries.map((s) => (s >= from && s < to ? s - from : -1));
  return { kinds: mapping.kinds, series: to - from, lineSeries };
}

/**
 * Runs the group series over the same draws as runMonteCarlo with the same input (same
 * seed, draw indices and random stream, see runGroupDraws) and summarises each cell: the
 * mean (in draw order, before the percentiles reorder the cell) and P10/P50/P90 as
 * runMonteCarlo computes them. In this thread; series that do not fit in `maxCells` run in
 * batches, each drawing the same draws again.
 */
export async function runGroupMonteCarlo(
  input: MonteCarloInput,
  series: GroupSeries,
  options: GroupRunOptions,
): Promise<GroupBands> {
  const { kernel } = input;
  const { draws } = options;
  const years = kernel.years;
  const total = series.mapping.series;
  const bands: GroupBands = {
    mean: new Float64Array(total * years),
    p10: new Float64Array(total * years),
    p50: new Float64Array(total * years),
    p90: new Float64Array(total * years),
  };
  if (total === 0 || years === 0) return bands;
  const perBatch = Math.max(1, Math.floor((options.maxCells ?? DEFAULT_MAX_CELLS) / (years * draws)));
  for (let from = 0; from < total; from += perBatch) {
    const to = Math.min(total, from + perBatch);
    const batch = batchOf(series.mapping, from, to);
    const cells = batch.series * years;
    const values = new Float64Array(cells * draws);
    for (let start = 0; start < draws; start += CHUNK) {
      if (options.signal?.aborted === true) throw new MonteCarloCancelledError(draws, draws);
      runGroupDraws(kernel, batch, start, Math.min(draws, start + CHUNK), draws, values);
      if (start + CHUNK < draws) await nextTurn();
    }
    const offset = from * years;
    for (let c = 0; c < cells; c++) {
      let sum = 0;
      for (let d = c * draws, end = d + draws; d < end; d++) sum += values[d]!;
      bands.mean[offset + c] = sum / draws;
    }
    const per = REPORTED_PERCENTILES.length;
    const out = new Float64Array(cells * per);
    cellPercentiles(values, draws, 0, cells, REPORTED_PERCENTILES, out);
    for (let c = 0; c < cells; c++) {
      bands.p10[offset + c] = out[c * per]!;
      bands.p50[offset + c] = out[c * per + 1]!;
      bands.p90[offset + c] = out[c * per + 2]!;
    }
  }
  return bands;
}
