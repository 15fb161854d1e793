/**
 * A write to the team database, worked out in memory: the workspace as the transaction
 * found it, the change applied with the same refusals and parameters as the workspace
 * file (crud.ts, workspace-writes.ts, record-log.ts), the versions it raises and the
 * audit events it appends. Pure: rows.ts turns the result into SQL.
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
} from '../../model';
import { WORKSPACE_FORMAT, WORKSPACE_VERSION } from '../../model';
import {
  SINGLE_RECORD_ID,
  type RecordKind,
  type RecordVersion,
  type WriteCheck,
  type Writer,
} from '../backend';
import { insertionPosition } from '../collection';
import { storageError } from '../errors';
import { exchangeValue, recordChanges, type RecordChange } from '../record-values';
import { referencesTo } from '../references';
import { assertNotStale } from '../stale-write';
import type { Removed } from '../types';
import { refuseDangling, type KnownIds, type Referring } from './dangling';

export interface ListItems {
  cooperative: Cooperative;
  fundingStream: FundingStream;
  plan: Plan;
  indicator: Indicator;
  scenario: Scenario;
}
export type ListKind = keyof ListItems;
export type Lists = { [K in ListKind]: readonly ListItems[K][] };
export type Versions = ReadonlyMap<RecordKind, ReadonlyMap<string, RecordVersion>>;

export const LIST_KINDS: readonly ListKind[] = [
  'cooperative',
  'fundingStream',
  'plan',
  'indicator',
  'scenario',
];

/** The workspace's field for each list. */
const FIELD = {
  cooperative: 'cooperatives',
  fundingStream: 'fundingStreams',
  plan: 'plans',
  indicator: 'indicators',
  scenario: 'scenarios',
} as const satisfies Record<ListKind, keyof Workspace>;

/** The team database's content as one transaction read it. `settings` is undefined until it is filled. */
export interface StoredWorkspace {
  readonly settings: Settings | undefined;
  readonly procurement: Procurement | undefined;
  readonly lists: Lists;
  readonly versions: Versions;
}

export const EMPTY_STORED: StoredWorkspace = {
  settings: undefined,
  procurement: undefined,
  lists: { cooperative: [], fundingStream: [], plan: [], indicator: [], scenario: [] },
  versions: new Map(),
};

/** The stored content as the exchange model's workspace; `not-a-workspace` while it is empty. */
export function asWorkspace(stored: StoredWorkspace, location: string): Workspace {
  if (stored.settings === undefined) throw storageError('not-a-workspace', location, { reason: 'empty' });
  const { lists } = stored;
  return {
    format: WORKSPACE_FORMAT,
    version: WORKSPACE_VERSION,
    settings: stored.settings,
    cooperatives: [...lists.cooperative],
    fundingStreams: [...lists.fundingStream],
    plans: [...lists.plan],
    indicators: [...lists.indicator],
    scenarios: [...lists.scenario],
    ...(stored.procurement === undefined ? {} : { procurement: stored.procurement }),
  };
}

/** Records without a list of their own keep counting versions when removed (as record-log.ts). */
function isSingle(entity: RecordKind): boolean {
  return entity === 'settings' || entity === 'procurement';
}

export class WorkspaceDraft {
  settings: Settings | undefined;
  procurement: Procurement | undefined;
  private readonly lists: { [K in ListKind]: ListItems[K][] };
  private readonly versions: Map<RecordKind, Map<string, RecordVersion>>;
  /** The audit events of this write, in the order they happened. */
  readonly events: RecordChange[] = [];
  /** Each changed record's version after the write (0: deleted). */
  readonly notices: { entity: RecordKind; id: string; version: number }[] = [];

  constructor(
    base: StoredWorkspace,
    private readonly at: string,
    private readonly writer: Writer,
    private readonly location: string,
  ) {
    this.settings = base.settings;
    this.procurement = base.procurement;
    this.lists = {
      cooperative: [...base.lists.cooperative],
      fundingStream: [...base.lists.fundingStream],
      plan: [...base.lists.plan],
      indicator: [...base.lists.indicator],
      scenario: [...base.lists.scenario],
    };
    this.versions = new Map([...base.versions].map(([kind, byId]) => [kind, new Map(byId)]));
  }

  /** The content after the write, for rows.ts to compare with the base. */
  result(): StoredWorkspace {
    return {
      settings: this.settings,
      procurement: this.procurement,
      lists: this.lists,
      versions: this.versions,
    };
  }

  workspace(): Workspace {
    return asWorkspace(this.result(), this.location);
  }

  private versionOf(entity: RecordKind, id: string): RecordVersion | undefined {
    return this.versions.get(entity)?.get(id);
  }

  /** As record-log.ts's checkVersion: a record without a version stands at 0. */
  private check(entity: RecordKind, id: string, check: WriteCheck | undefined): void {
    assertNotStale(this.location, entity, id, this.versionOf(entity, id), check);
  }

  /** As record-log.ts's recordChange: the new version, and one audit event. */
  private record(entity: RecordKind, id: string, before: unknown, after: unknown): number {
    const single = isSingle(entity);
    let byId = this.versions.get(entity);
    if (byId === undefined) this.versions.set(entity, (byId = new Map()));
    let version = 0;
    if (after === null && !single) byId.delete(id);
    else {
      version = before === null && !single ? 1 : (byId.get(id)?.version ?? 0) + 1;
      byId.set(id, { version, changedAt: this.at, changedBy: this.writer.user });
    }
    this.events.push({ entity, id, before, after });
    this.notices.push({ entity, id, version });
    return version;
  }

  private knownIds(): KnownIds {
    const ids = (kind: ListKind): Set<string> => new Set(this.lists[kind].map((item) => item.id));
    return {
      cooperative: ids('cooperative'),
      fundingStream: ids('fundingStream'),
      plan: ids('plan'),
      indicator: ids('indicator'),
    };
  }

  private refuseDangling(record: Referring, id: string): void {
    refuseDangling(this.location, record, id, this.knownIds());
  }

  private indexOf(kind: ListKind, id: string): number {
    return this.lists[kind].findIndex((item) => item.id === id);
  }

  /** As crud.ts's insertItem; returns the new item's version (1). */
  insert<K extends ListKind>(kind: K, item: ListItems[K], position?: number): number {
    const list = this.lists[kind];
    if (this.indexOf(kind, item.id) >= 0)
      throw storageError('exists', this.location, { entity: kind, id: item.id });
    list.splice(insertionPosition(position, list.length), 0, item);
    this.refuseDangling({ entity: kind, item } as Referring, item.id);
    return this.record(kind, item.id, null, exchangeValue(kind, item));
  }

  /** As crud.ts's updateItem; returns the item's new version. */
  update<K extends ListKind>(kind: K, item: ListItems[K], check?: WriteCheck): number {
    const list = this.lists[kind];
    const at = this.indexOf(kind, item.id);
    const found = list[at];
    if (found === undefined) throw storageError('not-found', this.location, { entity: kind, id: item.id });
    this.check(kind, item.id, check);
    list[at] = item;
    this.refuseDangling({ entity: kind, item } as Referring, item.id);
    return this.record(kind, item.id, exchangeValue(kind, found), exchangeValue(kind, item));
  }

  /** As crud.ts's deleteItem: `not-found`, then `conflict`, then `in-use`. */
  remove<K extends ListKind>(kind: K, id: string, check?: WriteCheck): Removed<ListItems[K]> {
    const list = this.lists[kind];
    const position = this.indexOf(kind, id);
    const found = list[position];
    if (found === undefined) throw storageError('not-found', this.location, { entity: kind, id });
    this.check(kind, id, check);
    const usedBy = referencesTo(this.workspace(), kind, id);
    if (usedBy !== undefined) throw storageError('in-use', this.location, { entity: kind, id, ...usedBy });
    list.splice(position, 1);
    this.record(kind, id, exchangeValue(kind, found), null);
    return { item: found, position };
  }

  /** As workspace-writes.ts's updateSettingsRecord; returns the settings' new version. */
  updateSettings(settings: Settings, check?: WriteCheck): number {
    const before = this.settings;
    this.check('settings', SINGLE_RECORD_ID, check);
    this.settings = settings;
    return this.record(
      'settings',
      SINGLE_RECORD_ID,
      before === undefined ? null : exchangeValue('settings', before),
      exchangeValue('settings', settings),
    );
  }

  /** As workspace-writes.ts's updateProcurementRecord: removing a section that is not there changes nothing. */
  updateProcurement(procurement: Procurement | undefined, check?: WriteCheck): number {
    const before = this.procurement;
    this.check('procurement', SINGLE_RECORD_ID, check);
    if (before === undefined && procurement === undefined) {
      return this.versionOf('procurement', SINGLE_RECORD_ID)?.version ?? 0;
    }
    this.procurement = procurement;
    if (procurement !== undefined)
      this.refuseDangling({ entity: 'procurement', item: procurement }, SINGLE_RECORD_ID);
    return this.record(
      'procurement',
      SINGLE_RECORD_ID,
      before === undefined ? null : exchangeValue('procurement', before),
      procurement === undefined ? null : exchangeValue('procurement', procurement),
    );
  }

  /** As workspace-writes.ts's replaceWorkspace: each record created, changed or removed is recorded. */
  replace(workspace: Workspace): void {
    const before = this.settings === undefined ? undefined : this.workspace();
    this.settings = workspace.settings;
    this.procurement = workspace.procurement;
    const lists = this.lists as Record<ListKind, { id: string }[]>;
    for (const kind of LIST_KINDS) {
      lists[kind] = [...(workspace[FIELD[kind]] as readonly { id: string }[])];
      // Two records with one id: the file's primary key refuses the second.
      const seen = new Set<string>();
      for (const { id } of lists[kind]) {
        if (seen.has(id)) throw storageError('exists', this.location, { entity: kind, id });
        seen.add(id);
      }
    }
    // Whatever refers to a missing record is refused, as the file's foreign keys refuse it.
    const known = this.knownIds();
    for (const kind of LIST_KINDS) {
      for (const item of this.lists[kind])
        refuseDangling(this.location, { entity: kind, item } as Referring, item.id, known);
    }
    if (workspace.procurement !== undefined) {
      refuseDangling(
        this.location,
        { entity: 'procurement', item: workspace.procurement },
        SINGLE_RECORD_ID,
        known,
      );
    }
    for (const change of recordChanges(before, workspace)) {
      this.record(change.entity, change.id, change.before, change.after);
    }
  }
}
