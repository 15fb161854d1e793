import type { Lang } from '../model/messages';
import type { Workspace } from '../model/workspace';
import { CliFailure, EXIT_BAD_INPUT } from './io';
import type { CliIo } from './io';
import { loadWorkspaceJson, openStore } from './workspace-input';

export interface SourceOptions {
  db?: string;
  workspace?: string;
}

/** `--db F` (a workspace file) or `--workspace J` (workspace JSON): exactly one. */
export function loadWorkspaceFrom(io: CliIo, options: SourceOptions, lang: Lang): Workspace {
  if ((options.db === undefined) === (options.workspace === undefined)) {
    const message =
      lang === 'nl'
        ? 'Geef precies één van --db of --workspace.'
        : 'Give exactly one of --db or --workspace.';
    throw new CliFailure(message, EXIT_BAD_INPUT);
  }
  if (options.workspace !== undefined) return loadWorkspaceJson(io, options.workspace, lang);
  const store = openStore(io, options.db!, lang);
  try {
    return store.load();
  } finally {
    store.close();
  }
}
