import { dirname, resolve } from 'node:path';
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
import {
  UNNAMED_WRITER,
  type AuditEvent,
  type AuditQuery,
  type PlanVersions,
  type RecordKind,
  type RecordVersion,
  type WriteCheck,
  type Writer,
} from './backend';
import { deleteItem, insertItem, listItems, updateItem, type WriteContext } from './crud';
import { COOPERATIVES, FUNDING_STREAMS, INDICATORS, PLANS, SCENARIOS, type EntityTable } from './entities';
import { guarded, storageError, toStorageError } from './errors';
import { moveIntoPlace, tempPathBeside } from '../fs/atomic-write';
import { folderExists, removeQuietly } from './files';
import { schemaVersion } from './migrate';
import { readMeta, touchMeta } from './rows/meta';
import { readAudit, readVersions } from './record-log';
import { readWorkspace } from './rows/workspace';
import type { Db, ReadDb } from './sql';
import { retireTarget } from './targets';
import type { BatchWrite, Removed, WorkspaceMeta, WorkspaceStore } from './types';
import {
  applyBatchWrite,
  replaceWorkspace,
  updateIndicatorRecords,
  updateProcurementRecord,
  updateSettingsRecord,
} from './workspace-writes';

/**
 * A workspace file opened through `openWorkspaceDatabase`; one connection, used
 * synchronously. Every write records versions and audit events as `writer`.
 */
export class SqliteWorkspaceStore implements WorkspaceStore {
  constructor(
    readonly path: string,
    private readonly db: Db,
    readonly writer: Writer = UNNAMED_WRITER,
  ) {}

  as(writer: Writer): WorkspaceStore {
    return new SqliteWorkspaceStore(this.path, this.db, writer);
  }

  /** Reads share one snapshot, so a concurrent writer cannot show half a change. */
  private read<T>(action: (db: ReadDb) => T): T {
    return guarded(this.path, () => this.db.transaction(() => action(this.db)).deferred());
  }

  /**
   * IMMEDIATE takes the write lock up front: a deferred transaction that reads
   * first can hit SQLITE_BUSY_SNAPSHOT in WAL mode, which waiting cannot cure.
   * One time stamps the whole write: its versions, its events and the file's last save.
   */
  private write<T>(action: (context: WriteContext) => T): T {
    return guarded(this.path, () =>
      this.db
        .transaction(() => {
          const at = new Date().toISOString();
          const result = action({ db: this.db, file: this.path, stamp: { at, writer: this.writer } });
          touchMeta(this.db, at);
          return result;
        })
        .immediate(),
    );
  }

  meta(): WorkspaceMeta {
    return this.read((db) => {
      const facts = readMeta(db);
      if (facts === undefined) throw storageError('corrupt', this.path, { reason: 'no-meta' });
      // The version is a pragma, which a ReadDb does not offer (a pragma can also write).
      return { path: this.path, ...facts, schemaVersion: schemaVersion(this.db) };
    });
  }

  load(): Workspace {
    return this.read(readWorkspace);
  }

  replace(workspace: Workspace): void {
    this.write((context) => replaceWorkspace(context, workspace));
  }

  updateSettings(settings: Settings, check?: WriteCheck): number {
    return this.write((context) => updateSettingsRecord(context, settings, check));
  }

  updateProcurement(procurement: Procurement | undefined, check?: WriteCheck): number {
    return this.write((context) => updateProcurementRecord(context, procurement, check));
  }

  private list<T extends { id: string }>(kind: EntityTable<T>): T[] {
    return this.read((db) => listItems(db, kind));
  }

  private insert<T extends { id: string }>(kind: EntityTable<T>, item: T, position?: number): number {
    return this.write((context) => insertItem(context, kind, item, position));
  }

  private update<T extends { id: string }>(kind: EntityTable<T>, item: T, check?: WriteCheck): number {
    return this.write((context) => updateItem(context, kind, item, check));
  }

  private remove<T extends { id: string }>(kind: EntityTable<T>, id: string, check?: WriteCheck): Removed<T> {
    return this.write((context) => deleteItem(context, kind, id, check));
  }

  listCooperatives = (): Cooperative[] => this.list(COOPERATIVES);
  insertCooperative = (item: Cooperative, position?: number): number =>
    this.insert(COOPERATIVES, item, position);
  updateCooperative = (item: Cooperative, check?: WriteCheck): number =>
    this.update(COOPERATIVES, item, check);
  deleteCooperative = (id: string, check?: WriteCheck): Removed<Cooperative> =>
    this.remove(COOPERATIVES, id, check);

  listFundingStreams = (): FundingStream[] => this.list(FUNDING_STREAMS);
  insertFundingStream = (item: FundingStream, position?: number): number =>
    this.insert(FUNDING_STREAMS, item, position);
  updateFundingStream = (item: FundingStream, check?: WriteCheck): number =>
    this.update(FUNDING_STREAMS, item, check);
  deleteFundingStream = (id: string, check?: WriteCheck): Removed<FundingStream> =>
    this.remove(FUNDING_STREAMS, id, check);

  listPlans = (): Plan[] => this.list(PLANS);
  insertPlan = (item: Plan, position?: number): number => this.insert(PLANS, item, position);
  updatePlan = (item: Plan, check?: WriteCheck): number => this.update(PLANS, item, check);
  deletePlan = (id: string, check?: WriteCheck): Removed<Plan> => this.remove(PLANS, id, check);

  listIndicators = (): Indicator[] => this.list(INDICATORS);
  insertIndicator = (item: Indicator, position?: number): number => this.insert(INDICATORS, item, position);
  deleteIndicator = (id: string, check?: WriteCheck): Removed<Indicator> =>
    this.remove(INDICATORS, id, check);

  /** The indicator and the plans whose outputs its new city total restates, in one transaction. */
  updateIndicator(
    indicator: Indicator,
    plans: readonly Plan[] = [],
    check?: WriteCheck,
    planVersions?: PlanVersions,
  ): number {
    return this.write((context) => updateIndicatorRecords(context, indicator, plans, check, planVersions));
  }

  listScenarios = (): Scenario[] => this.list(SCENARIOS);
  insertScenario = (item: Scenario, position?: number): number => this.insert(SCENARIOS, item, position);
  updateScenario = (item: Scenario, check?: WriteCheck): number => this.update(SCENARIOS, item, check);
  deleteScenario = (id: string, check?: WriteCheck): Removed<Scenario> => this.remove(SCENARIOS, id, check);

  /** Every write of the batch shares the batch's transaction and time stamp. */
  writeBatch(prepare: (current: Workspace) => readonly BatchWrite[]): number {
    return this.write((context) => {
      const writes = prepare(readWorkspace(context.db));
      for (const write of writes) applyBatchWrite(context, write);
      return writes.length;
    });
  }

  /** Nested in this transaction, the store's own reads become savepoints of the same snapshot. */
  together<T>(reads: () => T): T {
    return this.read(() => reads());
  }

  versions(kind: RecordKind): Map<string, RecordVersion> {
    return this.read((db) => readVersions(db, kind));
  }

  audit(query?: AuditQuery): AuditEvent[] {
    return this.read((db) => readAudit(db, query));
  }

  /** Online backup into a temporary name beside the destination, then renamed into place. */
  async backup(destination: string): Promise<void> {
    if (resolve(destination) === resolve(this.path)) {
      throw storageError('exists', destination, { reason: 'same-file' });
    }
    if (!folderExists(destination)) {
      throw storageError('not-found', destination, { folder: dirname(destination) });
    }
    const temp = tempPathBeside(destination);
    try {
      await this.db.backup(temp);
      retireTarget(destination);
      moveIntoPlace(temp, destination);
    } catch (error) {
      removeQuietly(temp);
      throw toStorageError(error, destination);
    }
  }

  close(): void {
    if (this.db.open) this.db.close();
  }
}
