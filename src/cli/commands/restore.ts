import { resolve } from 'node:path';
import type { Command } from 'commander';
import { restoreBackup, restoreLatestBackup, storageErrorMessage, WorkspaceFileError } from '../../storage';
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
    .option(
      '--from <backup>',
      'one of its backups to put back (default: the latest usable one); the current file is then kept in the backups folder',
    )
    .option('--lang <nl|en>', 'language of messages')
    .action((options: { db: string; from?: string; lang?: string }) => {
      const lang = resolveLang(options.lang, io.env);
      const file = resolve(io.cwd, options.db);
      try {
        // A chosen backup replaces a sound file: that file is kept as a backup (never pruned).
        const restored =
          options.from === undefined
            ? restoreLatestBackup(file)
            : restoreBackup(file, { from: resolve(io.cwd, options.from), current: 'replaced' });
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
