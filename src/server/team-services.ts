import type { Services } from '../api/context';
import { createReportJobs, createScenarioJobs } from '../api/jobs';
import { createBlendJobs } from '../api/blend-jobs';
import type { PdfRenderer } from '../reports/pdf/types';
import type { WorkspaceBackend } from '../storage/backend';

export interface TeamServices extends Services {
  /** Cancels the running scenario runs, portfolio blends and report exports (the server stops). */
  close(): void;
}

/**
 * What the handlers use on the team server: the team database's backend (`invoke` makes
 * each call write as its signed-in user) and one set of background runs and exports for
 * everyone. No file, so no file backups: the database's are made with pg_dump (docs/team.md).
 */
export function createTeamServices(
  backend: WorkspaceBackend,
  options: { pdfRenderer?: () => PdfRenderer | null; clock?: () => Date } = {},
): TeamServices {
  const scenarioJobs = createScenarioJobs();
  const reportJobs = createReportJobs();
  const blendJobs = createBlendJobs();
  return {
    store: () => backend,
    scenarioJobs: () => scenarioJobs,
    blendJobs: () => blendJobs,
    reportJobs: () => reportJobs,
    pdfRenderer: () => options.pdfRenderer?.() ?? null,
    ...(options.clock === undefined ? {} : { clock: options.clock }),
    close() {
      scenarioJobs.cancelAll();
      blendJobs.cancelAll();
      reportJobs.cancelAll();
    },
  };
}
