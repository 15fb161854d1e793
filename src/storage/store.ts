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
import { closeGapAt, idsOf, insertionPosition, openGapAt, rowCount } from './collection';
import { guarded, storageError, toStorageError } from './errors';
import { moveIntoPlace, tempPathBeside } from '../fs/atomic-write';
import { folderExists, removeQuietly } from './files';
import { schemaVersion } from './migrate';
import { insertCooperativeRows, readCooperatives, updateCooperativeRows } from './rows/cooperatives';
import {
  insertIndicatorRows,
  readIndicatorRows,
  readIndicators,
  updateIndicatorRows,
} from './rows/indicators';
import { readMeta, touchMeta } from './rows/meta';
import { insertPlanRows, readPlans, updatePlanRows } from './rows/plans';
import { contractYearsNaming, writeProcurement } from './rows/procurement';
import { insertScenarioRows, readScenarios, updateScenarioRows } from './rows/scenarios';
import { writeSettings } from './rows/settings';
import { insertFundingStreamRows, readFundingStreams, updateFundingStreamRows } from './rows/streams';
import { clearWorkspace, readWorkspace, writeWorkspace } from './rows/workspace';
import type { Db } from './sql';
import { retireTarget } from './targets';
import type { BatchWrite, Removed, WorkspaceMeta, WorkspaceStore } from './types';

/** A workspace file opened through `openWorkspaceDatabase`; one connection, used synchronously. */
export class SqliteWorkspaceStore implements WorkspaceStore {
  constructor(
    readonly path: string,
    private readonly db: Db,
  ) {}

  /** Reads share one snapshot, so a concurrent writer cannot show half a change. */
  private read<T>(action: () => T): T {
    return guarded(this.path, () => this.db.transaction(action).deferred());
  }

  /**
   * IMMEDIATE takes the write lock up front: a deferred transaction that reads
   * first can hit SQLITE_BUSY_SNAPSHOT in WAL mode, which waiting cannot cure.
   */
  private write<T>(action: () => T): T {
    return guarded(this.path, () =>
      this.db
        .transaction(() => {
          const result = action();
          touchMeta(this.db, new Date().toISOString());
          return result;
        })
        .immediate(),
    );
  }

  meta(): WorkspaceMeta {
    return this.read(() => {
      const facts = readMeta(this.db);
      if (facts === undefined) throw storageError('corrupt', this.path, { reason: 'no-meta' });
      return { path: this.path, ...facts, schemaVersion: schemaVersion(this.db) };
    });
  }

  load(): Workspace {
    return this.read(() => readWorkspace(this.db));
  }

  replace(workspace: Workspace): void {
    this.write(() => {
      clearWorkspace(this.db);
      writeWorkspace(this.db, workspace);
    });
  }

  updateSettings(settings: Settings): void {
    this.write(() => writeSettings(this.db, settings));
  }

  updateProcurement(procurement: Procurement | undefined): void {
    this.write(() => writeProcurement(this.db, procurement));
  }

  listCooperatives(): Cooperative[] {
    return this.read(() => readCooperatives(this.db).map((entry) => entry.item));
  }

  insertCooperative(cooperative: Cooperative, position?: number): void {
    this.write(() => {
      if (readCooperatives(this.db, cooperative.id).length > 0) {
        throw storageError('exists', this.path, { entity: 'cooperative', id: cooperative.id });
      }
      const at = insertionPosition(position, rowCount(this.db, 'cooperatives'));
      openGapAt(this.db, 'cooperatives', at);
      insertCooperativeRows(this.db, cooperative, at);
    });
  }

  updateCooperative(cooperative: Cooperative): void {
    this.write(() => {
      if (!updateCooperativeRows(this.db, cooperative)) {
        throw storageError('not-found', this.path, { entity: 'cooperative', id: cooperative.id });
      }
    });
  }

  deleteCooperative(id: string): Removed<Cooperative> {
    return this.write(() => {
      const [found] = readCooperatives(this.db, id);
      if (found === undefined) throw storageError('not-found', this.path, { entity: 'cooperative', id });
      const plans = idsOf(this.db, 'SELECT id FROM plans WHERE cooperative_id = ? ORDER BY position, id', id);
      if (plans.length > 0) {
        throw storageError('in-use', this.path, { entity: 'cooperative', id, plans: plans.join(', ') });
      }
      const contracts = contractYearsNaming(this.db, 'cooperative_id', id);
      if (contracts !== '') throw storageError('in-use', this.path, { entity: 'cooperative', id, contracts });
      this.db.prepare<[string]>('DELETE FROM cooperatives WHERE id = ?').run(id);
      closeGapAt(this.db, 'cooperatives', found.position);
      return found;
    });
  }

  listFundingStreams(): FundingStream[] {
    return this.read(() => readFundingStreams(this.db).map((entry) => entry.item));
  }

  insertFundingStream(stream: FundingStream, position?: number): void {
    this.write(() => {
      if (readFundingStreams(this.db, stream.id).length > 0) {
        throw storageError('exists', this.path, { entity: 'fundingStream', id: stream.id });
      }
      const at = insertionPosition(position, rowCount(this.db, 'funding_streams'));
      openGapAt(this.db, 'funding_streams', at);
      insertFundingStreamRows(this.db, stream, at);
    });
  }

  updateFundingStream(stream: FundingStream): void {
    this.write(() => {
      if (!updateFundingStreamRows(this.db, stream)) {
        throw storageError('not-found', this.path, { entity: 'fundingStream', id: stream.id });
      }
    });
  }

  deleteFundingStream(id: string): Removed<FundingStream> {
    return this.write(() => {
      const [found] = readFundingStreams(this.db, id);
      if (found === undefined) throw storageError('not-found', this.path, { entity: 'fundingStream', id });
      const plans = idsOf(
        this.db,
        // Locked amounts and awards (applications, decisions) both tie a plan to the stream.
        `SELECT id FROM plans, (SELECT ? AS stream) WHERE id IN (SELECT plan_id FROM locked_amounts
           WHERE stream_id = stream UNION SELECT plan_id FROM plan_awards WHERE stream_id = stream)
         ORDER BY position, id`,
        id,
      );
      // A scenario's factor on the stream, or its pooling of the stream's silo when no other stream has that silo.
      const scenarios = this.db
        .prepare<{ id: string; silo: string }>(
          `SELECT id FROM scenarios WHERE id IN (SELECT scenario_id FROM scenario_stream_factors WHERE stream_id = @id)
             OR id IN (SELECT scenario_id FROM scenario_desiloing_silos WHERE silo = @silo
               AND NOT EXISTS (SELECT 1 FROM funding_streams WHERE silo = @silo AND id <> @id))
           ORDER BY position, id`,
        )
        .pluck()
        .all({ id, silo: found.item.silo })
        .map((value) => String(value));
      const guarantees = idsOf(
        this.db,
        `SELECT id FROM funding_streams WHERE id IN (SELECT stream_id FROM guarantee_backs WHERE backed_stream_id = ?)
         ORDER BY position, id`,
        id,
      );
      if (plans.length > 0 || scenarios.length > 0 || guarantees.length > 0) {
        throw storageError('in-use', this.path, {
          entity: 'fundingStream',
          id,
          ...(plans.length > 0 ? { plans: plans.join(', ') } : {}),
          ...(scenarios.length > 0 ? { scenarios: scenarios.join(', ') } : {}),
          ...(guarantees.length > 0 ? { guarantees: guarantees.join(', ') } : {}),
        });
      }
      this.db.prepare<[string]>('DELETE FROM funding_streams WHERE id = ?').run(id);
      closeGapAt(this.db, 'funding_streams', found.position);
      return found;
    });
  }

  listPlans(): Plan[] {
    return this.read(() => readPlans(this.db).map((entry) => entry.item));
  }

  insertPlan(plan: Plan, position?: number): void {
    this.write(() => {
      if (readPlans(this.db, plan.id).length > 0) {
        throw storageError('exists', this.path, { entity: 'plan', id: plan.id });
      }
      const at = insertionPosition(position, rowCount(this.db, 'plans'));
      openGapAt(this.db, 'plans', at);
      insertPlanRows(this.db, plan, at);
    });
  }

  updatePlan(plan: Plan): void {
    this.write(() => {
      if (!updatePlanRows(this.db, plan)) {
        throw storageError('not-found', this.path, { entity: 'plan', id: plan.id });
      }
    });
  }

  deletePlan(id: string): Removed<Plan> {
    return this.write(() => {
      const [found] = readPlans(this.db, id);
      if (found === undefined) throw storageError('not-found', this.path, { entity: 'plan', id });
      const scenarios = idsOf(
        this.db,
        `SELECT id FROM scenarios WHERE id IN (SELECT scenario_id FROM scenario_plans WHERE plan_id = ?)
         ORDER BY position, id`,
        id,
      );
      if (scenarios.length > 0) {
        throw storageError('in-use', this.path, { entity: 'plan', id, scenarios: scenarios.join(', ') });
      }
      const contracts = contractYearsNaming(this.db, 'plan_id', id);
      if (contracts !== '') throw storageError('in-use', this.path, { entity: 'plan', id, contracts });
      // Cost lines, amounts, revenues, locked amounts and impacts go with it (ON DELETE CASCADE).
      this.db.prepare<[string]>('DELETE FROM plans WHERE id = ?').run(id);
      closeGapAt(this.db, 'plans', found.position);
      return found;
    });
  }

  listIndicators(): Indicator[] {
    return this.read(() => readIndicators(this.db));
  }

  insertIndicator(indicator: Indicator, position?: number): void {
    this.write(() => {
      if (readIndicatorRows(this.db, indicator.id).length > 0) {
        throw storageError('exists', this.path, { entity: 'indicator', id: indicator.id });
      }
      const at = insertionPosition(position, rowCount(this.db, 'indicators'));
      openGapAt(this.db, 'indicators', at);
      insertIndicatorRows(this.db, indicator, at);
    });
  }

  updateIndicator(indicator: Indicator, plans: readonly Plan[] = []): void {
    this.write(() => {
      if (!updateIndicatorRows(this.db, indicator)) {
        throw storageError('not-found', this.path, { entity: 'indicator', id: indicator.id });
      }
      for (const plan of plans) {
        if (!updatePlanRows(this.db, plan)) {
          throw storageError('not-found', this.path, { entity: 'plan', id: plan.id });
        }
      }
    });
  }

  deleteIndicator(id: string): Removed<Indicator> {
    return this.write(() => {
      const [found] = readIndicatorRows(this.db, id);
      if (found === undefined) throw storageError('not-found', this.path, { entity: 'indicator', id });
      const plans = idsOf(
        this.db,
        `SELECT id FROM plans WHERE id IN (SELECT plan_id FROM impact_lines WHERE indicator_id = ?)
         ORDER BY position, id`,
        id,
      );
      const scenarios = idsOf(
        this.db,
        `SELECT id FROM scenarios WHERE id IN
           (SELECT scenario_id FROM scenario_indicator_overrides WHERE indicator_id = ?)
         ORDER BY position, id`,
        id,
      );
      if (plans.length > 0 || scenarios.length > 0) {
        throw storageError('in-use', this.path, {
          entity: 'indicator',
          id,
          ...(plans.length > 0 ? { plans: plans.join(', ') } : {}),
          ...(scenarios.length > 0 ? { scenarios: scenarios.join(', ') } : {}),
        });
      }
      this.db.prepare<[string]>('DELETE FROM indicators WHERE id = ?').run(id);
      closeGapAt(this.db, 'indicators', found.position);
      return found;
    });
  }

  listScenarios(): Scenario[] {
    return this.read(() => readScenarios(this.db).map((entry) => entry.item));
  }

  insertScenario(scenario: Scenario, position?: number): void {
    this.write(() => {
      if (readScenarios(this.db, scenario.id).length > 0) {
        throw storageError('exists', this.path, { entity: 'scenario', id: scenario.id });
      }
      const at = insertionPosition(position, rowCount(this.db, 'scenarios'));
      openGapAt(this.db, 'scenarios', at);
      insertScenarioRows(this.db, scenario, at);
    });
  }

  updateScenario(scenario: Scenario): void {
    this.write(() => {
      if (!updateScenarioRows(this.db, scenario)) {
        throw storageError('not-found', this.path, { entity: 'scenario', id: scenario.id });
      }
    });
  }

  deleteScenario(id: string): Removed<Scenario> {
    return this.write(() => {
      const [found] = readScenarios(this.db, id);
      if (found === undefined) throw storageError('not-found', this.path, { entity: 'scenario', id });
      // Nothing refers to a scenario; its plan list, factors and overrides go with it (ON DELETE CASCADE).
      this.db.prepare<[string]>('DELETE FROM scenarios WHERE id = ?').run(id);
      closeGapAt(this.db, 'scenarios', found.position);
      return found;
    });
  }

  writeBatch(prepare: (current: Workspace) => readonly BatchWrite[]): number {
    return this.write(() => {
      const writes = prepare(readWorkspace(this.db));
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
