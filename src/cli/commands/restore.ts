import { resolve } from 'node:path';
import type { Command } from 'commander';
import { restoreLatestBackup, storageErrorMessage, WorkspaceFileError } from '../../storage';
import { CliFailure, EXIT_BAD_INPUT, resolveLang, type CliIo } from '../io';
import { cliMessage } from '../messages';
import { storageFailure } from '../workspace-input';

export function registerRestore(program: Command, io: CliIo): void {
  program
    .command('restore')
    .description(
      'put the latest usable backup in place of a workspace file; the old file is kept aside unchanged',
    )
    .requiredOption('--db <file>', 'the workspace file')
    .option('--lang <nl|en>', 'language of messages')
    .action((options: { db: string; lang?: string }) => {
      const lang = resolveLang(options.lang, io.env);
      const file = resolve(io.cwd, options.db);
      try {
        const restored = restoreLatestBackup(file);
        const lines = [cliMessage(lang, 'restored', { from: restored.from })];
        if (restored.keptAs !== null) lines.push(cliMessage(lang, 'keptAside', { file: restored.keptAs }));
        io.stdout(`${lines.join('\n')}\n`);
      } catch (error) {
        // No backup is a user situation (exit 2), not a storage failure.
        if (error instanceof WorkspaceFileError && error.params['reason'] === 'no-backup') {
          throw new CliFailure(storageErrorMessage(error, lang), EXIT_BAD_INPUT);
        }
        throw storageFailure(error, lang);
      }
    });
}
