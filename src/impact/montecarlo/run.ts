import { existsSync } from 'node:fs';
import { availableParallelism } from 'node:os';
import { fileURLToPath } from 'node:url';
import { Worker } from 'node:worker_threads';
import { MonteCarloCancelledError, MonteCarloTooLargeError } from '../errors';
import { runDraws, SHARE_UNITS, type KernelModel } from './kernel.mjs';
import type { MonteCarloInput } from './model';
import { cellPercentiles, REPORTED_PERCENTILES } from './percentiles';

export interface MonteCarloOptions {
  draws: number;
  /**
   * Worker threads; 0 computes in this thread. Default: in this thread for small runs
   * (under about 4 million multiply-adds), else one worker per core up to 8. Where the
   * worker script cannot be found (a bundle without it), always in this thread.
   */
  workers?: number;
  signal?: AbortSignal;
  /** Called as draws finish, and once with `done === total` at the end. */
  onProgress?: (done: number, total: number) => void;
  /** Draws per progress report and per chunk between checks for cancellation. */
  chunk?: number;
}

/** P10, P50 and P90 of one indicator, one value per projection year. */
export interface SeriesPercentiles {
  p10: number[];
  p50: number[];
  p90: number[];
}

export interface MonteCarloResult {
  draws: number;
  seed: number;
  years: number[];
  /** By indicator id, for the indicators some impact line moves (the others do not vary). */
  percentiles: Map<string, SeriesPercentiles>;
  /** Share of draws in which each plan is fully funded, by plan id. */
  fullyFunded: Map<string, number>;
  /**
   * Expected funded share per plan id: the mean over the draws of the share of its cost
   * covered (capped at 1). Beside `fullyFunded`, so a plan 98.9 % funded in most draws
   * does not read as "0 % chance" alone.
   */
  expectedFundedShare: Map<string, number>;
  /** Worker threads used (0: this thread). */
  workers: number;
}

/** Values kept in memory at once (draws x varying indicators x years), 400 MB of doubles. */
export const MAX_CELLS = 50_000_000;
const WORK_PER_WORKER = 4_000_000;
const MAX_WORKERS = 8;

function workOf(kernel: KernelModel, draws: number): number {
  let active = 0;
  for (let l = 0; l < kernel.lineEnd.length; l++) active += kernel.lineEnd[l]! - kernel.lineFirst[l]!;
  return draws * (kernel.pairPlan.length + active + kernel.series * kernel.years + kernel.plans);
}

function workerCount(kernel: KernelModel, draws: number, requested: number | undefined): number {
  if (requested !== undefined) {
    if (!Number.isInteger(requested) || requested < 0)
      throw new RangeError(`workers must be a whole number >= 0, not ${requested}`);
    return Math.min(requested, draws);
  }
  const work = workOf(kernel, draws);
  if (work < WORK_PER_WORKER) return 0;
  return Math.min(availableParallelism(), MAX_WORKERS, Math.ceil(work / WORK_PER_WORKER), draws);
}

function defaultChunk(draws: number): number {
  // About 50 progress reports per run, never fewer than a kernel block (128 draws) per chunk.
  return Math.max(1, Math.min(draws, Math.max(128, Math.ceil(draws / 50))));
}

/** Splits `total` items into `parts` contiguous ranges as equal as possible. */
function range(total: number, parts: number, part: number): [number, number] {
  return [Math.floor((total * part) / parts), Math.floor((total * (part + 1)) / parts)];
}

/**
 * The worker script beside this module, or null where there is none to start (a bundle
 * without the .mjs files next to it): runs then stay in this thread, slower but the same.
 */
function workerScript(): URL | null {
  try {
    const url = new URL('./worker.mjs', import.meta.url);
    return url.protocol === 'file:' && existsSync(fileURLToPath(url)) ? url : null;
  } catch {
    return null;
  }
}

const nextTurn = () => new Promise<void>((resolve) => setImmediate(resolve));

interface Buffers {
  values: Float64Array;
  fullyFunded: Int32Array;
  /** Per plan: the draws' funded shares summed, in SHARE_UNITS (exact integers). */
  fundedShareSum: Float64Array;
  /** Percentiles per cell: `bands[cell * 3 + i]` for REPORTED_PERCENTILES[i]. */
  bands: Float64Array;
}

async function inThread(
  kernel: KernelModel,
  draws: number,
  buffers: Buffers,
  chunk: number,
  options: MonteCarloOptions,
): Promise<void> {
  for (let start = 0; start < draws; start += chunk) {
    if (options.signal?.aborted === true) throw new MonteCarloCancelledError(start, draws);
    const end = Math.min(draws, start + chunk);
    runDraws(kernel, start, end, draws, buffers.values, buffers.fullyFunded, buffers.fundedShareSum);
    options.onProgress?.(end, draws);
    // Let an abort (or anything else) through between chunks.
    if (end < draws) await nextTurn();
  }
  const cells = kernel.series * kernel.years;
  cellPercentiles(buffers.values, draws, 0, cells, REPORTED_PERCENTILES, buffers.bands);
}

type WorkerMessage =
  | { type: 'progress'; done: number }
  | { type: 'done'; fullyFunded: Int32Array; fundedShareSum: Float64Array }
  | { type: 'bands' };

/**
 * Two phases: every worker computes its range of draws into the shared values; once all
 * are done, every worker computes the percentiles of a range of cells.
 */
function inWorkers(
  url: URL,
  kernel: KernelModel,
  draws: number,
  workerTotal: number,
  buffers: Buffers,
  chunk: number,
  options: MonteCarloOptions,
): Promise<void> {
  const cells = kernel.series * kernel.years;
  return new Promise<void>((resolve, reject) => {
    const workers: Worker[] = [];
    const done = new Array<number>(workerTotal).fill(0);
    let drawn = 0;
    let summarised = 0;
    let settled = false;
    const doneSoFar = () => done.reduce((a, b) => a + b, 0);
    const stop = (error: Error | null) => {
      if (settled) return;
      settled = true;
      options.signal?.removeEventListener('abort', onAbort);
      // Settle only once every worker is gone, so a cancelled run leaves nothing running.
      void Promise.all(workers.map((w) => w.terminate())).then(() =>
        error === null ? resolve() : reject(error),
      );
    };
    const onAbort = () => stop(new MonteCarloCancelledError(doneSoFar(), draws));
    options.signal?.addEventListener('abort', onAbort, { once: true });

    const summarise = () => {
      options.onProgress?.(draws, draws);
      workers.forEach((worker, w) => {
        const [from, to] = range(cells, workerTotal, w);
        worker.postMessage({ from, to, ps: REPORTED_PERCENTILES, bands: buffers.bands.buffer });
      });
    };

    for (let w = 0; w < workerTotal; w++) {
      // Contiguous ranges: each draw has its own random stream, so the split changes nothing.
      const [from, to] = range(draws, workerTotal, w);
      const worker = new Worker(url, {
        workerData: { model: kernel, from, to, draws, values: buffers.values.buffer, chunk },
        // Plain JavaScript: no TypeScript loader, which would slow the start tenfold.
        execArgv: [],
      });
      workers.push(worker);
      let finished = false;
      worker.on('message', (message: WorkerMessage) => {
        if (settled) return;
        switch (message.type) {
          case 'progress':
            done[w] = message.done;
            options.onProgress?.(doneSoFar(), draws);
            return;
          case 'done':
            for (let p = 0; p < buffers.fullyFunded.length; p++)
              buffers.fullyFunded[p] = buffers.fullyFunded[p]! + message.fullyFunded[p]!;
            for (let p = 0; p < buffers.fundedShareSum.length; p++)
              buffers.fundedShareSum[p] = buffers.fundedShareSum[p]! + message.fundedShareSum[p]!;
            if (++drawn === workerTotal) summarise();
            return;
          case 'bands':
            finished = true;
            if (++summarised === workerTotal) stop(null);
            return;
          default: {
            const never: never = message;
            stop(new Error(`unexpected worker message ${JSON.stringify(never)}`));
          }
        }
      });
      worker.on('error', (error) => stop(error));
      worker.on('exit', (code) => {
        if (!finished) stop(new Error(`Monte Carlo worker stopped (exit code ${code}) before finishing.`));
      });
    }
  });
}

/**
 * Runs `draws` draws of the model and summarises them. Every draw has its own random
 * stream derived from (seed, draw index), so the result is bit-identical whether the draws
 * run in this thread or are split over any number of workers.
 */
export async function runMonteCarlo(
  input: MonteCarloInput,
  options: MonteCarloOptions,
): Promise<MonteCarloResult> {
  const { kernel } = input;
  const draws = options.draws;
  if (!Number.isInteger(draws) || draws < 1)
    throw new RangeError(`draws must be a whole number >= 1, not ${draws}`);
  if (options.signal?.aborted === true) throw new MonteCarloCancelledError(0, draws);
  const cells = kernel.series * kernel.years;
  if (cells * draws > MAX_CELLS) throw new MonteCarloTooLargeError(cells * draws, MAX_CELLS);

  const script = workerScript();
  const workers = script === null ? 0 : workerCount(kernel, draws, options.workers);
  const chunk = options.chunk ?? defaultChunk(draws);
  const buffer = (bytes: number) => (workers > 0 ? new SharedArrayBuffer(bytes) : new ArrayBuffer(bytes));
  const buffers: Buffers = {
    values: new Float64Array(buffer(cells * draws * 8)),
    fullyFunded: new Int32Array(kernel.plans),
    fundedShareSum: new Float64Array(kernel.plans),
    bands: new Float64Array(buffer(cells * REPORTED_PERCENTILES.length * 8)),
  };
  if (workers === 0) await inThread(kernel, draws, buffers, chunk, options);
  else await inWorkers(script!, kernel, draws, workers, buffers, chunk, options);

  const yearCount = kernel.years;
  const band = (cell: number, i: number) => buffers.bands[cell * REPORTED_PERCENTILES.length + i]!;
  const percentiles = new Map<string, SeriesPercentiles>();
  input.seriesIndicatorIds.forEach((id, s) => {
    const cellsOf = Array.from({ length: yearCount }, (_, k) => s * yearCount + k);
    percentiles.set(id, {
      p10: cellsOf.map((c) => band(c, 0)),
      p50: cellsOf.map((c) => band(c, 1)),
      p90: cellsOf.map((c) => band(c, 2)),
    });
  });
  return {
    draws,
    seed: kernel.seed,
    years: input.years,
    percentiles,
    fullyFunded: new Map(input.planIds.map((id, p) => [id, buffers.fullyFunded[p]! / draws])),
    expectedFundedShare: new Map(
      input.planIds.map((id, p) => [id, buffers.fundedShareSum[p]! / SHARE_UNITS / draws]),
    ),
    workers,
  };
}
