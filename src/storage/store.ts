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
import { deleteItem, insertItem, listItems, updateItem } from './crud';
import { COOPERATIVES, FUNDING_STREAMS, INDICATORS, PLANS, SCENARIOS, type EntityTable } from './entities';
import { guarded, storageError, toStorageError } from './errors';
import { moveIntoPlace, tempPathBeside } from '../fs/atomic-write';
import { folderExists, removeQuietly } from './files';
import { schemaVersion } from './migrate';
import { readMeta, touchMeta } from './rows/meta';
import { writeProcurement } from './rows/procurement';
import { writeSettings } from './rows/settings';
import { clearWorkspace, readWorkspace, writeWorkspace } from './rows/workspace';
import type { Db, ReadDb, WriteDb } from './sql';
import { retireTarget } from './targets';
import type { BatchWrite, Removed, WorkspaceMeta, WorkspaceStore } from './types';

/** A workspace file opened through `openWorkspaceDatabase`; one connection, used synchronously. */
export class SqliteWorkspaceStore implements WorkspaceStore {
  constructor(
    readonly path: string,
    private readonly db: Db,
  ) {}

  /** Reads share one snapshot, so a concurrent writer cannot show half a change. */
  private read<T>(action: (db: ReadDb) => T): T {
    return guarded(this.path, () => this.db.transaction(() => action(this.db)).deferred());
  }

  /**
   * IMMEDIATE takes the write lock up front: a deferred transaction that reads
   * first can hit SQLITE_BUSY_SNAPSHOT in WAL mode, which waiting cannot cure.
   */
  private write<T>(action: (db: WriteDb) => T): T {
    return guarded(this.path, () =>
      this.db
        .transaction(() => {
          const result = action(this.db);
          touchMeta(this.db, new Date().toISOString());
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
    this.write((db) => {
      clearWorkspace(db);
      writeWorkspace(db, workspace);
    });
  }

  updateSettings(settings: Settings): void {
    this.write((db) => writeSettings(db, settings));
  }

  updateProcurement(procurement: Procurement | undefined): void {
    this.write((db) => writeProcurement(db, procurement));
  }

  private list<T extends { id: string }>(kind: EntityTable<T>): T[] {
    return this.read((db) => listItems(db, kind));
  }

  private insert<T extends { id: string }>(kind: EntityTable<T>, item: T, position?: number): void {
    this.write((db) => insertItem(db, this.path, kind, item, position));
  }

  private update<T extends { id: string }>(kind: EntityTable<T>, item: T): void {
    this.write((db) => updateItem(db, this.path, kind, item));
  }

  private remove<T extends { id: string }>(kind: EntityTable<T>, id: string): Removed<T> {
    return this.write((db) => deleteItem(db, this.path, kind, id));
  }

  listCooperatives = (): Cooperative[] => this.list(COOPERATIVES);
  insertCooperative = (item: Cooperative, position?: number): void =>
    this.insert(COOPERATIVES, item, position);
  updateCooperative = (item: Cooperative): void => this.update(COOPERATIVES, item);
  deleteCooperative = (id: string): Removed<Cooperative> => this.remove(COOPERATIVES, id);

  listFundingStreams = (): FundingStream[] => this.list(FUNDING_STREAMS);
  insertFundingStream = (item: FundingStream, position?: number): void =>
    this.insert(FUNDING_STREAMS, item, position);
  updateFundingStream = (item: FundingStream): void => this.update(FUNDING_STREAMS, item);
  deleteFundingStream = (id: string): Removed<FundingStream> => this.remove(FUNDING_STREAMS, id);

  listPlans = (): Plan[] => this.list(PLANS);
  insertPlan = (item: Plan, position?: number): void => this.insert(PLANS, item, position);
  updatePlan = (item: Plan): void => this.update(PLANS, item);
  deletePlan = (id: string): Removed<Plan> => this.remove(PLANS, id);

  listIndicators = (): Indicator[] => this.list(INDICATORS);
  insertIndicator = (item: Indicator, position?: number): void => this.insert(INDICATORS, item, position);
  deleteIndicator = (id: string): Removed<Indicator> => this.remove(INDICATORS, id);

  /** The indicator and the plans whose outputs its new city total restates, in one transaction. */
  updateIndicator(indicator: Indicator, plans: readonly Plan[] = []): void {
    this.write((db) => {
      updateItem(db, this.path, INDICATORS, indicator);
      for (const plan of plans) updateItem(db, this.path, PLANS, plan);
    });
  }

  listScenarios = (): Scenario[] => this.list(SCENARIOS);
  insertScenario = (item: Scenario, position?: number): void => this.insert(SCENARIOS, item, position);
  updateScenario = (item: Scenario): void => this.update(SCENARIOS, item);
  deleteScenario = (id: string): Removed<Scenario> => this.remove(SCENARIOS, id);

  writeBatch(prepare: (current: Workspace) => readonly BatchWrite[]): number {
    return this.write((db) => {
      const writes = prepare(readWorkspace(db));
      for (const write of writes) this.applyBatchWrite(write);
      return writes.length;
    });
  }

  /**
   * Runs inside writeBatch's transaction. The single-item methods keep their checks; their
   * own transactions nest as savepoints, so a failure anywhere rolls back the whole batch.
   */
  private applyBatchWrite(write: BatchWrite): void {
    switch (write.op) {
      case 'insertCooperative':
        return this.insertCooperative(write.cooperative, write.position);
      case 'updateCooperative':
        return this.updateCooperative(write.cooperative);
      case 'deleteCooperative':
        this.deleteCooperative(write.id);
        return undefined;
      case 'deleteFundingStream':
        this.deleteFundingStream(write.id);
        return undefined;
      case 'insertFundingStream':
        return this.insertFundingStream(write.stream);
      case 'updateFundingStream':
        return this.updateFundingStream(write.stream);
      case 'insertPlan':
        return this.insertPlan(write.plan, write.position);
      case 'updatePlan':
        return this.updatePlan(write.plan);
      case 'deletePlan':
        this.deletePlan(write.id);
        return undefined;
      case 'updateScenario':
        return this.updateScenario(write.scenario);
      default: {
        const never: never = write;
        return never;
      }
    }
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
