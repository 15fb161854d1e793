export interface BenchResult {
  name: string;
  runs: number;
  median_ms: number;
  min_ms: number;
  max_ms: number;
}

export interface Workload {
  name: string;
  runs: number;
  warmup: number;
  /** Prepares once (not timed) and returns the timed step. */
  prepare: () => Promise<() => Promise<unknown> | unknown>;
}

const round = (ms: number) => Math.round(ms * 1000) / 1000;

/** Runs a workload after its warm-up and summarises the timed runs. */
export async function measure(workload: Workload, onProgress: (done: number) => void): Promise<BenchResult> {
  const step = await workload.prepare();
  for (let i = 0; i < workload.warmup; i++) await step();
  const times: number[] = [];
  for (let i = 0; i < workload.runs; i++) {
    const start = performance.now();
    await step();
    times.push(performance.now() - start);
    onProgress(i + 1);
  }
  times.sort((a, b) => a - b);
  const middle = Math.floor(times.length / 2);
  const median = times.length % 2 === 1 ? times[middle]! : (times[middle - 1]! + times[middle]!) / 2;
  return {
    name: workload.name,
    runs: workload.runs,
    median_ms: round(median),
    min_ms: round(times[0]!),
    max_ms: round(times.at(-1)!),
  };
}
