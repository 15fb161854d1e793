import { existsSync, mkdirSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { loadDemoWorkspace } from '../data';
import { createWorkspaceStore } from '../storage';
import { userDataDir } from './user-data';

export const DEMO_FILE_NAME = 'demo.coopfolio';

/**
 * The file the browser host works on: the one named on the command line, or the demo
 * workspace, copied into the user data folder on first run (later runs keep its edits).
 */
export function resolveWorkspaceFile(requested: string | undefined, log: (line: string) => void): string {
  if (requested !== undefined) return resolve(requested);
  const dir = userDataDir();
  const file = join(dir, DEMO_FILE_NAME);
  if (!existsSync(file)) {
    mkdirSync(dir, { recursive: true });
    createWorkspaceStore(file, loadDemoWorkspace()).close();
    log(`Created the demo workspace at ${file}`);
  }
  return file;
}
