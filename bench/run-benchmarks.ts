import { cpus } from 'node:os';
import { measure, type BenchResult } from './harness';
import { runTeamLoadBench, TEAM_LOAD_NAMES, type TeamLoadName } from './team-load/bench';
import { PLAN_BUILDER_REDRAW_NAME, runPlanBuilderRedrawBench } from './workloads/plan-builder-redraw';
import { WORKLOADS } from './workloads';

export interface BenchOptions {
  json: boolean;
  only?: string;
  stdout: (text: string) => void;
  stderr: (text: string) => void;
}

/** Runs the workloads of spec section 11; progress on stderr, results on stdout. Returns false for an unknown --only. */
export const WORKLOAD_NAMES = [...WORKLOADS.map((w) => w.name), ...TEAM_LOAD_NAMES, PLAN_BUILDER_REDRAW_NAME];

const isTeamLoad = (name: string | undefined): name is TeamLoadName =>
  (TEAM_LOAD_NAMES as readonly string[]).includes(name ?? '');

export async function runBenchmarks(options: BenchOptions): Promise<boolean> {
  // The team server load runs (a PostgreSQL, a server, a minute each) run only when named.
  if (isTeamLoad(options.only)) {
    const result = await runTeamLoadBench(options.only, options.stderr);
    options.stdout(`${JSON.stringify({ node: process.version, cpus: cpus().length, result }, null, 2)}\n`);
    if (result.lost > 0) throw new Error(`${result.lost} acknowledged writes were lost`);
    return true;
  }
  // Chromium against the browser host, a minute or more: also only when named.
  if (options.only === PLAN_BUILDER_REDRAW_NAME) {
    const result = await runPlanBuilderRedrawBench(options.stderr);
    options.stdout(`${JSON.stringify({ node: process.version, cpus: cpus().length, result }, null, 2)}\n`);
    return true;
  }
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
