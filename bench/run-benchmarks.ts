import { cpus } from 'node:os';
import { measure, type BenchResult } from './harness';
import { WORKLOADS } from './workloads';

export interface BenchOptions {
  json: boolean;
  only?: string;
  stdout: (text: string) => void;
  stderr: (text: string) => void;
}

/** Runs the workloads of spec section 11; progress on stderr, results on stdout. Returns false for an unknown --only. */
export const WORKLOAD_NAMES = WORKLOADS.map((w) => w.name);

export async function runBenchmarks(options: BenchOptions): Promise<boolean> {
  const selected = options.only === undefined ? WORKLOADS : WORKLOADS.filter((w) => w.name === options.only);
  if (selected.length === 0) return false;
  const results: BenchResult[] = [];
  for (const workload of selected) {
    const result = await measure(workload, (done) =>
      options.stderr(`\r${workload.name}: ${done}/${workload.runs}`),
    );
    options.stderr('\n');
    results.push(result);
    if (!options.json) {
      options.stdout(
        `${result.name.padEnd(18)} median ${result.median_ms.toFixed(2)} ms  (min ${result.min_ms.toFixed(2)}, max ${result.max_ms.toFixed(2)}, ${result.runs} runs)\n`,
      );
    }
  }
  if (options.json) {
    options.stdout(`${JSON.stringify({ node: process.version, cpus: cpus().length, results }, null, 2)}\n`);
  }
  return true;
}
