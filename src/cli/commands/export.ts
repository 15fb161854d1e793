import { resolve } from 'node:path';
import type { Command } from 'commander';
import { workspaceToText } from '../../model/parse';
import { writeFileAtomic } from '../../fs/atomic-write';
import { resolveLang, type CliIo } from '../io';
import { cliMessage } from '../messages';
import { openStore } from '../workspace-input';

export function registerExport(program: Command, io: CliIo): void {
  program
    .command('export')
    .description('write a workspace file as workspace JSON (stdout unless --out)')
    .requiredOption('--db <file>', 'the workspace file')
    .option('--out <workspace.json>', 'write to this file instead of stdout')
    .option('--lang <nl|en>', 'language of messages')
    .action((options: { db: string; out?: string; lang?: string }) => {
      const lang = resolveLang(options.lang, io.env);
      const store = openStore(io, options.db, lang);
      let text: string;
      try {
        text = workspaceToText(store.load());
      } finally {
        store.close();
      }
      if (options.out === undefined) {
        io.stdout(text);
        return;
      }
      writeFileAtomic(resolve(io.cwd, options.out), text);
      io.stderr(`${cliMessage(lang, 'exported', { file: options.out })}\n`);
    });
}
