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

/** One write of a batch (`WorkspaceStore.writeBatch`); each means what the method of that name means. */
export type BatchWrite =
  | { op: 'insertCooperative'; cooperative: Cooperative; position?: number }
  | { op: 'updateCooperative'; cooperative: Cooperative }
  | { op: 'deleteCooperative'; id: string }
  | { op: 'deleteFundingStream'; id: string }
  | { op: 'insertFundingStream'; stream: FundingStream }
  | { op: 'updateFundingStream'; stream: FundingStream }
  | { op: 'insertPlan'; plan: Plan; position?: number }
  | { op: 'updatePlan'; plan: Plan }
  | { op: 'deletePlan'; id: string }
  | { op: 'updateScenario'; scenario: Scenario };

/**
 * One open workspace file. Every write is one transaction: it either lands whole
 * or not at all. Methods throw `WorkspaceFileError` with a code for expected failures.
 */
export interface WorkspaceStore {
  readonly path: string;
  meta(): WorkspaceMeta;
  load(): Workspace;
  replace(workspace: Workspace): void;

  updateSettings(settings: Settings): void;
  /** Replaces the procurement section whole; `undefined` removes it. */
  updateProcurement(procurement: Procurement | undefined): void;

  listCooperatives(): Cooperative[];
  insertCooperative(cooperative: Cooperative, position?: number): void;
  updateCooperative(cooperative: Cooperative): void;
  deleteCooperative(id: string): Removed<Cooperative>;

  listFundingStreams(): FundingStream[];
  insertFundingStream(stream: FundingStream, position?: number): void;
  updateFundingStream(stream: FundingStream): void;
  deleteFundingStream(id: string): Removed<FundingStream>;

  listPlans(): Plan[];
  insertPlan(plan: Plan, position?: number): void;
  /** Replaces the plan's cost lines, revenues, locked amounts and impacts whole; its position stays. */
  updatePlan(plan: Plan): void;
  deletePlan(id: string): Removed<Plan>;

  listIndicators(): Indicator[];

  insertIndicator(indicator: Indicator, position?: number): void;
  /**
   * Rewrites the indicator (its position stays) and, in the same transaction, the plans
   * given: an indicator's new city total can restate its lines' outputs (impact/denominator.ts).
   */
  updateIndicator(indicator: Indicator, plans?: readonly Plan[]): void;
  /** Refused (`in-use`) while an impact line or a scenario's override names it. */
  deleteIndicator(id: string): Removed<Indicator>;
  listScenarios(): Scenario[];
  insertScenario(scenario: Scenario, position?: number): void;
  /** Replaces the scenario's plan list, stream factors and indicator overrides whole; its position stays. */
  updateScenario(scenario: Scenario): void;
  deleteScenario(id: string): Removed<Scenario>;

  /**
   * Several writes in one transaction, worked out from the workspace as it is inside
   * that transaction: `prepare` sees the current content and returns the writes. If
   * `prepare` throws or any write fails, nothing is written. Returns the number of writes.
   */
  writeBatch(prepare: (current: Workspace) => readonly BatchWrite[]): number;

  /** A consistent copy through SQLite's online backup (never a file copy). */
  backup(destination: string): Promise<void>;
  close(): void;
}

export type WorkspaceFileErrorCode =
  | 'not-found'
  | 'exists'
  | 'conflict'
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
