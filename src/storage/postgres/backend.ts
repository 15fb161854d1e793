/**
 * The team database as a `WorkspaceBackend` (node-postgres, one pool).
 *
 * Reads take one REPEATABLE READ snapshot. Writes are serialised by a transaction-scoped
 * advisory lock: inside it the transaction reads the workspace as the last commit left
 * it, applies the change in memory with the workspace file's refusals (draft.ts), and
 * writes back only the rows that changed, their versions and audit events (rows.ts).
 * A write is a handful of statements whatever the workspace's size, and as the records
 * are compared in memory, both backends refuse the same writes with the same params.
 *
 * The last workspace read is kept in memory with the revision it had; a read or write
 * that finds the same revision skips loading it again. What leaves this module is a copy,
 * so no caller can change the kept workspace.
 */
import type pg from 'pg';
import type { Plan, Procurement, Settings, Workspace } from '../../model';
import {
  SINGLE_RECORD_ID,
  UNNAMED_WRITER,
  planCheck,
  type AuditEvent,
  type AuditQuery,
  type PlanVersions,
  type RecordKind,
  type RecordVersion,
  type Versioned,
  type WorkspaceBackend,
  type WriteCheck,
  type Writer,
} from '../backend';
import type { BatchWrite, Removed, WorkspaceMeta } from '../types';
import { toDatabaseError } from './connection';
import { applyBatchWrite } from './batch';
import {
  asWorkspace,
  EMPTY_STORED,
  WorkspaceDraft,
  type ListItems,
  type ListKind,
  type StoredWorkspace,
} from './draft';
import { LOCK_NAMESPACE, POSTGRES_SCHEMA_VERSION, WRITE_LOCK } from './migrate';
import { readAuditEvents } from './audit';
import { readStored, writeChanges } from './rows';

interface MetaRow {
  revision: string;
  created_at: Date;
  last_saved_at: Date | null;
  now: Date;
}

/** What every view (`as(writer)`) of one open team database shares. */
export interface PostgresShared {
  readonly pool: pg.Pool;
  readonly location: string;
  kept?: { revision: number; stored: StoredWorkspace };
  closed?: boolean;
}

const copy = <T>(value: T): T => structuredClone(value);

export class PostgresWorkspaceBackend implements WorkspaceBackend {
  readonly kind = 'postgres' as const;

  constructor(
    private readonly shared: PostgresShared,
    private readonly writer: Writer = UNNAMED_WRITER,
  ) {}

  get location(): string {
    return this.shared.location;
  }

  /** The connection pool, for code that keeps its own tables in the same database (accounts, sessions). */
  get pool(): pg.Pool {
    return this.shared.pool;
  }

  as(writer: Writer): PostgresWorkspaceBackend {
    return new PostgresWorkspaceBackend(this.shared, writer);
  }

  /** Runs `work` on one pooled connection; a failed connection is discarded, not reused. */
  private async withClient<T>(work: (client: pg.PoolClient) => Promise<T>): Promise<T> {
    let client: pg.PoolClient;
    try {
      client = await this.shared.pool.connect();
    } catch (error) {
      throw toDatabaseError(error, this.location);
    }
    let broken: Error | undefined;
    try {
      return await work(client);
    } catch (error) {
      await client.query('ROLLBACK').catch((rollbackError: unknown) => {
        broken = rollbackError instanceof Error ? rollbackError : new Error(String(rollbackError));
      });
      throw toDatabaseError(error, this.location);
    } finally {
      client.release(broken);
    }
  }

  /** The stored workspace for `revision`: the kept one when it is still current. */
  private async current(client: pg.ClientBase, revision: number): Promise<StoredWorkspace> {
    const kept = this.shared.kept;
    if (kept !== undefined && kept.revision === revision) return kept.stored;
    const stored = revision === 0 ? EMPTY_STORED : await readStored(client);
    this.keep(revision, stored);
    return stored;
  }

  private keep(revision: number, stored: StoredWorkspace): void {
    const kept = this.shared.kept;
    if (kept === undefined || kept.revision <= revision) this.shared.kept = { revision, stored };
  }

  private static async meta(client: pg.ClientBase): Promise<MetaRow> {
    const result = await client.query<MetaRow>(
      `SELECT revision, created_at, last_saved_at, date_trunc('milliseconds', clock_timestamp()) AS now
       FROM workspace_meta WHERE id = 1`,
    );
    const row = result.rows[0];
    if (row === undefined)
      throw new Error('workspace_meta has no row: the database was not migrated by Coopfolio');
    return row;
  }

  /** One consistent snapshot of the workspace (and its meta row). */
  private read<T>(action: (stored: StoredWorkspace, meta: MetaRow) => T): Promise<T> {
    return this.withClient(async (client) => {
      await client.query('BEGIN ISOLATION LEVEL REPEATABLE READ READ ONLY');
      const meta = await PostgresWorkspaceBackend.meta(client);
      const stored = await this.current(client, Number(meta.revision));
      await client.query('COMMIT');
      return action(stored, meta);
    });
  }

  /**
   * One write: under the lock, on the workspace as the last commit left it; nothing written
   * when `apply` throws. Only a whole workspace (`fills`) may be written to an empty database:
   * a record without settings around it would be no workspace.
   */
  private write<T>(apply: (draft: WorkspaceDraft) => T, fills = false): Promise<T> {
    return this.withClient(async (client) => {
      // One round trip; the keys are constants of this code.
      await client.query(`BEGIN; SELECT pg_advisory_xact_lock(${LOCK_NAMESPACE}, ${WRITE_LOCK})`);
      // After the lock: READ COMMITTED sees every write committed before it was granted.
      const meta = await PostgresWorkspaceBackend.meta(client);
      const base = await this.current(client, Number(meta.revision));
      if (!fills) asWorkspace(base, this.location);
      const at = meta.now.toISOString();
      const draft = new WorkspaceDraft(base, at, this.writer, this.location);
      const result = apply(draft);
      const next = draft.result();
      const revision = await writeChanges(client, base, next, {
        at,
        writer: this.writer,
        events: draft.events,
        notices: draft.notices,
        revision: Number(meta.revision),
      });
      await client.query('COMMIT');
      this.keep(revision, next);
      return result;
    });
  }

  /** Whether the database holds a workspace yet (a new one holds none until its first `replace`). */
  hasWorkspace(): Promise<boolean> {
    return this.read((stored) => stored.settings !== undefined);
  }

  meta(): Promise<WorkspaceMeta> {
    return this.read((_stored, meta) => ({
      path: this.location,
      createdAt: meta.created_at.toISOString(),
      lastSavedAt: meta.last_saved_at === null ? null : meta.last_saved_at.toISOString(),
      schemaVersion: POSTGRES_SCHEMA_VERSION,
    }));
  }

  load(): Promise<Workspace> {
    return this.read((stored) => copy(asWorkspace(stored, this.location)));
  }

  replace(workspace: Workspace): Promise<void> {
    const given = copy(workspace);
    return this.write((draft) => draft.replace(given), true);
  }

  settings(): Promise<Versioned<Settings>> {
    return this.read((stored) => {
      const { settings } = asWorkspace(stored, this.location);
      const version = stored.versions.get('settings')?.get(SINGLE_RECORD_ID)?.version ?? 1;
      return { ...copy(settings), version };
    });
  }

  updateSettings(settings: Settings, check?: WriteCheck): Promise<Versioned<Settings>> {
    const given = copy(settings);
    return this.write((draft) => ({ ...settings, version: draft.updateSettings(given, check) }));
  }

  updateProcurement(procurement: Procurement | undefined, check?: WriteCheck): Promise<number> {
    const given = procurement === undefined ? undefined : copy(procurement);
    return this.write((draft) => draft.updateProcurement(given, check));
  }

  private list<K extends ListKind>(kind: K): Promise<Versioned<ListItems[K]>[]> {
    return this.read((stored) => {
      asWorkspace(stored, this.location);
      const versions = stored.versions.get(kind);
      return stored.lists[kind].map((item) => ({
        ...copy(item),
        version: versions?.get(item.id)?.version ?? 1,
      }));
    });
  }

  private insert<K extends ListKind>(
    kind: K,
    item: ListItems[K],
    position?: number,
  ): Promise<Versioned<ListItems[K]>> {
    const given = copy(item);
    return this.write((draft) => ({ ...item, version: draft.insert(kind, given, position) }));
  }

  private update<K extends ListKind>(
    kind: K,
    item: ListItems[K],
    check?: WriteCheck,
  ): Promise<Versioned<ListItems[K]>> {
    const given = copy(item);
    return this.write((draft) => ({ ...item, version: draft.update(kind, given, check) }));
  }

  private remove<K extends ListKind>(
    kind: K,
    id: string,
    check?: WriteCheck,
  ): Promise<Removed<ListItems[K]>> {
    return this.write((draft) => copy(draft.remove(kind, id, check)));
  }

  listCooperatives = () => this.list('cooperative');
  insertCooperative = (item: ListItems['cooperative'], position?: number) =>
    this.insert('cooperative', item, position);
  updateCooperative = (item: ListItems['cooperative'], check?: WriteCheck) =>
    this.update('cooperative', item, check);
  deleteCooperative = (id: string, check?: WriteCheck) => this.remove('cooperative', id, check);

  listFundingStreams = () => this.list('fundingStream');
  insertFundingStream = (item: ListItems['fundingStream'], position?: number) =>
    this.insert('fundingStream', item, position);
  updateFundingStream = (item: ListItems['fundingStream'], check?: WriteCheck) =>
    this.update('fundingStream', item, check);
  deleteFundingStream = (id: string, check?: WriteCheck) => this.remove('fundingStream', id, check);

  listPlans = () => this.list('plan');
  insertPlan = (item: Plan, position?: number) => this.insert('plan', item, position);
  updatePlan = (item: Plan, check?: WriteCheck) => this.update('plan', item, check);
  deletePlan = (id: string, check?: WriteCheck) => this.remove('plan', id, check);

  listIndicators = () => this.list('indicator');
  insertIndicator = (item: ListItems['indicator'], position?: number) =>
    this.insert('indicator', item, position);
  deleteIndicator = (id: string, check?: WriteCheck) => this.remove('indicator', id, check);

  /** The indicator and the plans its new city total restates, in one transaction (as the file). */
  updateIndicator(
    indicator: ListItems['indicator'],
    plans: readonly Plan[] = [],
    check?: WriteCheck,
    planVersions?: PlanVersions,
  ): Promise<Versioned<ListItems['indicator']>> {
    const given = copy(indicator);
    const givenPlans = copy(plans);
    return this.write((draft) => {
      const version = draft.update('indicator', given, check);
      for (const plan of givenPlans) draft.update('plan', plan, planCheck(planVersions, plan.id));
      return { ...indicator, version };
    });
  }

  listScenarios = () => this.list('scenario');
  insertScenario = (item: ListItems['scenario'], position?: number) =>
    this.insert('scenario', item, position);
  updateScenario = (item: ListItems['scenario'], check?: WriteCheck) => this.update('scenario', item, check);
  deleteScenario = (id: string, check?: WriteCheck) => this.remove('scenario', id, check);

  writeBatch(prepare: (current: Workspace) => readonly BatchWrite[]): Promise<number> {
    return this.write((draft) => {
      const writes = copy(prepare(copy(draft.workspace())));
      for (const write of writes) applyBatchWrite(draft, write);
      return writes.length;
    });
  }

  versions(kind: RecordKind): Promise<Map<string, RecordVersion>> {
    // By id, as the file lists them.
    const byId = (a: [string, RecordVersion], b: [string, RecordVersion]) =>
      a[0] < b[0] ? -1 : a[0] > b[0] ? 1 : 0;
    return this.read((stored) => new Map([...(stored.versions.get(kind) ?? [])].sort(byId)));
  }

  audit(query: AuditQuery = {}): Promise<AuditEvent[]> {
    return this.withClient((client) => readAuditEvents(client, query));
  }

  async close(): Promise<void> {
    if (this.shared.closed === true) return;
    this.shared.closed = true;
    await this.shared.pool.end();
  }
}
