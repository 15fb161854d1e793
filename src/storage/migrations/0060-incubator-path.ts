import type { Migration } from './migration';

/*
 * The cooperative's path through the incubator (issue 14): who coaches it.
 *
 * As in 0010, limits are written out literally: this migration must build the same
 * tables forever. The column is nullable, so existing rows read as a version-1 JSON
 * file without a coach reads: no coach yet.
 */

const NAME = 'BETWEEN 1 AND 200';

const ADD_COLUMNS = `
ALTER TABLE cooperatives ADD COLUMN coach TEXT CHECK (length(coach) ${NAME});
`;

export const incubatorPath: Migration = {
  version: 60,
  name: 'incubator-path',
  up(db) {
    db.exec(ADD_COLUMNS);
  },
};
