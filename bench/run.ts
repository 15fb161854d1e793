/**
 * `npm run bench [-- --json] [-- --only NAME]`: fixed, generated workloads after a
 * warm-up (spec section 11). Progress goes to stderr; with --json, stdout is only JSON.
 */
import { runBenchmarks, WORKLOAD_NAMES } from './run-benchmarks';

const args = process.argv.slice(2);
const onlyAt = args.indexOf('--only');
const only = onlyAt >= 0 ? args[onlyAt + 1] : undefined;
runBenchmarks({
  json: args.includes('--json'),
  ...(only === undefined ? {} : { only }),
  stdout: (text) => process.stdout.write(text),
  stderr: (text) => process.stderr.write(text),
})
  .then((known) => {
    if (known) return;
    process.stderr.write(`Unknown workload "${only}". Known: ${WORKLOAD_NAMES.join(', ')}\n`);
    process.exitCode = 2;
  })
  .catch((error: unknown) => {
    process.stderr.write(`${error instanceof Error ? error.message : String(error)}\n`);
    process.exitCode = 1;
  });
