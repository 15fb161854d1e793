import type { Workspace } from '../model/workspace';
import { basename, join } from 'node:path';
import {
  createWorkspaceStore,
  defaultBackupDir,
  openWorkspaceStore,
  restoreBackup,
  restoreLatestBackup,
} from '../storage';
import type { WorkspaceFileError, WorkspaceStore } from '../storage/types';
import type { WorkspaceBackend } from '../storage/backend';
import { sqliteBackend } from '../storage/sqlite-backend';
import { createAutoBackup } from '../storage/auto-backup';
import type { BackupPolicy } from '../storage/backup-policy';
import type { HostBackups, RefusedFile, Services } from './context';
import type { PdfRenderer } from '../reports/pdf/types';
import { createReportJobs, createScenarioJobs, type ReportJobs, type ScenarioJobs } from './jobs';
import { createBlendJobs, type BlendJobs } from './blend-jobs';
import { createWorkerPool, type WorkerPool } from './worker-pool';

/**
 * The workspace file a host has open; desktop Open and Save As switch it. The session
 * also owns the host's scenario runs and report exports: opening or creating another workspace, or closing,
 * cancels the running ones (they are kept, as cancelled, for a caller still polling).
 */
export interface WorkspaceSession extends Services {
  file(): WorkspaceStore;
  scenarioJobs(): ScenarioJobs;
  blendJobs(): BlendJobs;
  reportJobs(): ReportJobs;
  readonly path: string | null;
  open(path: string): void;
  create(path: string, workspace: Workspace, options?: { overwrite?: boolean }): void;
  /** Copies the open workspace to `path` through SQLite's backup and continues there. */
  saveAs(path: string): Promise<void>;
  /**
   * Remembers a file that failed to open (closing any open one): every operation then
   * answers with that refusal, and `restoreRefusedFile` may put its backup in place.
   */
  refuse(path: string, error: WorkspaceFileError): void;
  close(): void;
}

export interface SessionOptions {
  /** How the host renders report PDFs (Chromium, Electron's printToPDF); none: HTML only. */
  pdfRenderer?: () => PdfRenderer | null;
  /** How the host shows a folder (Electron's shell.openPath); none: it cannot. */
  openFolder?: (path: string) => Promise<string>;
  /**
   * The host's backup preferences: with them the session backs up automatically (on
   * open when edits are in no backup yet, then every `intervalMs` while edits are made).
   */
  backups?: {
    policy(): BackupPolicy;
    setPolicy(policy: BackupPolicy): BackupPolicy;
    intervalMs?: number;
    onError?(error: unknown): void;
  };
}

export function createSession(options: SessionOptions = {}): WorkspaceSession {
  let current: WorkspaceStore | null = null;
  // The open file behind the handlers' asynchronous interface; made once per file opened.
  let backend: WorkspaceBackend | null = null;
  let refused: RefusedFile | null = null;
  const scenarioJobs = createScenarioJobs();
  const reportJobs = createReportJobs();
  const blendJobs = createBlendJobs();
  // Started with the first blend job: a session that never blends starts no thread.
  let blendPool: WorkerPool | null = null;
  const jobs = {
    cancelAll() {
      scenarioJobs.cancelAll();
      blendJobs.cancelAll();
      reportJobs.cancelAll();
    },
  };

  const preferences = options.backups;
  const autoBackup =
    preferences === undefined
      ? null
      : createAutoBackup({
          policy: () => preferences.policy(),
          ...(preferences.intervalMs === undefined ? {} : { intervalMs: preferences.intervalMs }),
          ...(preferences.onError === undefined ? {} : { onError: preferences.onError }),
        });
  const hostBackups: HostBackups | null =
    preferences === undefined || autoBackup === null
      ? null
      : {
          policy: () => preferences.policy(),
          setPolicy: (policy) => {
            const stored = preferences.setPolicy(policy);
            // Switching automatic backups on backs up at once when edits are in no backup.
            void autoBackup.check();
            return stored;
          },
          lastError: () => autoBackup.lastError(),
        };

  const replaceCurrent = (next: WorkspaceStore) => {
    autoBackup?.detach();
    current?.close();
    current = next;
    backend = sqliteBackend(next);
    refused = null;
    autoBackup?.attach(next);
  };

  return {
    get path() {
      return current?.path ?? null;
    },
    store() {
      // The refusal itself, so every operation names the file and what is wrong with it.
      if (current === null && refused !== null) throw refused.error;
      if (current === null || backend === null) throw new Error('No workspace is open.');
      return backend;
    },
    file() {
      if (current === null && refused !== null) throw refused.error;
      if (current === null) throw new Error('No workspace is open.');
      return current;
    },
    refusedFile() {
      return refused;
    },
    restoreRefusedFile() {
      if (refused === null) throw new Error('No file was refused.');
      const restored = restoreLatestBackup(refused.path);
      replaceCurrent(openWorkspaceStore(refused.path));
      return restored;
    },
    restoreBackup(fileName) {
      if (current === null) throw new Error('No workspace is open.');
      const path = current.path;
      // Only a name inside this workspace's backups folder; restoreBackup also checks it is one of its backups.
      const from = join(defaultBackupDir(path), basename(fileName));
      jobs.cancelAll();
      autoBackup?.detach();
      current.close();
      current = null;
      backend = null;
      try {
        return restoreBackup(path, { from, current: 'replaced' });
      } finally {
        // The restored file, or the old one when the restore failed (it is put back).
        replaceCurrent(openWorkspaceStore(path));
      }
    },
    refuse(path, error) {
      jobs.cancelAll();
      autoBackup?.detach();
      current?.close();
      current = null;
      backend = null;
      refused = { path, error };
    },
    scenarioJobs() {
      return scenarioJobs;
    },
    blendJobs() {
      return blendJobs;
    },
    blendRunner() {
      blendPool ??= createWorkerPool({ size: 1 });
      return blendPool;
    },
    reportJobs() {
      return reportJobs;
    },
    pdfRenderer() {
      return options.pdfRenderer?.() ?? null;
    },
    ...(options.openFolder === undefined ? {} : { openFolder: options.openFolder }),
    ...(hostBackups === null ? {} : { backups: () => hostBackups }),
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
      void blendPool?.close();
      blendPool = null;
      autoBackup?.detach();
      current?.close();
      current = null;
      backend = null;
      refused = null;
    },
  };
}
