import type { Command } from 'commander';
import { CliFailure, EXIT_BAD_INPUT, type CliIo } from '../io';

export function registerBench(program: Command, io: CliIo): void {
  program
    .command('bench')
    .description('run the benchmark workloads (spec section 11)')
    .option('--json', 'print the results as JSON')
    .option('--only <name>', 'run one workload')
    .option('--lang <nl|en>', 'language of messages')
    .action(async (options: { json?: boolean; only?: string }) => {
      // Loaded on demand: the workloads pull in the peers and generators, which other commands never need.
      const { runBenchmarks, WORKLOAD_NAMES } = await import('../../../bench/run-benchmarks');
      const known = await runBenchmarks({
        json: options.json === true,
        ...(options.only === undefined ? {} : { only: options.only }),
        stdout: io.stdout,
        stderr: io.stderr,
      });
      if (!known) {
        throw new CliFailure(
          `Unknown workload "${options.only}". Known: ${WORKLOAD_NAMES.join(', ')}`,
          EXIT_BAD_INPUT,
        );
      }
    });
}
