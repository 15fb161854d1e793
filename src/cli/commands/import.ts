import { copyFileSync, existsSync, mkdirSync } from 'node:fs';
import { basename, dirname, join, resolve } from 'node:path';
import type { Command } from 'commander';
import type { Lang } from '../../i18n';
import { createWorkspaceStore, openWorkspaceStore } from '../../storage';
import { WorkspaceFileError } from '../../storage/types';
import type { Workspace } from '../../model';
import { cliWriter, fileOrDatabase, withDatabase } from '../database';
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

/** Fills a team database; one that already holds a workspace is replaced only with --replace. */
async function importIntoDatabase(
  io: CliIo,
  workspace: Workspace,
  url: string,
  replace: boolean,
  lang: Lang,
): Promise<void> {
  const location = await withDatabase(url, lang, cliWriter(io, 'import'), async (backend) => {
    if (!replace && (await backend.hasWorkspace())) {
      throw new CliFailure(
        cliMessage(lang, 'databaseHasWorkspace', { file: backend.location }),
        EXIT_BAD_INPUT,
      );
    }
    // One transaction; the audit trail keeps every record replaced as it was.
    await backend.replace(workspace);
    return backend.location;
  });
  io.stdout(
    `${cliMessage(lang, 'importedDatabase', {
      file: location,
      cooperatives: workspace.cooperatives.length,
      streams: workspace.fundingStreams.length,
      plans: workspace.plans.length,
    })}\n`,
  );
}

/** Creates a workspace file, keeping any file it replaces. */
async function importIntoFile(io: CliIo, workspace: Workspace, db: string, replace: boolean, lang: Lang) {
  const target = resolve(io.cwd, db);
  const exists = existsSync(target);
  if (exists && !replace) {
    throw new CliFailure(cliMessage(lang, 'dbExists', { file: db }), EXIT_BAD_INPUT);
  }
  const backup = exists ? await keepReplacedFile(target) : null;
  try {
    createWorkspaceStore(target, workspace, { overwrite: exists }).close();
  } catch (error) {
    throw storageFailure(error, lang);
  }
  io.stdout(
    `${cliMessage(lang, 'imported', {
      file: db,
      cooperatives: workspace.cooperatives.length,
      streams: workspace.fundingStreams.length,
      plans: workspace.plans.length,
    })}\n`,
  );
  if (backup !== null) io.stderr(`${cliMessage(lang, 'replacedBackup', { backup })}\n`);
}

export function registerImport(program: Command, io: CliIo): void {
  program
    .command('import')
    .description('create a workspace file (SQLite), or fill a team database, from a workspace JSON file')
    .argument('<workspace.json>')
    .option('--db <file>', 'the workspace file to create')
    .option('--database <url>', 'the team database to fill (postgres://USER@HOST:PORT/DB)')
    .option('--replace', "replace an existing file (it is backed up first) or a database's workspace")
    .option('--lang <nl|en>', 'language of messages')
    .action(
      async (file: string, options: { db?: string; database?: string; replace?: boolean; lang?: string }) => {
        const lang: Lang = resolveLang(options.lang, io.env);
        const target = fileOrDatabase(options, lang);
        const workspace = loadWorkspaceJson(io, file, lang);
        const replace = options.replace === true;
        if (target === 'database') await importIntoDatabase(io, workspace, options.database!, replace, lang);
        else await importIntoFile(io, workspace, options.db!, replace, lang);
      },
    );
}
