import { readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { APP_VERSION } from '../app-version';
import { makeIssue } from '../model/issues';
import type { Lang } from '../model/messages';
import type { ReportFormat } from '../reports/write';
import { fileTimestamp, stem } from '../storage/files';
import type { Services } from './context';
import { InvalidInputError, toApiErrorIn } from './errors';
import type { HandlerGroup } from './handler-types';
import { jobViewerOf, type JobFailure, type ReportJobs } from './jobs';
import { REPORT_PROGRESS_TOTAL } from './job-tasks';
import { inThreadRunner } from './task-runner';
import { findScenario } from './lookups';
import { apiMessage } from './messages';
import type { ReportJob } from '../contract/report-operations';

const MIME_TYPES: Record<ReportFormat, string> = {
  pdf: 'application/pdf',
  html: 'text/html; charset=utf-8',
  xlsx: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
  csv: 'text/csv; charset=utf-8',
};

function jobsOf(services: Services): ReportJobs {
  if (services.reportJobs === undefined) throw new Error('this host does not export reports');
  return services.reportJobs();
}

function known(job: ReportJob | undefined, jobId: string, lang: Lang): ReportJob {
  if (job === undefined)
    throw new InvalidInputError([makeIssue(lang, ['jobId'], 'unknownJob', { id: jobId })]);
  return job;
}

/** Why an export failed (codes: src/contract/errors.ts); anything unexpected is `reportFailed`. */
function describeFailure(error: unknown, lang: Lang): JobFailure {
  const { code, message } = toApiErrorIn(error, lang, 'reportFailed');
  return { code, message };
}

/** A new folder beside the workspace file: `<name>-rapporten/<time>` (`-reports` in English). */
function reportFolder(workspacePath: string, lang: Lang): string {
  const name = `${stem(workspacePath)}-${lang === 'nl' ? 'rapporten' : 'reports'}`;
  return join(dirname(workspacePath), name, fileTimestamp());
}

/**
 * Report exports as jobs: the scenario runs and the files are a task for the host's
 * runner (the team server's worker threads), with the workspace snapshot as data; only
 * the PDF's browser stays with the host. On the team server a job and its files are
 * its starter's (an admin's too): another user's job id answers as unknown.
 */
export const reportHandlers: HandlerGroup<
  'reports.start' | 'reports.job' | 'reports.cancel' | 'reports.download' | 'reports.openFolder'
> = {
  'reports.start': async (services, input, context) => {
    const store = services.store();
    const workspace = await store.load();
    for (const id of input.scenarioIds) findScenario(workspace, id, context.lang);
    const pdf = services.pdfRenderer?.() ?? null;
    // A team database has no folder of its own: its reports are written on the server's temporary disk (and downloaded).
    const folder = reportFolder(
      store.kind === 'file' ? store.location : join(tmpdir(), 'coopfolio'),
      input.lang,
    );
    const runner = services.taskRunner?.() ?? inThreadRunner;
    return jobsOf(services).start({
      meta: {},
      total: REPORT_PROGRESS_TOTAL,
      work: (signal, onProgress) =>
        runner.run(
          'reportExport',
          {
            workspace,
            scenarioIds: input.scenarioIds,
            lang: input.lang,
            sections: input.sections,
            formats: input.formats,
            provenance: {
              appVersion: APP_VERSION,
              workspaceFile: store.location.split(/[\\/]/).pop() ?? store.location,
              generatedAt: new Date().toISOString(),
            },
            folder,
          },
          { signal, onProgress, pdf, failure: { lang: context.lang, internalKey: 'reportFailed' } },
        ),
      describeFailure: (error) => describeFailure(error, context.lang),
      ...(context.user === undefined ? {} : { owner: context.user.name }),
    });
  },
  'reports.job': (services, input, context) =>
    known(jobsOf(services).get(input.jobId, jobViewerOf(context)), input.jobId, context.lang),
  'reports.cancel': (services, input, context) =>
    known(jobsOf(services).cancel(input.jobId, jobViewerOf(context)), input.jobId, context.lang),
  'reports.openFolder': async (services, input, context) => {
    const job = known(jobsOf(services).get(input.jobId, jobViewerOf(context)), input.jobId, context.lang);
    if (job.result === null)
      throw new InvalidInputError([makeIssue(context.lang, ['jobId'], 'unknownJob', { id: input.jobId })]);
    const { folder } = job.result;
    if (services.openFolder === undefined)
      return { opened: false, folder, reason: apiMessage(context.lang, 'cannotOpenFolder') };
    const failure = await services.openFolder(folder);
    return failure === ''
      ? { opened: true, folder, reason: null }
      : { opened: false, folder, reason: failure };
  },
  'reports.download': (services, input, context) => {
    const job = known(jobsOf(services).get(input.jobId, jobViewerOf(context)), input.jobId, context.lang);
    // Only a file this job wrote, by its exact name: never a path the caller made up.
    const file = job.result?.files.find((f) => f.name === input.name);
    if (job.result === null || file === undefined)
      throw new InvalidInputError([makeIssue(context.lang, ['name'], 'unknownFile', { name: input.name })]);
    return {
      name: file.name,
      mimeType: MIME_TYPES[file.format],
      base64: readFileSync(join(job.result.folder, file.name)).toString('base64'),
    };
  },
};
