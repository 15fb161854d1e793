import { Command, CommanderError } from 'commander';
import { registerAudit } from './commands/audit';
import { registerBackup } from './commands/backup';
import { registerBench } from './commands/bench';
import { registerBlend } from './commands/blend';
import { registerBudgetCycle } from './commands/budget-cycle';
import { registerCooperative } from './commands/cooperative';
import { registerProcurement } from './commands/procurement';
import { registerDemo } from './commands/demo';
import { registerExport } from './commands/export';
import { registerImport } from './commands/import';
import { registerMigrate } from './commands/migrate';
import { registerPipeline } from './commands/pipeline';
import { registerReport } from './commands/report';
import { registerRestore } from './commands/restore';
import { registerScenario } from './commands/scenario';
import { registerServe } from './commands/serve';
import { registerUser } from './commands/user';
import { registerValidate } from './commands/validate';
import { registerWeek } from './commands/week';
import { CliFailure, EXIT_BAD_INPUT, EXIT_FAILURE, EXIT_OK, type CliIo } from './io';

/**
 * The command line calls the core modules directly rather than `invoke`: its commands read a
 * workspace from `--db` or from a workspace JSON file (`--workspace`), which has no store for
 * a session to open, and its tables print domain values (a blend's explanations, a run's
 * bands) that the contract encodes for transport. It computes what the operations compute with
 * the same functions (blend, scenarioOverlay, cooperativeAnalysis, budgetCycle, runScenario,
 * buildReport); the `--json` of blend, cooperative, budget-cycle and procurement is encoded as
 * the matching operation encodes its output (blendToJson or the contract's output schema).
 * Failures exit 2 (bad input) or 1 with the same words as the contract's codes (docs/errors.md).
 */
export function buildProgram(io: CliIo): Command {
  const program = new Command('coopfolio')
    .description('Coopfolio: blend funding silos for cooperatives and project their Doughnut impact')
    .exitOverride()
    .configureOutput({ writeOut: io.stdout, writeErr: io.stderr })
    .showHelpAfterError(false);
  registerValidate(program, io);
  registerImport(program, io);
  registerExport(program, io);
  registerMigrate(program, io);
  registerAudit(program, io);
  registerBackup(program, io);
  registerRestore(program, io);
  registerBlend(program, io);
  registerScenario(program, io);
  registerPipeline(program, io);
  registerBudgetCycle(program, io);
  registerCooperative(program, io);
  registerProcurement(program, io);
  registerWeek(program, io);
  registerReport(program, io);
  registerBench(program, io);
  registerDemo(program, io);
  registerServe(program, io);
  registerUser(program, io);
  for (const command of program.commands)
    command.exitOverride().configureOutput({ writeOut: io.stdout, writeErr: io.stderr });
  return program;
}

/** Runs the command line; returns the exit code (0 ok, 2 bad input, 1 other failure). */
export async function runCli(argv: readonly string[], io: CliIo): Promise<number> {
  const program = buildProgram(io);
  try {
    await program.parseAsync([...argv], { from: 'user' });
    return EXIT_OK;
  } catch (error) {
    if (error instanceof CliFailure) {
      io.stderr(`${error.message}\n`);
      return error.exitCode;
    }
    if (error instanceof CommanderError) {
      // Help and version are successes; usage mistakes are bad input. Commander already printed why.
      if (
        error.code === 'commander.helpDisplayed' ||
        error.code === 'commander.version' ||
        error.code === 'commander.help'
      ) {
        return EXIT_OK;
      }
      return EXIT_BAD_INPUT;
    }
    io.stderr(`${error instanceof Error ? (error.stack ?? error.message) : String(error)}\n`);
    return EXIT_FAILURE;
  }
}
