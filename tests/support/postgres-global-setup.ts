/**
 * Vitest global setup: ONE throwaway PostgreSQL cluster for the whole run (see
 * `postgres-cluster.ts`). Its URL reaches the test files through `inject('postgresUrl')`
 * (`clusterUrl()` / `createTestDatabase()` in `postgres.ts`).
 *
 * When the server cannot start (not installed on a developer's machine), the run goes
 * on: the files that need PostgreSQL fail with the reason, the others are untouched.
 */
import type {} from 'vitest';
import type { TestProject } from 'vitest/node';
import { startPostgresCluster, type PostgresCluster } from './postgres-cluster';

declare module 'vitest' {
  export interface ProvidedContext {
    /** The cluster's superuser URL (database `postgres`); empty when it could not start. */
    postgresUrl: string;
    /** Why the cluster could not start; empty when it runs. */
    postgresError: string;
  }
}

export default async function setup(project: TestProject): Promise<() => Promise<void>> {
  let cluster: PostgresCluster | undefined;
  try {
    cluster = await startPostgresCluster();
    project.provide('postgresUrl', cluster.url);
    project.provide('postgresError', '');
  } catch (error) {
    project.provide('postgresUrl', '');
    project.provide('postgresError', error instanceof Error ? error.message : String(error));
  }
  return async () => {
    await cluster?.stop();
  };
}
