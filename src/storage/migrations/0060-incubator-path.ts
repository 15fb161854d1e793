import type { Migration } from './migration';

/*
 * The cooperative's path through the incubator (issue 14): who coaches it, when it was
 * taken in, the stages it went through with the day each began, and the coaching
 * hours it received per month.
 *
 * As in 0010, enum lists and limits are written out literally: this migration must
 * build the same tables forever. Every new column is nullable and both new tables
 * start empty, so existing rows read as a version-1 JSON file without these fields
 * reads: no coach, no intake date, no history, no hours.
 */

const NAME = 'BETWEEN 1 AND 200';
const STAGES = "'idea','startup','growth','mature'";
// 31 days of 24 hours.
const HOURS = 'BETWEEN 0 AND 744';

/** `YYYY-MM-DD` of a day that exists (date() normalises 02-30 to 03-02), years 1800..2200. */
function isoDate(column: string): string {
  return `length(${column}) = 10 AND ${column} GLOB '[0-9][0-9][0-9][0-9]-[0-9][0-9]-[0-9][0-9]'
    AND date(${column}) IS ${column} AND substr(${column}, 1, 4) BETWEEN '1800' AND '2200'`;
}

/** `YYYY-MM` with a month 01..12, years 1800..2200. */
function isoMonth(column: string): string {
  return `length(${column}) = 7 AND ${column} GLOB '[0-9][0-9][0-9][0-9]-[0-9][0-9]'
    AND substr(${column}, 6, 2) BETWEEN '01' AND '12' AND substr(${column}, 1, 4) BETWEEN '1800' AND '2200'`;
}

const ADD_COLUMNS = `
ALTER TABLE cooperatives ADD COLUMN coach TEXT CHECK (length(coach) ${NAME});
ALTER TABLE cooperatives ADD COLUMN intake_date TEXT CHECK (${isoDate('intake_date')});
`;

/*
 * Child tables in the user's order, deleted with their cooperative. The primary keys
 * start with cooperative_id, so they also index the foreign key. The order and
 * agreement rules of the history (dates rising, latest = cooperatives.stage) span
 * rows and tables; the model checks them before anything is written.
 */
const TABLES = `
CREATE TABLE cooperative_stages (
  cooperative_id TEXT NOT NULL REFERENCES cooperatives (id) ON DELETE CASCADE,
  position INTEGER NOT NULL CHECK (position >= 0),
  stage TEXT NOT NULL CHECK (stage IN (${STAGES})),
  from_date TEXT NOT NULL CHECK (${isoDate('from_date')}),
  PRIMARY KEY (cooperative_id, position),
  UNIQUE (cooperative_id, from_date)
) STRICT;

CREATE TABLE coaching_hours (
  cooperative_id TEXT NOT NULL REFERENCES cooperatives (id) ON DELETE CASCADE,
  position INTEGER NOT NULL CHECK (position >= 0),
  month TEXT NOT NULL CHECK (${isoMonth('month')}),
  hours REAL NOT NULL CHECK (hours ${HOURS}),
  PRIMARY KEY (cooperative_id, position),
  UNIQUE (cooperative_id, month)
) STRICT;
`;

export const incubatorPath: Migration = {
  version: 60,
  name: 'incubator-path',
  up(db) {
    db.exec(ADD_COLUMNS);
    db.exec(TABLES);
  },
};
