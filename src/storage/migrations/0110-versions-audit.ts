import type { Migration } from './migration';

/*
 * Versions and the audit trail (issue 17, points 4 and 5).
 *
 * `record_versions` keeps, for every record (cooperative, funding stream, plan, indicator,
 * scenario, and the single records `settings` and `procurement` under the id 'workspace'),
 * the version its next write must expect and who last changed it when. It is kept apart
 * from the record tables on purpose: those are deleted and rewritten whole by `replace`,
 * and the versions of the records that did not change must survive that.
 *
 * `audit_events` is the trail: one row per record changed, with the record's exchange-
 * format values before and after (JSON text; NULL before a create and after a delete).
 * `seq` is the rowid: SQLite hands out one above the highest, and as no row can ever be
 * deleted (the triggers make the table append-only for every program that opens the file,
 * not just for Coopfolio) a number is never reused. AUTOINCREMENT would add the non-STRICT
 * table sqlite_sequence for nothing.
 *
 * The records a file already holds get version 1, changed at the file's last save by
 * 'local' (the desktop's writer); their history starts here. As in 0010, limits are
 * written out literally: this migration must build the same tables forever.
 */

const ENTITIES = `'cooperative', 'fundingStream', 'plan', 'indicator', 'scenario', 'settings', 'procurement'`;

const CREATE = `
CREATE TABLE record_versions (
  entity TEXT NOT NULL CHECK (entity IN (${ENTITIES})),
  id TEXT NOT NULL CHECK (length(id) BETWEEN 1 AND 200),
  version INTEGER NOT NULL CHECK (version >= 1),
  changed_at TEXT NOT NULL CHECK (length(changed_at) BETWEEN 20 AND 40),
  changed_by TEXT NOT NULL CHECK (length(changed_by) <= 200),
  PRIMARY KEY (entity, id)
) STRICT;

CREATE TABLE audit_events (
  seq INTEGER NOT NULL PRIMARY KEY,
  at TEXT NOT NULL CHECK (length(at) BETWEEN 20 AND 40),
  user_name TEXT NOT NULL CHECK (length(user_name) <= 200),
  operation TEXT NOT NULL CHECK (length(operation) BETWEEN 1 AND 200),
  entity TEXT NOT NULL CHECK (entity IN (${ENTITIES})),
  id TEXT NOT NULL CHECK (length(id) BETWEEN 1 AND 200),
  before_value TEXT CHECK (before_value IS NULL OR json_valid(before_value)),
  after_value TEXT CHECK (after_value IS NULL OR json_valid(after_value)),
  CHECK (before_value IS NOT NULL OR after_value IS NOT NULL)
) STRICT;

CREATE INDEX audit_events_record ON audit_events (entity, id, seq);
CREATE INDEX audit_events_at ON audit_events (at, seq);

CREATE TRIGGER audit_events_no_update BEFORE UPDATE ON audit_events
BEGIN
  SELECT RAISE(ABORT, 'audit_events is append-only');
END;

CREATE TRIGGER audit_events_no_delete BEFORE DELETE ON audit_events
BEGIN
  SELECT RAISE(ABORT, 'audit_events is append-only');
END;
`;

/** When the records already in the file last changed, as far as the file knows. */
const LAST_SAVE = `coalesce(
  (SELECT coalesce(last_saved_at, created_at) FROM meta WHERE id = 1),
  strftime('%Y-%m-%dT%H:%M:%fZ', 'now'))`;

const BACKFILL = `
INSERT INTO record_versions (entity, id, version, changed_at, changed_by)
  SELECT 'cooperative', id, 1, ${LAST_SAVE}, 'local' FROM cooperatives
  UNION ALL SELECT 'fundingStream', id, 1, ${LAST_SAVE}, 'local' FROM funding_streams
  UNION ALL SELECT 'plan', id, 1, ${LAST_SAVE}, 'local' FROM plans
  UNION ALL SELECT 'indicator', id, 1, ${LAST_SAVE}, 'local' FROM indicators
  UNION ALL SELECT 'scenario', id, 1, ${LAST_SAVE}, 'local' FROM scenarios
  UNION ALL SELECT 'settings', 'workspace', 1, ${LAST_SAVE}, 'local' FROM settings
  UNION ALL SELECT 'procurement', 'workspace', 1, ${LAST_SAVE}, 'local' FROM procurement;
`;

export const versionsAudit: Migration = {
  version: 110,
  name: 'versions-audit',
  up(db) {
    db.exec(CREATE);
    db.exec(BACKFILL);
  },
};
