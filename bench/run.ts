/**
 * `npm run bench [-- --json] [-- --only NAME]`: fixed, generated workloads after a
 * warm-up (spec section 11). Progress goes to stderr; with --json, stdout is only JSON.
 */
import { cpus } from 'node:os';
import { measure, type BenchResult } from './harness';
import { WORKLOADS } from './workloads';

async function main() {
  const args = process.argv.slice(2);
  const json = args.includes('--json');
  const onlyAt = args.indexOf('--only');
  const only = onlyAt >= 0 ? args[onlyAt + 1] : undefined;
  const selected = only === undefined ? WORKLOADS : WORKLOADS.filter((w) => w.name === only);
  if (selected.length === 0) {
    process.stderr.write(`Unknown workload "${only}". Known: ${WORKLOADS.map((w) => w.name).join(', ')}\n`);
    process.exit(2);
  }
  const results: BenchResult[] = [];
  for (const workload of selected) {
    const result = await measure(workload, (done) => {
      process.stderr.write(`\r${workload.name}: ${done}/${workload.runs}`);
    });
    process.stderr.write('\n');
    results.push(result);
    if (!json) {
      process.stdout.write(
        `${result.name.padEnd(18)} median ${result.median_ms.toFixed(2)} ms  (min ${result.min_ms.toFixed(2)}, max ${result.max_ms.toFixed(2)}, ${result.runs} runs)\n`,
      );
    }
  }
  if (json) {
    process.stdout.write(
      `${JSON.stringify({ node: process.version, cpus: cpus().length, results }, null, 2)}\n`,
    );
  }
}

main().catch((error: unknown) => {
  process.stderr.write(`${error instanceof Error ? error.message : String(error)}\n`);
  process.exit(1);
});
