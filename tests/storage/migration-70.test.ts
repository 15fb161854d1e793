import Database from 'better-sqlite3';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { createWorkspaceStore } from '../../src/storage';
import { migrate } from '../../src/storage/migrate';
import { MIGRATIONS } from '../../src/storage/migrations';
import { asCents } from '../../src/model/money';
import { parsed, streamJson, tempFolders } from './builders';

/*
 * Schema 70 adds the draft (concept) flag to funding streams. Streams of an older file
 * were all used by the blend, so they must come out ready (draft = 0): opening the file
 * changes no result.
 */
const folders = tempFolders();
afterEach(() => folders.cleanup());

describe('migration 70 (draft streams)', () => {
  it('gives the streams of an older file draft = 0 and refuses any other value', () => {
    const db = new Database(join(folders.make(), 'old.sqlite'));
    db.pragma('foreign_keys = ON');
    migrate(
      db,
      MIGRATIONS.filter((m) => m.version < 70),
    );
    db.exec(`INSERT INTO funding_streams (id, position, name, silo, kind, is_public, state_aid,
      budget_mode, award_probability, has_eligibility) VALUES
      ('oud', 0, 'Oud', 'gemeente', 'grant', 1, 0, 'unlimited', 1, 0)`);
    expect(migrate(db)[0]).toBe(70);
    expect(db.prepare('SELECT draft FROM funding_streams').pluck().all()).toEqual([0]);
    expect(() => db.prepare("UPDATE funding_streams SET draft = 2 WHERE id = 'oud'").run()).toThrow(
      /CHECK constraint failed/,
    );
    db.close();
  });

  it('stores a draft stream, reads it back, and marks it ready in place', () => {
    const file = join(folders.make(), 'drafts.coopfolio');
    const workspace = parsed({
      format: 'coopfolio-workspace',
      version: 3,
      settings: { startYear: 2026 },
      fundingStreams: [streamJson('klaar'), streamJson('concept', { draft: true })],
    });
    const store = createWorkspaceStore(file, workspace);
    try {
      expect(store.listFundingStreams().map((s) => [s.id, s.draft])).toEqual([
        ['klaar', false],
        ['concept', true],
      ]);
      const concept = store.listFundingStreams()[1]!;
      store.updateFundingStream({ ...concept, draft: false, budgetPerYear: asCents(10000000) });
      expect(store.listFundingStreams()[1]).toMatchObject({ id: 'concept', draft: false });
    } finally {
      store.close();
    }
  });
});
