import type { Migration } from './migration';

/*
 * Procurement as a flywheel (issue 15, point 6): the municipality's relevant purchasing
 * volume per year, the contracts it awarded to cooperatives (reserved or not, with the
 * Social Return realised), the contribution margin the scenario lever counts, and each
 * scenario's target share of purchasing awarded to cooperatives.
 *
 * As in 0010 and 0030, limits are written out literally: this migration must build the same
 * tables forever. The section is optional in the format: no `procurement` row means the
 * workspace has none, so a file migrated from 90 reads exactly as before. Volumes and
 * contracts hang off that single row and go with it. A contract's cooperative and plan are
 * RESTRICTed: the store refuses to delete either while a contract names it (in-use).
 */

const CENTS = 'BETWEEN 0 AND 100000000000000';
const YEAR = 'BETWEEN 1800 AND 2200';
const FRACTION = 'BETWEEN 0 AND 1';
const TEXT = 'BETWEEN 0 AND 2000';

const CREATE = `
CREATE TABLE procurement (
  id INTEGER NOT NULL PRIMARY KEY CHECK (id = 1),
  volume_source TEXT NOT NULL CHECK (length(volume_source) ${TEXT}),
  contribution_margin REAL NOT NULL CHECK (contribution_margin ${FRACTION})
) STRICT;

CREATE TABLE procurement_volumes (
  procurement_id INTEGER NOT NULL DEFAULT 1 REFERENCES procurement (id) ON DELETE CASCADE,
  year INTEGER NOT NULL PRIMARY KEY CHECK (year ${YEAR}),
  amount_cents INTEGER NOT NULL CHECK (amount_cents ${CENTS})
) STRICT;

CREATE TABLE procurement_contracts (
  procurement_id INTEGER NOT NULL DEFAULT 1 REFERENCES procurement (id) ON DELETE CASCADE,
  position INTEGER NOT NULL PRIMARY KEY CHECK (position >= 0),
  year INTEGER NOT NULL CHECK (year ${YEAR}),
  cooperative_id TEXT NOT NULL REFERENCES cooperatives (id) ON DELETE RESTRICT,
  plan_id TEXT REFERENCES plans (id) ON DELETE RESTRICT,
  description TEXT NOT NULL CHECK (length(description) ${TEXT}),
  amount_cents INTEGER NOT NULL CHECK (amount_cents ${CENTS}),
  reserved INTEGER NOT NULL CHECK (reserved IN (0, 1)),
  social_return_cents INTEGER NOT NULL CHECK (social_return_cents ${CENTS})
) STRICT;

CREATE INDEX procurement_volumes_procurement ON procurement_volumes (procurement_id);
CREATE INDEX procurement_contracts_procurement ON procurement_contracts (procurement_id);
CREATE INDEX procurement_contracts_cooperative ON procurement_contracts (cooperative_id);
CREATE INDEX procurement_contracts_plan ON procurement_contracts (plan_id);

ALTER TABLE scenarios ADD COLUMN procurement_share REAL
  CHECK (procurement_share IS NULL OR procurement_share ${FRACTION});
`;

export const procurement: Migration = {
  version: 100,
  name: 'procurement',
  up(db) {
    db.exec(CREATE);
  },
};
