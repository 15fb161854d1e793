import type { Lang } from '../i18n';
import type { Workspace } from '../model/workspace';
import { badInput } from './format';
import type { CliIo } from './io';
import { loadWorkspaceJson, openStore } from './workspace-input';

export interface SourceOptions {
  db?: string;
  workspace?: string;
}

/** `--db F` (a workspace file) or `--workspace J` (workspace JSON): exactly one. */
export function loadWorkspaceFrom(io: CliIo, options: SourceOptions, lang: Lang): Workspace {
  if ((options.db === undefined) === (options.workspace === undefined)) {
    throw badInput(lang, 'option.oneOfDbWorkspace');
  }
  if (options.workspace !== undefined) return loadWorkspaceJson(io, options.workspace, lang);
  const store = openStore(io, options.db!, lang);
  try {
    return store.load();
  } finally {
    store.close();
  }
}
