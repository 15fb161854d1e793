import { resolve } from 'node:path';
import type { Command } from 'commander';
import { workspaceToText } from '../../model/parse';
import { writeFileAtomic } from '../../fs/atomic-write';
import type { Workspace } from '../../model';
import { fileOrDatabase, withDatabase } from '../database';
import { resolveLang, type CliIo } from '../io';
import { cliMessage } from '../messages';
import { openStore } from '../workspace-input';

export function registerExport(program: Command, io: CliIo): void {
  program
    .command('export')
    .description('write a workspace file or team database as workspace JSON (stdout unless --out)')
    .option('--db <file>', 'the workspace file')
    .option('--database <url>', 'the team database (postgres://USER@HOST:PORT/DB)')
    .option('--out <workspace.json>', 'write to this file instead of stdout')
    .option('--lang <nl|en>', 'language of messages')
    .action(async (options: { db?: string; database?: string; out?: string; lang?: string }) => {
      const lang = resolveLang(options.lang, io.env);
      let workspace: Workspace;
      if (fileOrDatabase(options, lang) === 'database') {
        workspace = await withDatabase(options.database!, lang, undefined, (backend) => backend.load());
      } else {
        const store = openStore(io, options.db!, lang);
        try {
          workspace = store.load();
        } finally {
          store.close();
        }
      }
      // The same text from either: the exchange JSON carries no versions.
      const text = workspaceToText(workspace);
      if (options.out === undefined) {
        io.stdout(text);
        return;
      }
      writeFileAtomic(resolve(io.cwd, options.out), text);
      io.stderr(`${cliMessage(lang, 'exported', { file: options.out })}\n`);
    });
}
