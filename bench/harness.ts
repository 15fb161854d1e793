export interface BenchResult {
  name: string;
  runs: number;
  median_ms: number;
  min_ms: number;
  max_ms: number;
  /** Only for workloads with `details`: CPU time, peak memory and what the workload adds. */
  details?: Record<string, number>;
}

export interface Workload {
  name: string;
  runs: number;
  warmup: number;
  /** Prepares once (not timed) and returns the timed step. */
  prepare: () => Promise<() => Promise<unknown> | unknown>;
  /**
   * Figures of the last run's result for the JSON (the blend's proven distance, say).
   * Such workloads also report their median process CPU time (user + system, which
   * tells a slow run from a machine shared with others) and the peak resident memory.
   */
  details?: (last: unknown) => Record<string, number>;
}

const round = (ms: number) => Math.round(ms * 1000) / 1000;

/** Runs a workload after its warm-up and summarises the timed runs. */
export async function measure(workload: Workload, onProgress: (done: number) => void): Promise<BenchResult> {
  const step = await workload.prepare();
  for (let i = 0; i < workload.warmup; i++) await step();
  const times: number[] = [];
  const cpu: number[] = [];
  let last: unknown;
  for (let i = 0; i < workload.runs; i++) {
    const cpuStart = process.cpuUsage();
    const start = performance.now();
    last = await step();
    times.push(performance.now() - start);
    const used = process.cpuUsage(cpuStart);
    cpu.push((used.user + used.system) / 1000);
    onProgress(i + 1);
  }
  times.sort((a, b) => a - b);
  const middle = Math.floor(times.length / 2);
  const median = times.length % 2 === 1 ? times[middle]! : (times[middle - 1]! + times[middle]!) / 2;
  const result: BenchResult = {
    name: workload.name,
    runs: workload.runs,
    median_ms: round(median),
    min_ms: round(times[0]!),
    max_ms: round(times.at(-1)!),
  };
  if (workload.details !== undefined) {
    cpu.sort((a, b) => a - b);
    result.details = {
      median_cpu_ms: round(cpu[Math.floor(cpu.length / 2)]!),
      // resourceUsage's maxRSS is in kilobytes: the process's peak, warm-up and preparation included.
      max_rss_mb: Math.round(process.resourceUsage().maxRSS / 1024),
      ...workload.details(last),
    };
  }
  return result;
}
