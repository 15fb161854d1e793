/**
 * Vitest global setup for the throwaway PostgreSQL of the tests (see `postgres.ts`): it
 * makes the folder where the run's cluster is written down, and when the run ends stops
 * the cluster a test file started there, if any. The test files reach the folder through
 * `inject('postgresState')`.
 */
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type {} from 'vitest';
import type { TestProject } from 'vitest/node';
import { stopPostgresClusterIn } from './postgres-cluster';

declare module 'vitest' {
  export interface ProvidedContext {
    /** The folder where the run's cluster is written down (`cluster.json`). */
    postgresState: string;
    /** The run's main process: the cluster is a leftover once it is gone. */
    postgresOwner: number;
  }
}

/** Stops the run's cluster, if a test file started one. Synchronous, so it can run on exit too. */
function stopRunCluster(state: string): void {
  try {
    const { folder } = JSON.parse(readFileSync(join(state, 'cluster.json'), 'utf8')) as { folder: string };
    stopPostgresClusterIn(folder);
  } catch {
    // No test of this run asked for PostgreSQL.
  }
  rmSync(state, { recursive: true, force: true });
}

export default function setup(project: TestProject): () => void {
  const state = mkdtempSync(join(tmpdir(), 'coopfolio-pgstate-'));
  project.provide('postgresState', state);
  project.provide('postgresOwner', process.pid);
  const onExit = (): void => stopRunCluster(state);
  process.once('exit', onExit);
  return () => {
    process.off('exit', onExit);
    stopRunCluster(state);
  };
}
