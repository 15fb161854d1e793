import type { Migration } from './migration';

/*
 * Impact in absolute outputs (issue 14, workspace format version 2): an impact line
 * stores what the cooperative delivers (`output`, with an optional unit of its own)
 * instead of a share of the city (`annual`), and an indicator stores the city total
 * its lines are divided by (the denominator), where its baseline comes from and when
 * that monitor was read, and where its threshold comes from.
 *
 * Existing rows keep every projected value: a line's `annual` becomes its `output`
 * unchanged, and no indicator gets a denominator, so the projection divides by 1 just
 * as a version-1 JSON file upgraded on import does (src/model/upgrade.ts).
 *
 * As in 0010, limits are written out literally: this migration must build the same
 * tables forever. RENAME COLUMN also renames the column inside its CHECK.
 */

const YEAR = 'BETWEEN 1800 AND 2200';
const FINITE = 'BETWEEN -1.7976931348623157e308 AND 1.7976931348623157e308';
const NAME = 'BETWEEN 1 AND 200';
const TEXT = 'BETWEEN 0 AND 2000';

/** `YYYY-MM-DD` of a day that exists (date() normalises 02-30 to 03-02), years 1800..2200. */
function isoDate(column: string): string {
  return `length(${column}) = 10 AND ${column} GLOB '[0-9][0-9][0-9][0-9]-[0-9][0-9]-[0-9][0-9]'
    AND date(${column}) IS ${column} AND substr(${column}, 1, 4) BETWEEN '1800' AND '2200'`;
}

/*
 * The denominator's four columns are all set or all NULL: its value column says so for
 * the other three (a CHECK added with ADD COLUMN may name other columns of the row).
 */
const SQL = `
ALTER TABLE impact_lines RENAME COLUMN annual TO output;
ALTER TABLE impact_lines ADD COLUMN output_unit TEXT CHECK (length(output_unit) ${NAME});

ALTER TABLE indicators ADD COLUMN baseline_source TEXT NOT NULL DEFAULT ''
  CHECK (length(baseline_source) ${TEXT});
ALTER TABLE indicators ADD COLUMN baseline_date TEXT CHECK (${isoDate('baseline_date')});
ALTER TABLE indicators ADD COLUMN threshold_source TEXT NOT NULL DEFAULT ''
  CHECK (length(threshold_source) ${TEXT});
ALTER TABLE indicators ADD COLUMN denominator_unit TEXT CHECK (length(denominator_unit) ${NAME});
ALTER TABLE indicators ADD COLUMN denominator_source TEXT CHECK (length(denominator_source) ${TEXT});
ALTER TABLE indicators ADD COLUMN denominator_year INTEGER CHECK (denominator_year ${YEAR});
ALTER TABLE indicators ADD COLUMN denominator_value REAL CHECK (
  denominator_value > 0 AND denominator_value ${FINITE}
  AND (denominator_value IS NULL) = (denominator_unit IS NULL)
  AND (denominator_value IS NULL) = (denominator_source IS NULL)
  AND (denominator_value IS NULL) = (denominator_year IS NULL)
);
`;

export const impactOutputs: Migration = {
  version: 50,
  name: 'impact-outputs',
  up(db) {
    db.exec(SQL);
  },
};
