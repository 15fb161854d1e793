import { join } from 'node:path';
import { parseWorkspace } from '../../src/model/parse';
import type { Workspace, WorkspaceJson } from '../../src/model/workspace';
import { createWorkspaceStore } from '../../src/storage';
import { workspaceJson } from './builders';

export function parsedWorkspace(json: WorkspaceJson = workspaceJson()): Workspace {
  const result = parseWorkspace(json);
  if (!result.ok) throw new Error(result.issues.map((i) => `${i.pathText}: ${i.message}`).join('\n'));
  return result.value;
}

/** Writes a workspace file into `dir` and returns its path. */
export function writeWorkspaceFile(dir: string, name = 'test.coopfolio', json?: WorkspaceJson): string {
  const path = join(dir, name);
  createWorkspaceStore(path, parsedWorkspace(json)).close();
  return path;
}
