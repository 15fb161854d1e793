import type { Workspace } from '../model/workspace';
import { createWorkspaceStore, openWorkspaceStore } from '../storage';
import type { WorkspaceStore } from '../storage/types';
import type { Services } from './context';
import type { PdfRenderer } from '../reports/pdf/types';
import { createReportJobs, createScenarioJobs, type ReportJobs, type ScenarioJobs } from './jobs';

/**
 * The workspace file a host has open; desktop Open and Save As switch it. The session
 * also owns the host's scenario runs and report exports: opening or creating another workspace, or closing,
 * cancels the running ones (they are kept, as cancelled, for a caller still polling).
 */
export interface WorkspaceSession extends Services {
  scenarioJobs(): ScenarioJobs;
  reportJobs(): ReportJobs;
  readonly path: string | null;
  open(path: string): void;
  create(path: string, workspace: Workspace, options?: { overwrite?: boolean }): void;
  /** Copies the open workspace to `path` through SQLite's backup and continues there. */
  saveAs(path: string): Promise<void>;
  close(): void;
}

export interface SessionOptions {
  /** How the host renders report PDFs (Chromium, Electron's printToPDF); none: HTML only. */
  pdfRenderer?: () => PdfRenderer | null;
  /** How the host shows a folder (Electron's shell.openPath); none: it cannot. */
  openFolder?: (path: string) => Promise<string>;
}

export function createSession(options: SessionOptions = {}): WorkspaceSession {
  let current: WorkspaceStore | null = null;
  const scenarioJobs = createScenarioJobs();
  const reportJobs = createReportJobs();
  const jobs = {
    cancelAll() {
      scenarioJobs.cancelAll();
      reportJobs.cancelAll();
    },
  };

  const replaceCurrent = (next: WorkspaceStore) => {
    current?.close();
    current = next;
  };

  return {
    get path() {
      return current?.path ?? null;
    },
    store() {
      if (current === null) throw new Error('No workspace is open.');
      return current;
    },
    scenarioJobs() {
      return scenarioJobs;
    },
    reportJobs() {
      return reportJobs;
    },
    pdfRenderer() {
      return options.pdfRenderer?.() ?? null;
    },
    ...(options.openFolder === undefined ? {} : { openFolder: options.openFolder }),
    open(path) {
      // Open first: a refused file must leave the current workspace (and its runs) as they are.
      replaceCurrent(openWorkspaceStore(path));
      jobs.cancelAll();
    },
    create(path, workspace, options) {
      replaceCurrent(createWorkspaceStore(path, workspace, options ?? {}));
      jobs.cancelAll();
    },
    async saveAs(path) {
      if (current === null) throw new Error('No workspace is open.');
      await current.backup(path);
      replaceCurrent(openWorkspaceStore(path));
    },
    close() {
      jobs.cancelAll();
      current?.close();
      current = null;
    },
  };
}
