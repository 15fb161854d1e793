import type {
  Cooperative,
  FundingStream,
  Indicator,
  Plan,
  Procurement,
  Scenario,
  Settings,
  Workspace,
} from '../model';
import type {
  AuditEvent,
  AuditQuery,
  PlanVersions,
  RecordKind,
  RecordVersion,
  WriteCheck,
  Writer,
} from './backend';

/** Facts about the open file that the overview shows. */
export interface WorkspaceMeta {
  path: string;
  /** ISO 8601 time of the last committed write, or null for a file never written since creation. */
  lastSavedAt: string | null;
  createdAt: string;
  schemaVersion: number;
}

/** A row removed from an ordered collection, with where it stood (so undo can put it back). */
export interface Removed<T> {
  item: T;
  position: number;
}

/**
 * One write of a batch (`WorkspaceStore.writeBatch`); each means what the method of that
 * name means. An update or delete may carry the version its caller saw (`conflict` when
 * the stored one differs).
 */
export type BatchWrite =
  | { op: 'insertCooperative'; cooperative: Cooperative; position?: number }
  | { op: 'updateCooperative'; cooperative: Cooperative; expectedVersion?: number }
  | { op: 'deleteCooperative'; id: string; expectedVersion?: number }
  | { op: 'deleteFundingStream'; id: string; expectedVersion?: number }
  | { op: 'insertFundingStream'; stream: FundingStream }
  | { op: 'updateFundingStream'; stream: FundingStream; expectedVersion?: number }
  | { op: 'insertPlan'; plan: Plan; position?: number }
  | { op: 'updatePlan'; plan: Plan; expectedVersion?: number }
  | { op: 'deletePlan'; id: string; expectedVersion?: number }
  | { op: 'updateScenario'; scenario: Scenario; expectedVersion?: number };

/**
 * One open workspace file. Every write is one transaction: it either lands whole
 * or not at all, together with the versions it raises and the audit events it appends
 * (made as the store's writer, see `as`). Inserts and updates return the record's new
 * version; an update or delete given a `WriteCheck` is refused (`conflict`) when the
 * stored version differs. Methods throw `WorkspaceFileError` with a code for expected
 * failures. `sqliteBackend` (sqlite-backend.ts) wraps it as a `WorkspaceBackend`.
 */
export interface WorkspaceStore {
  readonly path: string;
  /** Who the writes are made as (`UNNAMED_WRITER` unless `as` named one). */
  readonly writer: Writer;
  /** The same file on the same connection, with every write made as `writer`. */
  as(writer: Writer): WorkspaceStore;
  meta(): WorkspaceMeta;
  load(): Workspace;
  replace(workspace: Workspace): void;

  updateSettings(settings: Settings, check?: WriteCheck): number;
  /** Replaces the procurement section whole; `undefined` removes it. */
  updateProcurement(procurement: Procurement | undefined, check?: WriteCheck): number;

  listCooperatives(): Cooperative[];
  insertCooperative(cooperative: Cooperative, position?: number): number;
  updateCooperative(cooperative: Cooperative, check?: WriteCheck): number;
  deleteCooperative(id: string, check?: WriteCheck): Removed<Cooperative>;

  listFundingStreams(): FundingStream[];
  insertFundingStream(stream: FundingStream, position?: number): number;
  updateFundingStream(stream: FundingStream, check?: WriteCheck): number;
  deleteFundingStream(id: string, check?: WriteCheck): Removed<FundingStream>;

  listPlans(): Plan[];
  insertPlan(plan: Plan, position?: number): number;
  /** Replaces the plan's cost lines, revenues, locked amounts and impacts whole; its position stays. */
  updatePlan(plan: Plan, check?: WriteCheck): number;
  deletePlan(id: string, check?: WriteCheck): Removed<Plan>;

  listIndicators(): Indicator[];

  insertIndicator(indicator: Indicator, position?: number): number;
  /**
   * Rewrites the indicator (its position stays) and, in the same transaction, the plans
   * given: an indicator's new city total can restate its lines' outputs (impact/denominator.ts).
   * `check` is about the indicator.
   */
  updateIndicator(
    indicator: Indicator,
    plans?: readonly Plan[],
    check?: WriteCheck,
    planVersions?: PlanVersions,
  ): number;
  /** Refused (`in-use`) while an impact line or a scenario's override names it. */
  deleteIndicator(id: string, check?: WriteCheck): Removed<Indicator>;
  listScenarios(): Scenario[];
  insertScenario(scenario: Scenario, position?: number): number;
  /** Replaces the scenario's plan list, stream factors and indicator overrides whole; its position stays. */
  updateScenario(scenario: Scenario, check?: WriteCheck): number;
  deleteScenario(id: string, check?: WriteCheck): Removed<Scenario>;

  /**
   * Several writes in one transaction, worked out from the workspace as it is inside
   * that transaction: `prepare` sees the current content and returns the writes. If
   * `prepare` throws or any write fails, nothing is written. Returns the number of writes.
   */
  writeBatch(prepare: (current: Workspace) => readonly BatchWrite[]): number;

  /**
   * Runs `reads` (calls of this store's read methods) in one read transaction, so they see
   * one moment: a list and its versions read apart could pair an older record with a newer
   * version when another program writes the file in between.
   */
  together<T>(reads: () => T): T;
  /** The version facts of every record of a kind, by id (the lists above carry none). */
  versions(kind: RecordKind): Map<string, RecordVersion>;
  /** The audit trail, oldest first. */
  audit(query?: AuditQuery): AuditEvent[];

  /** A consistent copy through SQLite's online backup (never a file copy). */
  backup(destination: string): Promise<void>;
  /** Closes the connection, which every store made by `as` shares. */
  close(): void;
}

export type WorkspaceFileErrorCode =
  | 'not-found'
  | 'exists'
  /** A stale write: the record changed since the caller read it (params name who and when). */
  | 'conflict'
  /** The change breaks a rule of the file (a CHECK, foreign key or NOT NULL constraint). */
  | 'constraint'
  | 'in-use'
  | 'newer-version'
  | 'not-a-workspace'
  | 'corrupt'
  | 'locked'
  | 'read-only'
  | 'disk-full'
  | 'io';

/** An expected storage failure, with the facts a message needs (localised by the caller). */
export class WorkspaceFileError extends Error {
  constructor(
    readonly code: WorkspaceFileErrorCode,
    readonly params: Record<string, string | number> = {},
    detail?: string,
  ) {
    super(detail ?? `${code}: ${JSON.stringify(params)}`);
    this.name = 'WorkspaceFileError';
  }
}
