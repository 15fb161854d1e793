import { join } from 'node:path';
import { afterAll, afterEach, beforeAll, beforeEach } from 'vitest';
import { createSession, type SessionOptions, type WorkspaceSession } from '../../src/api/session';
import { loadDemoWorkspace } from '../../src/data';
import { createWorkspaceStore } from '../../src/storage';
import { makeTempDir } from './temp-dir';
import { writeWorkspaceFile } from './workspace-file';

/**
 * A session on a fresh copy of the builders' workspace for every test of the file,
 * closed and removed after it. Call once at the top of a test file; read `.session`
 * inside tests.
 */
export function useSession(): { readonly session: WorkspaceSession; readonly dir: string } {
  let temp: ReturnType<typeof makeTempDir>;
  let session: WorkspaceSession;
  beforeEach(() => {
    temp = makeTempDir();
    session = createSession();
    session.open(writeWorkspaceFile(temp.dir));
  });
  afterEach(() => {
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
 * One session on a copy of the demo workspace, shared by every test of the file (for
 * tests that only read, or whose writes do not meet), closed and removed after them.
 * Call once at the top of a test file; read `.session` (and `.dir`, the folder of the
 * workspace file) inside tests. `options` go to the session (a PDF renderer, say).
 */
export function useDemoSession(options: SessionOptions = {}): {
  readonly session: WorkspaceSession;
  readonly dir: string;
} {
  let temp: ReturnType<typeof makeTempDir>;
  let session: WorkspaceSession;
  beforeAll(() => {
    temp = makeTempDir();
    const path = join(temp.dir, 'demo.coopfolio');
    createWorkspaceStore(path, loadDemoWorkspace()).close();
    session = createSession(options);
    session.open(path);
  });
  afterAll(() => {
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
