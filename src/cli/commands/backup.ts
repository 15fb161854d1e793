import { mkdirSync } from 'node:fs';
import { basename, dirname, join, resolve } from 'node:path';
import type { Command } from 'commander';
import { resolveLang, type CliIo } from '../io';
import { cliMessage } from '../messages';
import { fileTimestamp, openStore, storageFailure } from '../workspace-input';

export function registerBackup(program: Command, io: CliIo): void {
  program
    .command('backup')
    .description('copy a workspace file safely (SQLite online backup), also while the app has it open')
    .requiredOption('--db <file>', 'the workspace file')
    .option('--out <file>', 'the backup file (default: backups/<name>-<time>.coopfolio beside it)')
    .option('--lang <nl|en>', 'language of messages')
    .action(async (options: { db: string; out?: string; lang?: string }) => {
      const lang = resolveLang(options.lang, io.env);
      const source = resolve(io.cwd, options.db);
      const name = basename(source).replace(/\.[^.]+$/, '');
      const out =
        options.out === undefined
          ? join(dirname(source), 'backups', `${name}-${fileTimestamp()}.coopfolio`)
          : resolve(io.cwd, options.out);
      mkdirSync(dirname(out), { recursive: true });
      const store = openStore(io, options.db, lang);
      try {
        await store.backup(out);
      } catch (error) {
        throw storageFailure(error, lang);
      } finally {
        store.close();
      }
      io.stdout(`${cliMessage(lang, 'backedUp', { file: out })}\n`);
    });
}
