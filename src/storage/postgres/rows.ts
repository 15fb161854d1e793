/**
 * The team database's rows in and out: the whole stored workspace read in one snapshot,
 * and a write's result put back as the few rows that changed (records, versions), its
 * audit events appended, the revision raised and its change notices queued (NOTIFY is
 * delivered at commit). Every statement binds its values; JSON arrays carry many rows.
 */
import type pg from 'pg';
import type { RecordKind, RecordVersion, Writer } from '../backend';
import type { RecordChange } from '../record-values';
import { LIST_KINDS, type ListKind, type StoredWorkspace } from './draft';

/** The channel of change notices: `{entity, id, version}` JSON, or `{entity: 'workspace', ...}` for many. */
export const CHANGES_CHANNEL = 'coopfolio_changes';

/** Above this many changes one write sends one notice for the whole workspace instead. */
const MAX_NOTICES = 100;

interface RecordRow {
  kind: RecordKind;
  id: string;
  body: unknown;
}

interface VersionRow {
  entity: RecordKind;
  id: string;
  version: number;
  changed_at: Date;
  changed_by: string;
}

/** Everything stored; call inside one snapshot (REPEATABLE READ, or after the write lock). */
export async function readStored(client: pg.ClientBase): Promise<StoredWorkspace> {
  const records = await client.query<RecordRow>('SELECT kind, id, body FROM records ORDER BY kind, position');
  const versionRows = await client.query<VersionRow>(
    'SELECT entity, id, version, changed_at, changed_by FROM record_versions',
  );
  const lists: Record<ListKind, unknown[]> = {
    cooperative: [],
    fundingStream: [],
    plan: [],
    indicator: [],
    scenario: [],
  };
  let settings: unknown;
  let procurement: unknown;
  for (const row of records.rows) {
    if (row.kind === 'settings') settings = row.body;
    else if (row.kind === 'procurement') procurement = row.body;
    else lists[row.kind].push(row.body);
  }
  const versions = new Map<RecordKind, Map<string, RecordVersion>>();
  for (const row of versionRows.rows) {
    let byId = versions.get(row.entity);
    if (byId === undefined) versions.set(row.entity, (byId = new Map()));
    byId.set(row.id, {
      version: row.version,
      changedAt: row.changed_at.toISOString(),
      changedBy: row.changed_by,
    });
  }
  // The bodies were written from the model by this code (writeChanges); they are read back as such.
  return { settings, procurement, lists, versions } as StoredWorkspace;
}

interface RecordWrite {
  kind: RecordKind;
  id: string;
  position: number;
  body: string;
}

/** The record rows to write and delete: only those whose body or place changed. */
function recordDiff(
  base: StoredWorkspace,
  next: StoredWorkspace,
): { upserts: RecordWrite[]; deletes: { kind: RecordKind; id: string }[] } {
  const upserts: RecordWrite[] = [];
  const deletes: { kind: RecordKind; id: string }[] = [];
  for (const kind of LIST_KINDS) {
    const before = new Map<string, { item: unknown; position: number }>(
      base.lists[kind].map((item, position) => [item.id, { item, position }]),
    );
    next.lists[kind].forEach((item, position) => {
      const old = before.get(item.id);
      before.delete(item.id);
      if (old === undefined || old.item !== item || old.position !== position) {
        upserts.push({ kind, id: item.id, position, body: JSON.stringify(item) });
      }
    });
    for (const id of before.keys()) deletes.push({ kind, id });
  }
  for (const kind of ['settings', 'procurement'] as const) {
    const [old, now] = [base[kind], next[kind]];
    if (old === now) continue;
    if (now === undefined) deletes.push({ kind, id: 'workspace' });
    else upserts.push({ kind, id: 'workspace', position: 0, body: JSON.stringify(now) });
  }
  return { upserts, deletes };
}

/** The version rows to write and delete: those the write raised or ended. */
function versionDiff(base: StoredWorkspace, next: StoredWorkspace, changed: readonly RecordChange[]) {
  const upserts: {
    entity: RecordKind;
    id: string;
    version: number;
    changed_at: string;
    changed_by: string;
  }[] = [];
  const deletes: { entity: RecordKind; id: string }[] = [];
  const seen = new Set<string>();
  for (const { entity, id } of changed) {
    const key = `${entity}\u0000${id}`;
    if (seen.has(key)) continue;
    seen.add(key);
    const now = next.versions.get(entity)?.get(id);
    if (now === undefined) {
      if (base.versions.get(entity)?.has(id) === true) deletes.push({ entity, id });
    } else {
      upserts.push({
        entity,
        id,
        version: now.version,
        changed_at: now.changedAt,
        changed_by: now.changedBy,
      });
    }
  }
  return { upserts, deletes };
}

export interface WriteFacts {
  readonly at: string;
  readonly writer: Writer;
  readonly events: readonly RecordChange[];
  readonly notices: readonly { entity: RecordKind; id: string; version: number }[];
  /** The revision the write starts from (read under the write lock). */
  readonly revision: number;
}

/**
 * Everything a write changes, in one statement (one round trip): its data-modifying parts
 * touch disjoint rows, and the revision and change notices go with them.
 */
const WRITE_CHANGES = `
WITH
  record_deletes AS (
    DELETE FROM records r USING json_to_recordset($1::json) AS x(kind text, id text)
    WHERE r.kind = x.kind AND r.id = x.id),
  record_upserts AS (
    INSERT INTO records (kind, id, position, body)
    SELECT x.kind, x.id, x.position, x.body::json
    FROM json_to_recordset($2::json) AS x(kind text, id text, position integer, body text)
    ON CONFLICT (kind, id) DO UPDATE SET position = excluded.position, body = excluded.body),
  version_deletes AS (
    DELETE FROM record_versions v USING json_to_recordset($3::json) AS x(entity text, id text)
    WHERE v.entity = x.entity AND v.id = x.id),
  version_upserts AS (
    INSERT INTO record_versions (entity, id, version, changed_at, changed_by)
    SELECT * FROM json_to_recordset($4::json)
      AS x(entity text, id text, version integer, changed_at timestamptz, changed_by text)
    ON CONFLICT (entity, id) DO UPDATE SET version = excluded.version,
      changed_at = excluded.changed_at, changed_by = excluded.changed_by),
  -- WITH ORDINALITY keeps the events' order in their sequence numbers.
  events AS (
    INSERT INTO audit_events (at, user_name, operation, entity, id, before_value, after_value)
    SELECT $5::timestamptz, $6, $7, x.entity, x.id, x.before::json, x.after::json
    FROM ROWS FROM (json_to_recordset($8::json) AS (entity text, id text, before text, after text))
      WITH ORDINALITY AS x(entity, id, before, after, n)
    ORDER BY x.n),
  meta AS (
    UPDATE workspace_meta SET revision = revision + 1, last_saved_at = $5 WHERE id = 1 RETURNING revision)
SELECT revision,
  (SELECT count(*) FROM (SELECT pg_notify($9, payload) FROM unnest($10::text[]) AS payload) AS sent) AS notices
FROM meta`;

/** Writes the difference between `base` and `next`, inside the caller's transaction. Returns the new revision. */
export async function writeChanges(
  client: pg.ClientBase,
  base: StoredWorkspace,
  next: StoredWorkspace,
  facts: WriteFacts,
): Promise<number> {
  const records = recordDiff(base, next);
  const versions = versionDiff(base, next, facts.events);
  const events = facts.events.map((event) => ({
    entity: event.entity,
    id: event.id,
    // As text, so the value is stored exactly as written and null stays NULL.
    before: event.before === null ? null : JSON.stringify(event.before),
    after: event.after === null ? null : JSON.stringify(event.after),
  }));
  const nextRevision = facts.revision + 1;
  const notices =
    facts.notices.length <= MAX_NOTICES
      ? facts.notices.map((notice) => JSON.stringify(notice))
      : [JSON.stringify({ entity: 'workspace', id: 'workspace', version: nextRevision })];
  const result = await client.query<{ revision: string }>(WRITE_CHANGES, [
    JSON.stringify(records.deletes),
    JSON.stringify(records.upserts),
    JSON.stringify(versions.deletes),
    JSON.stringify(versions.upserts),
    facts.at,
    facts.writer.user,
    facts.writer.operation,
    JSON.stringify(events),
    CHANGES_CHANNEL,
    notices,
  ]);
  const revision = Number(result.rows[0]?.revision);
  // The lock makes this certain; should it ever not hold, the kept workspace must not be trusted.
  if (revision !== nextRevision)
    throw new Error(`revision ${revision} after ${facts.revision}: writes were not serialised`);
  return revision;
}
