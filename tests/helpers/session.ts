import { afterEach, beforeEach } from 'vitest';
import { createSession, type WorkspaceSession } from '../../src/api/session';
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
