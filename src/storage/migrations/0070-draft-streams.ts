import type { Migration } from './migration';

/*
 * Draft funding streams (issue 14): a stream still being set up is stored as a draft
 * (concept), which no blend uses until the user marks it ready.
 *
 * As in 0010 and 0030, the flag's values are written out literally: this migration must
 * build the same column forever. Existing streams were all used by the blend before
 * this schema, so they keep DEFAULT 0 (ready): opening an older file changes no result.
 */
const ADD_COLUMNS = `
ALTER TABLE funding_streams ADD COLUMN draft INTEGER NOT NULL DEFAULT 0 CHECK (draft IN (0, 1));
`;

export const draftStreams: Migration = {
  version: 70,
  name: 'draft-streams',
  up(db) {
    db.exec(ADD_COLUMNS);
  },
};
