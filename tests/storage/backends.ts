/**
 * The two `WorkspaceBackend`s for the contract suite: a workspace file (SQLite) in a
 * temporary folder, and a team database (PostgreSQL, the harness's real server) in a
 * fresh schema. Both start from the same workspace, written by the same writer.
 */
import { join } from 'node:path';
import { afterAll, afterEach, beforeAll } from 'vitest';
import type { Workspace } from '../../src/model';
import { createWorkspaceStore } from '../../src/storage';
import type { WorkspaceBackend, Writer } from '../../src/storage/backend';
import { openPostgresBackend } from '../../src/storage/postgres';
import { sqliteBackend } from '../../src/storage/sqlite-backend';
import { WorkspaceFileError } from '../../src/storage/types';
import { createTestDatabase, createTestSchema, type TestDatabase } from '../support/postgres';
import { tempFolders } from './builders';

export const CREATOR: Writer = { user: 'ann', operation: 'workspace.import' };

export type BackendKind = WorkspaceBackend['kind'];
export const BACKEND_KINDS: readonly BackendKind[] = ['file', 'postgres'];

export type OpenBackend = (workspace: Workspace, writer?: Writer) => Promise<WorkspaceBackend>;

/** Call once at the top of a test file: opens backends of either kind, closed after each test. */
export function useBackends(): { open: (kind: BackendKind) => OpenBackend } {
  const folders = tempFolders();
  const opened: WorkspaceBackend[] = [];
  let database: TestDatabase | undefined;
  beforeAll(async () => {
    database = await createTestDatabase();
  });
  afterEach(async () => {
    for (const backend of opened.splice(0)) await backend.close();
    folders.cleanup();
  });
  afterAll(async () => {
    await database?.drop();
  });
  const file: OpenBackend = async (workspace, writer = CREATOR) => {
    const store = createWorkspaceStore(join(folders.make(), 'team.coopfolio'), workspace, { writer });
    const backend = sqliteBackend(store);
    opened.push(backend);
    return backend;
  };
  const postgres: OpenBackend = async (workspace, writer = CREATOR) => {
    if (database === undefined) throw new Error('no test database');
    const schema = await createTestSchema(database);
    const backend = await openPostgresBackend(schema.url, { writer });
    opened.push(backend);
    await backend.replace(workspace);
    return backend;
  };
  return { open: (kind) => (kind === 'file' ? file : postgres) };
}

/** The storage error a promise rejects with (anything else fails the test). */
export async function refusal(action: Promise<unknown>): Promise<WorkspaceFileError> {
  const outcome: unknown = await action.then(
    () => new Error('expected a WorkspaceFileError, but the call succeeded'),
    (error: unknown) => error,
  );
  if (outcome instanceof WorkspaceFileError) return outcome;
  throw outcome;
}

/** A refusal's code and params without the location, which differs between backends. */
export function refusalFacts(error: WorkspaceFileError): { code: string; params: Record<string, unknown> } {
  const { file: _file, sqliteCode: _sqlite, sqlState: _state, ...params } = error.params;
  return { code: error.code, params };
}
