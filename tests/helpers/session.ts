import { join } from 'node:path';
import { afterAll, afterEach, beforeAll, beforeEach } from 'vitest';
import { createSession, type SessionOptions, type WorkspaceSession } from '../../src/api/session';
import { loadDemoWorkspace } from '../../src/data';
import { createWorkspaceStore } from '../../src/storage';
import { makeTempDir } from './temp-dir';
import { writeWorkspaceFile } from './workspace-file';

export interface TestSession {
  readonly session: WorkspaceSession;
  /** The temporary folder that holds the workspace file. */
  readonly dir: string;
}

/**
 * A session opened by `before` on the workspace file `write` puts in a fresh temporary
 * folder, and closed (the folder removed) by `after`.
 */
function sessionBetween(
  before: (hook: () => void) => void,
  after: (hook: () => void) => void,
  write: (dir: string) => string,
  options: SessionOptions = {},
): TestSession {
  let temp: ReturnType<typeof makeTempDir>;
  let session: WorkspaceSession;
  before(() => {
    temp = makeTempDir();
    const path = write(temp.dir);
    session = createSession(options);
    session.open(path);
  });
  after(() => {
    session.close();
    temp.cleanup();
  });
  return {
    get session() {
      return session;
    },
    get dir() {
      return temp.dir;
    },
  };
}

/**
 * A session on a fresh copy of the builders' workspace for every test of the file,
 * closed and removed after it. Call once at the top of a test file; read `.session`
 * inside tests.
 */
export function useSession(): TestSession {
  return sessionBetween(beforeEach, afterEach, writeWorkspaceFile);
}

/** The demo workspace, stored in `dir`; the path of its file. */
function writeDemoFile(dir: string): string {
  const path = join(dir, 'demo.coopfolio');
  createWorkspaceStore(path, loadDemoWorkspace()).close();
  return path;
}

/**
 * One session on a copy of the demo workspace, shared by every test of the file (for
 * tests that only read, or whose writes do not meet), closed and removed after them.
 * Call once at the top of a test file; read `.session` (and `.dir`) inside tests.
 * `options` go to the session (a PDF renderer, say).
 */
export function useDemoSession(options: SessionOptions = {}): TestSession {
  return sessionBetween(beforeAll, afterAll, writeDemoFile, options);
}
