/**
 * Versions and the audit trail of a workspace file (tables `record_versions` and
 * `audit_events`, migration 0110). Every write of the store goes through `recordChange`
 * inside its own transaction, so a record's new version, its event and the change itself
 * commit together or not at all.
 */
import {
  type AuditEvent,
  type AuditQuery,
  type RecordKind,
  type RecordVersion,
  type WriteCheck,
  type Writer,
} from './backend';
import { assertNotStale } from './stale-write';
import type { ReadDb, WriteDb } from './sql';

/** Who writes, and the time of the write's transaction (one time for all its changes). */
export interface WriteStamp {
  readonly at: string;
  readonly writer: Writer;
}

interface VersionRow {
  id: string;
  version: number;
  changed_at: string;
  changed_by: string;
}

function fromRow(row: VersionRow): RecordVersion {
  return { version: row.version, changedAt: row.changed_at, changedBy: row.changed_by };
}

export function versionOf(db: ReadDb, entity: RecordKind, id: string): RecordVersion | undefined {
  const row = db
    .prepare<[string, string], VersionRow>('SELECT * FROM record_versions WHERE entity = ? AND id = ?')
    .get(entity, id);
  return row === undefined ? undefined : fromRow(row);
}

export function readVersions(db: ReadDb, entity: RecordKind): Map<string, RecordVersion> {
  const rows = db
    .prepare<[string], VersionRow>('SELECT * FROM record_versions WHERE entity = ? ORDER BY id')
    .all(entity);
  return new Map(rows.map((row) => [row.id, fromRow(row)]));
}

/**
 * Refuses the write (`conflict`) when the caller saw another version than the stored one,
 * naming who changed the record and when. A record without a version row stands at 0:
 * a single record (procurement) that never existed.
 */
export function checkVersion(
  db: ReadDb,
  file: string,
  entity: RecordKind,
  id: string,
  check: WriteCheck | undefined,
): void {
  assertNotStale(file, entity, id, versionOf(db, entity, id), check);
}

/** Records without a list of their own, kept under one id; their version survives a removal. */
function isSingle(entity: RecordKind): boolean {
  return entity === 'settings' || entity === 'procurement';
}

/**
 * Records one change of one record: its version starts at 1 (created), goes up by one
 * (changed), or ends (deleted; a single record keeps counting instead, so a stale write to
 * a removed section is still refused), and one event is appended. `before` and `after`
 * are exchange values (record-values.ts), null for "none". Returns the new version.
 */
export function recordChange(
  db: WriteDb,
  stamp: WriteStamp,
  entity: RecordKind,
  id: string,
  before: unknown,
  after: unknown,
): number {
  const single = isSingle(entity);
  let version = 0;
  if (after === null && !single) {
    db.prepare<[string, string]>('DELETE FROM record_versions WHERE entity = ? AND id = ?').run(entity, id);
  } else {
    version = before === null && !single ? 1 : (versionOf(db, entity, id)?.version ?? 0) + 1;
    db.prepare<[string, string, number, string, string]>(
      `INSERT INTO record_versions (entity, id, version, changed_at, changed_by) VALUES (?, ?, ?, ?, ?)
       ON CONFLICT (entity, id) DO UPDATE SET version = excluded.version,
         changed_at = excluded.changed_at, changed_by = excluded.changed_by`,
    ).run(entity, id, version, stamp.at, stamp.writer.user);
  }
  db.prepare<[string, string, string, string, string, string | null, string | null]>(
    `INSERT INTO audit_events (at, user_name, operation, entity, id, before_value, after_value)
     VALUES (?, ?, ?, ?, ?, ?, ?)`,
  ).run(
    stamp.at,
    stamp.writer.user,
    stamp.writer.operation,
    entity,
    id,
    before === null ? null : JSON.stringify(before),
    after === null ? null : JSON.stringify(after),
  );
  return version;
}

interface EventRow {
  seq: number;
  at: string;
  user_name: string;
  operation: string;
  entity: RecordKind;
  id: string;
  before_value: string | null;
  after_value: string | null;
}

function parsed(value: string | null): unknown {
  return value === null ? null : JSON.parse(value);
}

/**
 * `since` as the trail stores times (UTC, ISO 8601 with milliseconds), so a text comparison
 * orders them: '2026-12-08' is midnight UTC, '2026-12-08T10:00+01:00' nine o'clock UTC, and
 * a time without a zone is UTC (as the team database reads it). Not a time: refused, as
 * the team database refuses it, rather than compared as text.
 */
function sinceUtc(since: string | undefined): string | null {
  if (since === undefined) return null;
  const zoneless = /T\d\d:\d\d(:\d\d(\.\d+)?)?$/.test(since);
  const time = new Date(zoneless ? `${since}Z` : since);
  if (Number.isNaN(time.getTime())) throw new RangeError(`audit: "since" is not a time: ${since}`);
  return time.toISOString();
}

/** The trail, oldest first, narrowed by the query's time, kind and id. */
export function readAudit(db: ReadDb, query: AuditQuery = {}): AuditEvent[] {
  const rows = db
    .prepare<{ since: string | null; entity: string | null; id: string | null }, EventRow>(
      `SELECT * FROM audit_events
       WHERE (@since IS NULL OR at >= @since) AND (@entity IS NULL OR entity = @entity)
         AND (@id IS NULL OR id = @id)
       ORDER BY seq`,
    )
    .all({ since: sinceUtc(query.since), entity: query.entity ?? null, id: query.id ?? null });
  return rows.map((row) => ({
    seq: row.seq,
    at: row.at,
    user: row.user_name,
    operation: row.operation,
    entity: row.entity,
    id: row.id,
    before: parsed(row.before_value),
    after: parsed(row.after_value),
  }));
}
