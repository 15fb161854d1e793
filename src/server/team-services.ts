import type { Services } from '../api/context';
import { createReportJobs, createScenarioJobs } from '../api/jobs';
import { createBlendJobs } from '../api/blend-jobs';
import type { PdfRenderer } from '../reports/pdf/types';
import type { WorkspaceBackend } from '../storage/backend';
import { createWorkerPool } from '../api/worker-pool';

export interface TeamServices extends Services {
  /**
   * Cancels the running scenario runs, portfolio blends and report exports (the server
   * stops); resolves once the job pool's worker threads are gone.
   */
  close(): Promise<void>;
}

export interface TeamServicesOptions {
  pdfRenderer?: () => PdfRenderer | null;
  clock?: () => Date;
  /** Worker threads for scenario runs and report exports (default: one per core but one, at least 1). */
  jobWorkers?: number;
}

/**
 * What the handlers use on the team server: the team database's backend (`invoke` makes
 * each call write as its signed-in user) and one set of background runs and exports for
 * everyone, whose long work runs in a pool of worker threads so that edits are served
 * meanwhile (docs/team.md, "Long work"); each job is its starter's. No file, so no file
 * backups: the database's are made with pg_dump (docs/team.md).
 */
export function createTeamServices(
  backend: WorkspaceBackend,
  options: TeamServicesOptions = {},
): TeamServices {
  const pool = createWorkerPool(options.jobWorkers === undefined ? {} : { size: options.jobWorkers });
  const scenarioJobs = createScenarioJobs();
  const reportJobs = createReportJobs();
  const blendJobs = createBlendJobs();
  return {
    store: () => backend,
    scenarioJobs: () => scenarioJobs,
    blendJobs: () => blendJobs,
    reportJobs: () => reportJobs,
    taskRunner: () => pool,
    pdfRenderer: () => options.pdfRenderer?.() ?? null,
    ...(options.clock === undefined ? {} : { clock: options.clock }),
    close() {
      scenarioJobs.cancelAll();
      blendJobs.cancelAll();
      reportJobs.cancelAll();
      return pool.close();
    },
  };
}
