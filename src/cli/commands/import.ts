import { copyFileSync, existsSync, mkdirSync } from 'node:fs';
import { basename, dirname, join, resolve } from 'node:path';
import type { Command } from 'commander';
import type { Lang } from '../../i18n';
import { createWorkspaceStore, openWorkspaceStore } from '../../storage';
import { WorkspaceFileError } from '../../storage/types';
import { CliFailure, EXIT_BAD_INPUT, resolveLang, type CliIo } from '../io';
import { cliMessage } from '../messages';
import { fileTimestamp, loadWorkspaceJson, storageFailure } from '../workspace-input';

/** Keeps the file about to be replaced: an online backup when it is a workspace, else a byte copy. */
async function keepReplacedFile(target: string): Promise<string> {
  const dir = join(dirname(target), 'backups');
  mkdirSync(dir, { recursive: true });
  const name = basename(target).replace(/\.[^.]+$/, '');
  const backup = join(dir, `${name}-replaced-${fileTimestamp()}.coopfolio`);
  try {
    const store = openWorkspaceStore(target);
    try {
      await store.backup(backup);
    } finally {
      store.close();
    }
  } catch (error) {
    // Not one of our workspaces (or unreadable as one): it is not a live database we own, so a copy is safe.
    if (!(error instanceof WorkspaceFileError)) throw error;
    copyFileSync(target, backup);
  }
  return backup;
}

export function registerImport(program: Command, io: CliIo): void {
  program
    .command('import')
    .description('create a workspace file (SQLite) from a workspace JSON file')
    .argument('<workspace.json>')
    .requiredOption('--db <file>', 'the workspace file to create')
    .option('--replace', 'replace an existing file (it is backed up first)')
    .option('--lang <nl|en>', 'language of messages')
    .action(async (file: string, options: { db: string; replace?: boolean; lang?: string }) => {
      const lang: Lang = resolveLang(options.lang, io.env);
      const workspace = loadWorkspaceJson(io, file, lang);
      const target = resolve(io.cwd, options.db);
      const exists = existsSync(target);
      if (exists && options.replace !== true) {
        throw new CliFailure(cliMessage(lang, 'dbExists', { file: options.db }), EXIT_BAD_INPUT);
      }
      const backup = exists ? await keepReplacedFile(target) : null;
      try {
        createWorkspaceStore(target, workspace, { overwrite: exists }).close();
      } catch (error) {
        throw storageFailure(error, lang);
      }
      io.stdout(
        `${cliMessage(lang, 'imported', {
          file: options.db,
          cooperatives: workspace.cooperatives.length,
          streams: workspace.fundingStreams.length,
          plans: workspace.plans.length,
        })}\n`,
      );
      if (backup !== null) io.stderr(`${cliMessage(lang, 'replacedBackup', { backup })}\n`);
    });
}
