import type { Lang } from '../model/messages';
import type { Role } from '../accounts/role-names';
import type { BackupPolicy } from '../storage/backup-policy';
import type { Restored } from '../storage';
import type { WorkspaceBackend } from '../storage/backend';
import type { WorkspaceFileError, WorkspaceStore } from '../storage/types';
import type { PdfRenderer } from '../reports/pdf/types';
import type { ReportJobs, ScenarioJobs } from './jobs';
import type { TaskRunner } from './task-runner';
import type { BlendJobs } from './blend-jobs';

/** What a handler may use. The session can switch files (desktop Open), so the store is looked up per call. */
export interface Services {
  /**
   * The open workspace: the file or the team database, behind one asynchronous
   * interface. `invoke` hands handlers a services whose backend writes as the caller
   * (`as({ user, operation })`), so the audit trail names who did what.
   */
  store(): WorkspaceBackend;
  /**
   * The open workspace file itself, for what only a file has (its backups); absent on a
   * host whose workspace is a team database (backups are the database's: docs/team.md).
   */
  file?(): WorkspaceStore;
  /** The host's clock (absent: the system clock); tests pass a fixed one. */
  clock?(): Date;
  /**
   * The host's background scenario runs (`scenarios.start`, `.job`, `.cancel`). Every
   * session has them; a host without them answers those operations with an internal error.
   */
  scenarioJobs?(): ScenarioJobs;
  /** The host's background portfolio blends (`blends.start`, `.job`, `.cancel`), with the search's progress. */
  blendJobs?(): BlendJobs;
  /** The host's background report exports (`reports.start`, `.job`, `.cancel`, `.download`). */
  reportJobs?(): ReportJobs;
  /**
   * Where the jobs' long work runs: the team server's pool of worker threads
   * (worker-pool.ts); absent: in the host's own thread.
   */
  taskRunner?(): TaskRunner;
  /**
   * Where portfolio blend jobs run when the host has no `taskRunner`: the desktop app and
   * the browser host keep one worker thread for them, so the app's calls (a poll, a
   * cancel) are answered while HiGHS solves. Absent: `taskRunner`, else this thread.
   */
  blendRunner?(): TaskRunner;
  /** How this host turns the report's HTML into PDF; null when it cannot (the HTML is written instead). */
  pdfRenderer?(): PdfRenderer | null;
  /** Opens a folder in the system's file manager; resolves with an error text, '' on success. */
  openFolder?(path: string): Promise<string>;
  /** The host's backup preferences and automatic backups; absent: defaults, not changeable. */
  backups?(): HostBackups;
  /**
   * A host that started on a damaged file keeps serving so the app can offer its latest
   * backup (the browser host); null when a workspace is open or nothing was refused.
   */
  refusedFile?(): RefusedFile | null;
  /** Puts the latest usable backup in place of the refused file and opens it. */
  restoreRefusedFile?(): Restored;
  /**
   * Goes back to one of the open workspace's backups (by file name): the current file
   * is kept as a `replaced` backup, the chosen one put in place and opened.
   */
  restoreBackup?(fileName: string): Restored;
}

export interface RefusedFile {
  readonly path: string;
  readonly error: WorkspaceFileError;
}

export interface HostBackups {
  policy(): BackupPolicy;
  /** Stores the policy (a preference on this computer); throws when it cannot be written. */
  setPolicy(policy: BackupPolicy): BackupPolicy;
  /** Why the last automatic backup failed; null when it succeeded or none ran. */
  lastError(): unknown;
}

/** Who makes a call on a host with accounts (the team server), from their session. */
export interface CallUser {
  readonly name: string;
  readonly role: Role;
}

/**
 * The team server's sign-in for one request: `login` checks the password and starts a
 * session (the host sets its cookie on the answer), `logout` revokes this request's
 * session. Absent on hosts without accounts (desktop, `npm run web`).
 */
export interface SignInPort {
  login(user: string, password: string): Promise<CallUser>;
  logout(): Promise<void>;
}

export interface CallContext {
  lang: Lang;
  /**
   * The signed-in user on the team server: `invoke` refuses operations their role may
   * not call (`forbidden`, src/contract/roles.ts). Absent: the local user, every right.
   */
  user?: CallUser;
  signIn?: SignInPort;
}

export function isLang(value: unknown): value is Lang {
  return value === 'nl' || value === 'en';
}
