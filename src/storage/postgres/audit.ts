import type pg from 'pg';
import type { AuditEvent, AuditQuery, RecordKind } from '../backend';

interface EventRow {
  seq: string;
  at: Date;
  user_name: string;
  operation: string;
  entity: RecordKind;
  id: string;
  before_value: unknown;
  after_value: unknown;
}

/** A `since` that is not a time cannot match the file's text comparison either: it is refused here. */
function sinceTime(since: string | undefined): string | null {
  if (since === undefined) return null;
  if (Number.isNaN(Date.parse(since))) throw new RangeError(`audit: "since" is not a time: ${since}`);
  return since;
}

/** The trail, oldest first, narrowed by the query's time (UTC), kind and id (as record-log.ts's readAudit). */
export async function readAuditEvents(client: pg.ClientBase, query: AuditQuery): Promise<AuditEvent[]> {
  const result = await client.query<EventRow>(
    `SELECT seq, at, user_name, operation, entity, id, before_value, after_value FROM audit_events
     WHERE ($1::timestamptz IS NULL OR at >= $1::timestamptz) AND ($2::text IS NULL OR entity = $2)
       AND ($3::text IS NULL OR id = $3)
     ORDER BY seq`,
    [sinceTime(query.since), query.entity ?? null, query.id ?? null],
  );
  return result.rows.map((row) => ({
    seq: Number(row.seq),
    at: row.at.toISOString(),
    user: row.user_name,
    operation: row.operation,
    entity: row.entity,
    id: row.id,
    before: row.before_value,
    after: row.after_value,
  }));
}
