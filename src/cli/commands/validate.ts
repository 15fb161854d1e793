import type { Command } from 'commander';
import { describeIssue } from '../../model/issues';
import { CliFailure, EXIT_BAD_INPUT, resolveLang, type CliIo } from '../io';
import { cliMessage } from '../messages';
import { parseWorkspaceFile } from '../workspace-input';

export function registerValidate(program: Command, io: CliIo): void {
  program
    .command('validate')
    .description('check a workspace JSON file against the format; lists every problem with its path')
    .argument('<workspace.json>')
    .option('--json', 'print the result as JSON on stdout')
    .option('--lang <nl|en>', 'language of messages')
    .action((file: string, options: { json?: boolean; lang?: string }) => {
      const lang = resolveLang(options.lang, io.env);
      const parsed = parseWorkspaceFile(io, file, lang);
      if (parsed.ok) {
        const ws = parsed.workspace;
        const counts = {
          cooperatives: ws.cooperatives.length,
          fundingStreams: ws.fundingStreams.length,
          plans: ws.plans.length,
          indicators: ws.indicators.length,
          scenarios: ws.scenarios.length,
        };
        if (options.json === true) io.stdout(`${JSON.stringify({ valid: true, counts }, null, 2)}\n`);
        else io.stdout(`${cliMessage(lang, 'valid', { file, ...counts, streams: counts.fundingStreams })}\n`);
        return;
      }
      const issues = parsed.issues.map((i) => ({ path: i.pathText, message: i.message }));
      if (options.json === true) io.stdout(`${JSON.stringify({ valid: false, issues }, null, 2)}\n`);
      const lines = parsed.issues.map((issue) => `  ${describeIssue(issue)}`);
      throw new CliFailure(
        [cliMessage(lang, 'invalid', { file, number: issues.length }), ...lines].join('\n'),
        EXIT_BAD_INPUT,
      );
    });
}
