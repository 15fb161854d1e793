import type { Migration } from './migration';

/*
 * De-siloing (issue 15, ontschotting): the silos a scenario pools, in the user's order,
 * and a cost line's own sector, which a stream's sector rule checks instead of the
 * cooperative's.
 *
 * A scenario without rows here does not pool (the model requires two silos or none), and
 * a cost line's sector is NULL when it has none of its own, so a file opened from an
 * older schema exports byte for byte as before. A silo is a slug on the streams, not a
 * table of its own, so no foreign key can check it; the workspace schema does
 * (`unknownSilo`). As in 0010, the sector list is written out literally: this migration
 * must build the same column forever.
 */
const SECTORS = `'energy','care','food','housing','mobility','cleaning','circular','culture','other'`;

const SLUG = `length(silo) BETWEEN 1 AND 64 AND silo GLOB '[a-z0-9]*' AND silo NOT GLOB '*[^a-z0-9-]*'`;

const SCHEMA = `
CREATE TABLE scenario_desiloing_silos (
  scenario_id TEXT NOT NULL REFERENCES scenarios (id) ON DELETE CASCADE,
  position INTEGER NOT NULL CHECK (position >= 0),
  silo TEXT NOT NULL CHECK (${SLUG}),
  PRIMARY KEY (scenario_id, silo),
  UNIQUE (scenario_id, position)
) STRICT;

ALTER TABLE cost_lines ADD COLUMN sector TEXT CHECK (sector IN (${SECTORS}));
`;

export const desiloing: Migration = {
  version: 80,
  name: 'desiloing',
  up(db) {
    db.exec(SCHEMA);
  },
};
