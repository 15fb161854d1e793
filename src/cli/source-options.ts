import type { Command } from 'commander';

/** The options every command that reads a workspace shares (see `addSourceOptions`, `addOutputOptions`). */
export interface SourceCommandOptions {
  db?: string;
  workspace?: string;
  json?: boolean;
  lang?: string;
}

/**
 * `--db` and `--workspace`: where the workspace comes from (exactly one; `loadWorkspaceFrom`).
 * The first commands (`blend`, `scenario`) word their help more briefly; the help text is
 * kept as it was.
 */
export function addSourceOptions(command: Command, help: 'short' | 'full' = 'full'): Command {
  return help === 'short'
    ? command
        .option('--db <file>', 'a workspace file')
        .option('--workspace <workspace.json>', 'a workspace JSON file')
    : command
        .option('--db <file>', 'a workspace file (.coopfolio)')
        .option('--workspace <file>', 'a workspace JSON file');
}

/** `--json` (described by `jsonHelp`) and `--lang`, after the command's own options. */
export function addOutputOptions(
  command: Command,
  jsonHelp = 'print the result as JSON on stdout (amounts in euros)',
): Command {
  return command.option('--json', jsonHelp).option('--lang <nl|en>', 'language of messages');
}
