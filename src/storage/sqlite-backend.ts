/**
 * The workspace file as a `WorkspaceBackend`: the synchronous `WorkspaceStore` answered
 * through promises, its plain records given the versions `versions(kind)` keeps. The
 * file answers at once, so nothing here waits; a failure becomes a rejected promise.
 */
import type { Cooperative, FundingStream, Indicator, Plan, Scenario, Settings, Workspace } from '../model';
import {
  SINGLE_RECORD_ID,
  type PlanVersions,
  type RecordKind,
  type Versioned,
  type WorkspaceBackend,
  type WriteCheck,
  type Writer,
} from './backend';
import type { BatchWrite, WorkspaceStore } from './types';

/** Runs a synchronous store call as a promise, so a throw becomes a rejection. */
function async<T>(action: () => T): Promise<T> {
  try {
    return Promise.resolve(action());
  } catch (error) {
    return Promise.reject(error instanceof Error ? error : new Error(String(error)));
  }
}

/** The records of a list with their versions (a record without one, which no write leaves, counts as 1). */
function withVersions<T extends { id: string }>(
  store: WorkspaceStore,
  kind: RecordKind,
  items: T[],
): Versioned<T>[] {
  const versions = store.versions(kind);
  return items.map((item) => ({ ...item, version: versions.get(item.id)?.version ?? 1 }));
}

export function sqliteBackend(store: WorkspaceStore): WorkspaceBackend {
  const list = <T extends { id: string }>(kind: RecordKind, read: () => T[]): Promise<Versioned<T>[]> =>
    async(() => store.together(() => withVersions(store, kind, read())));
  const written = <T>(item: T, write: () => number): Promise<Versioned<T>> =>
    async(() => ({ ...item, version: write() }));

  return {
    kind: 'file',
    location: store.path,
    as: (writer: Writer) => sqliteBackend(store.as(writer)),

    meta: () => async(() => store.meta()),
    load: () => async(() => store.load()),
    replace: (workspace: Workspace) => async(() => store.replace(workspace)),

    settings: () =>
      async(() =>
        store.together(() => ({
          ...store.load().settings,
          version: store.versions('settings').get(SINGLE_RECORD_ID)?.version ?? 1,
        })),
      ),
    updateSettings: (settings: Settings, check?: WriteCheck) =>
      written(settings, () => store.updateSettings(settings, check)),
    updateProcurement: (procurement, check) => async(() => store.updateProcurement(procurement, check)),

    listCooperatives: () => list('cooperative', () => store.listCooperatives()),
    insertCooperative: (item: Cooperative, position?: number) =>
      written(item, () => store.insertCooperative(item, position)),
    updateCooperative: (item: Cooperative, check?: WriteCheck) =>
      written(item, () => store.updateCooperative(item, check)),
    deleteCooperative: (id, check) => async(() => store.deleteCooperative(id, check)),

    listFundingStreams: () => list('fundingStream', () => store.listFundingStreams()),
    insertFundingStream: (item: FundingStream, position?: number) =>
      written(item, () => store.insertFundingStream(item, position)),
    updateFundingStream: (item: FundingStream, check?: WriteCheck) =>
      written(item, () => store.updateFundingStream(item, check)),
    deleteFundingStream: (id, check) => async(() => store.deleteFundingStream(id, check)),

    listPlans: () => list('plan', () => store.listPlans()),
    insertPlan: (item: Plan, position?: number) => written(item, () => store.insertPlan(item, position)),
    updatePlan: (item: Plan, check?: WriteCheck) => written(item, () => store.updatePlan(item, check)),
    deletePlan: (id, check) => async(() => store.deletePlan(id, check)),

    listIndicators: () => list('indicator', () => store.listIndicators()),
    insertIndicator: (item: Indicator, position?: number) =>
      written(item, () => store.insertIndicator(item, position)),
    updateIndicator: (
      item: Indicator,
      plans?: readonly Plan[],
      check?: WriteCheck,
      planVersions?: PlanVersions,
    ) => written(item, () => store.updateIndicator(item, plans, check, planVersions)),
    deleteIndicator: (id, check) => async(() => store.deleteIndicator(id, check)),

    listScenarios: () => list('scenario', () => store.listScenarios()),
    insertScenario: (item: Scenario, position?: number) =>
      written(item, () => store.insertScenario(item, position)),
    updateScenario: (item: Scenario, check?: WriteCheck) =>
      written(item, () => store.updateScenario(item, check)),
    deleteScenario: (id, check) => async(() => store.deleteScenario(id, check)),

    writeBatch: (prepare: (current: Workspace) => readonly BatchWrite[]) =>
      async(() => store.writeBatch(prepare)),

    versions: (kind) => async(() => store.versions(kind)),
    audit: (query) => async(() => store.audit(query)),

    close: () => async(() => store.close()),
  };
}
