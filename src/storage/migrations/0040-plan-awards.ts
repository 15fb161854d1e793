import type { Migration } from './migration';

/*
 * Applications and awards (issue 14): per plan, one row per funding stream applied to,
 * with the decision (beschikking) and when it must be accounted for; on each stream its
 * usual decision time and the closing date of its application round.
 *
 * As in 0010 and 0030, enum lists and limits are written out literally: this migration
 * must build the same tables forever. The table CHECKs mirror the model's rules
 * (src/model/award.ts); the one-award-per-stream rule is the UNIQUE constraint.
 */

const CENTS = 'BETWEEN 0 AND 100000000000000';
const TEXT = 'BETWEEN 0 AND 2000';
const DECIDED = "('granted','settled')";

/** `YYYY-MM-DD` of a day that exists (date() normalises 02-30 to 03-02), years 1800..2200. */
function isoDate(column: string): string {
  return `length(${column}) = 10 AND ${column} GLOB '[0-9][0-9][0-9][0-9]-[0-9][0-9]-[0-9][0-9]'
    AND date(${column}) IS ${column} AND substr(${column}, 1, 4) BETWEEN '1800' AND '2200'`;
}

/*
 * A stream with awards cannot be deleted (RESTRICT, as for locked amounts); the awards
 * of a plan go with the plan (CASCADE). Awards are kept in the user's order (position).
 */
const PLAN_AWARDS = `
CREATE TABLE plan_awards (
  plan_id TEXT NOT NULL REFERENCES plans (id) ON DELETE CASCADE,
  position INTEGER NOT NULL CHECK (position >= 0),
  stream_id TEXT NOT NULL REFERENCES funding_streams (id) ON DELETE RESTRICT,
  status TEXT NOT NULL CHECK (status IN ('idea','applied','granted','refused','settled')),
  requested_cents INTEGER CHECK (requested_cents ${CENTS}),
  granted_cents INTEGER CHECK (granted_cents ${CENTS}),
  applied_on TEXT CHECK (${isoDate('applied_on')}),
  decided_on TEXT CHECK (${isoDate('decided_on')}),
  reference TEXT CHECK (length(reference) ${TEXT}),
  report_due TEXT CHECK (${isoDate('report_due')}),
  note TEXT CHECK (length(note) ${TEXT}),
  PRIMARY KEY (plan_id, position),
  UNIQUE (plan_id, stream_id),
  CHECK (status NOT IN ${DECIDED} OR granted_cents IS NOT NULL AND decided_on IS NOT NULL),
  CHECK (status IN ${DECIDED} OR granted_cents IS NULL),
  CHECK (NOT decided_on < applied_on)
) STRICT;
CREATE INDEX plan_awards_by_stream ON plan_awards (stream_id);

ALTER TABLE funding_streams ADD COLUMN decision_weeks INTEGER CHECK (decision_weeks BETWEEN 1 AND 104);
ALTER TABLE funding_streams ADD COLUMN application_deadline TEXT CHECK (${isoDate('application_deadline')});
`;

export const planAwards: Migration = {
  version: 40,
  name: 'plan-awards',
  up(db) {
    db.exec(PLAN_AWARDS);
  },
};
