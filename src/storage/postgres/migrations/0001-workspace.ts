import type { PostgresMigration } from './migration';

/*
 * The workspace in a team database (issue 17).
 *
 * `records` holds every record as one row: its kind, id, place in its list and its
 * model-form body as `json` (text kept exactly as written, unlike `jsonb`). The single
 * records (settings, procurement) have the id 'workspace' and position 0. Unlike the
 * workspace file's one table per entity, the body is opaque to SQL: every write loads
 * the workspace, applies the change in memory with the file's checks, and writes back
 * only the rows that changed (src/storage/postgres/backend.ts), under one lock.
 *
 * `record_versions` and `audit_events` mean what they mean in the workspace file
 * (src/storage/migrations/0110-versions-audit.ts). The trail is append-only for every
 * role: triggers refuse UPDATE, DELETE and TRUNCATE. docs/team.md adds the grants that
 * keep the application's role from dropping them.
 *
 * `workspace_meta.revision` goes up by one with every write, so a reader can tell
 * whether the workspace it holds in memory is still the current one.
 */
const KINDS = `'cooperative', 'fundingStream', 'plan', 'indicator', 'scenario', 'settings', 'procurement'`;

const SQL = `
CREATE TABLE workspace_meta (
  id integer PRIMARY KEY CHECK (id = 1),
  created_at timestamptz NOT NULL DEFAULT date_trunc('milliseconds', clock_timestamp()),
  last_saved_at timestamptz,
  revision bigint NOT NULL DEFAULT 0 CHECK (revision >= 0)
);
INSERT INTO workspace_meta (id) VALUES (1);

CREATE TABLE records (
  kind text NOT NULL CHECK (kind IN (${KINDS})),
  id text NOT NULL CHECK (length(id) BETWEEN 1 AND 200),
  position integer NOT NULL CHECK (position >= 0),
  body json NOT NULL,
  PRIMARY KEY (kind, id),
  -- Positions are 0..n-1 in each list; checked at commit, as a move shifts several rows.
  CONSTRAINT records_position_unique UNIQUE (kind, position) DEFERRABLE INITIALLY DEFERRED
);

CREATE TABLE record_versions (
  entity text NOT NULL CHECK (entity IN (${KINDS})),
  id text NOT NULL CHECK (length(id) BETWEEN 1 AND 200),
  version integer NOT NULL CHECK (version >= 1),
  changed_at timestamptz NOT NULL,
  changed_by text NOT NULL CHECK (length(changed_by) <= 200),
  PRIMARY KEY (entity, id)
);

CREATE TABLE audit_events (
  seq bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
  at timestamptz NOT NULL,
  user_name text NOT NULL CHECK (length(user_name) <= 200),
  operation text NOT NULL CHECK (length(operation) BETWEEN 1 AND 200),
  entity text NOT NULL CHECK (entity IN (${KINDS})),
  id text NOT NULL CHECK (length(id) BETWEEN 1 AND 200),
  before_value json,
  after_value json,
  CHECK (before_value IS NOT NULL OR after_value IS NOT NULL)
);
CREATE INDEX audit_events_record ON audit_events (entity, id, seq);
CREATE INDEX audit_events_at ON audit_events (at, seq);

CREATE FUNCTION audit_events_append_only() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  RAISE EXCEPTION 'audit_events is append-only' USING ERRCODE = 'insufficient_privilege';
END;
$$;
CREATE TRIGGER audit_events_no_update BEFORE UPDATE OR DELETE ON audit_events
  FOR EACH ROW EXECUTE FUNCTION audit_events_append_only();
CREATE TRIGGER audit_events_no_truncate BEFORE TRUNCATE ON audit_events
  FOR EACH STATEMENT EXECUTE FUNCTION audit_events_append_only();
REVOKE UPDATE, DELETE, TRUNCATE ON audit_events FROM PUBLIC;
`;

export const workspace: PostgresMigration = {
  version: 1,
  name: 'workspace',
  async up(client) {
    await client.query(SQL);
  },
};
