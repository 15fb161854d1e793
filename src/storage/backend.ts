/**
 * The storage backend the API handlers talk to: one interface over the workspace file
 * (SQLite, `src/storage/store.ts`, wrapped by `sqlite-backend.ts`) and the team
 * database (PostgreSQL, `src/storage/postgres/`). Every method is asynchronous because
 * a database server answers over the network; the file answers at once.
 *
 * Both backends keep, for every record, a `version` that every write raises, and an
 * append-only audit trail written in the same transaction as the change it records.
 * `tests/storage/backend-contract.test.ts` runs one suite over both.
 */
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
import type { BatchWrite, Removed, WorkspaceMeta } from './types';

/** Who makes a write and through which contract operation: the audit trail's who and what. */
export interface Writer {
  readonly user: string;
  readonly operation: string;
}

/** A write nobody named: tests and tools that open a file directly. */
export const UNNAMED_WRITER: Writer = { user: 'local', operation: 'direct' };

/** What a single-record update or delete checks before it writes. */
export interface WriteCheck {
  /**
   * The version the caller last saw. A different stored version refuses the write with
   * code `conflict` (storage and contract alike), naming who changed the record and when.
   * Absent: the write does not check (tools and tests; the app always sends it).
   */
  readonly expectedVersion?: number;
}

/** The version each plan of a multi-plan write was made from, by plan id; a plan not named is not checked. */
export type PlanVersions = Readonly<Record<string, number>>;

/** The check for one plan of such a write. */
export function planCheck(planVersions: PlanVersions | undefined, planId: string): WriteCheck | undefined {
  const expectedVersion = planVersions?.[planId];
  return expectedVersion === undefined ? undefined : { expectedVersion };
}

/** A record as the contract returns it: with the version its next write must expect. */
export type Versioned<T> = T & { version: number };

/** The kinds of record that carry a version and appear in the audit trail. */
export type RecordKind =
  'cooperative' | 'fundingStream' | 'plan' | 'indicator' | 'scenario' | 'settings' | 'procurement';

/** The one id of the single records (`settings`, `procurement`) in versions and the audit trail. */
export const SINGLE_RECORD_ID = 'workspace';

/** Who last changed a record, and when: what a `conflict` refusal names. */
export interface RecordVersion {
  version: number;
  /** ISO 8601. */
  changedAt: string;
  changedBy: string;
}

/**
 * One change of one record. `before` is null for a created record, `after` null for a
 * deleted one; both are the record's exact exchange-format values (no version).
 */
export interface AuditEvent {
  /** Position in the trail: strictly increasing, never reused. */
  seq: number;
  /** ISO 8601, the time of the write's transaction. */
  at: string;
  user: string;
  operation: string;
  entity: RecordKind;
  id: string;
  before: unknown;
  after: unknown;
}

export interface AuditQuery {
  /** Only events at or after this ISO 8601 time. */
  since?: string;
  entity?: RecordKind;
  id?: string;
}

/** One open workspace: a file or a team database. Errors are `WorkspaceFileError`s with a code. */
export interface WorkspaceBackend {
  readonly kind: 'file' | 'postgres';
  /** The file's path, or the database's address without its password. */
  readonly location: string;
  /** The same workspace, with every write made as `writer`. */
  as(writer: Writer): WorkspaceBackend;

  meta(): Promise<WorkspaceMeta>;
  load(): Promise<Workspace>;
  /** Replaces everything; the trail records each record created, changed or removed. */
  replace(workspace: Workspace): Promise<void>;

  settings(): Promise<Versioned<Settings>>;
  updateSettings(settings: Settings, check?: WriteCheck): Promise<Versioned<Settings>>;
  /**
   * Replaces the procurement section whole; `undefined` removes it. Returns the section's
   * version after the write (removing a section that is not there keeps it as it stands).
   */
  updateProcurement(procurement: Procurement | undefined, check?: WriteCheck): Promise<number>;

  listCooperatives(): Promise<Versioned<Cooperative>[]>;
  insertCooperative(cooperative: Cooperative, position?: number): Promise<Versioned<Cooperative>>;
  updateCooperative(cooperative: Cooperative, check?: WriteCheck): Promise<Versioned<Cooperative>>;
  deleteCooperative(id: string, check?: WriteCheck): Promise<Removed<Cooperative>>;

  listFundingStreams(): Promise<Versioned<FundingStream>[]>;
  insertFundingStream(stream: FundingStream, position?: number): Promise<Versioned<FundingStream>>;
  updateFundingStream(stream: FundingStream, check?: WriteCheck): Promise<Versioned<FundingStream>>;
  deleteFundingStream(id: string, check?: WriteCheck): Promise<Removed<FundingStream>>;

  listPlans(): Promise<Versioned<Plan>[]>;
  insertPlan(plan: Plan, position?: number): Promise<Versioned<Plan>>;
  updatePlan(plan: Plan, check?: WriteCheck): Promise<Versioned<Plan>>;
  deletePlan(id: string, check?: WriteCheck): Promise<Removed<Plan>>;

  listIndicators(): Promise<Versioned<Indicator>[]>;
  insertIndicator(indicator: Indicator, position?: number): Promise<Versioned<Indicator>>;
  /**
   * The indicator and the plans its new city total restates, in one transaction. `check`
   * is the indicator's; `planVersions` the version each plan was restated from (by id):
   * a plan someone changed since is refused with `conflict` like the indicator itself.
   */
  updateIndicator(
    indicator: Indicator,
    plans?: readonly Plan[],
    check?: WriteCheck,
    planVersions?: PlanVersions,
  ): Promise<Versioned<Indicator>>;
  deleteIndicator(id: string, check?: WriteCheck): Promise<Removed<Indicator>>;

  listScenarios(): Promise<Versioned<Scenario>[]>;
  insertScenario(scenario: Scenario, position?: number): Promise<Versioned<Scenario>>;
  updateScenario(scenario: Scenario, check?: WriteCheck): Promise<Versioned<Scenario>>;
  deleteScenario(id: string, check?: WriteCheck): Promise<Removed<Scenario>>;

  /**
   * Several writes in one transaction, worked out from the workspace as it is inside
   * that transaction (`prepare` is synchronous and pure). An update or delete in the
   * batch may carry `expectedVersion`. Nothing is written when anything fails.
   */
  writeBatch(prepare: (current: Workspace) => readonly BatchWrite[]): Promise<number>;

  /** The version facts of every record of a kind, by id. */
  versions(kind: RecordKind): Promise<Map<string, RecordVersion>>;
  /** The audit trail, oldest first. */
  audit(query?: AuditQuery): Promise<AuditEvent[]>;

  close(): Promise<void>;
}
