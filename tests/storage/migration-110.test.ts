import Database from 'better-sqlite3';
import { copyFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { openWorkspaceStore } from '../../src/storage';
import { migrate } from '../../src/storage/migrate';
import { MIGRATIONS } from '../../src/storage/migrations';
import { tempFolders } from './builders';

/*
 * Schema 110 keeps a version per record (`record_versions`) and the audit trail
 * (`audit_events`, append-only). A file from before it gets version 1 for every record it
 * holds, changed at its last save by 'local', and an empty trail.
 */
const FIXTURES = join(import.meta.dirname, '..', 'fixtures', 'storage');
const folders = tempFolders();
afterEach(() => folders.cleanup());

function atSchema100(): Database.Database {
  const db = new Database(join(folders.make(), 'old.sqlite'));
  db.pragma('foreign_keys = ON');
  migrate(
    db,
    MIGRATIONS.filter((m) => m.version <= 100),
  );
  return db;
}

describe('migration 110 (versions and audit trail)', () => {
  it('gives every record of an older file version 1 at its last save, with an empty trail', () => {
    const file = join(folders.make(), 'v10.coopfolio');
    copyFileSync(join(FIXTURES, 'v10.coopfolio'), file);
    const store = openWorkspaceStore(file);
    try {
      const workspace = store.load();
      const lastSave = { version: 1, changedAt: '2026-02-01T12:30:00.000Z', changedBy: 'local' };
      const ids = (map: Map<string, unknown>) => [...map.keys()].sort();
      expect(ids(store.versions('cooperative'))).toEqual(workspace.cooperatives.map((c) => c.id).sort());
      expect(ids(store.versions('fundingStream'))).toEqual(workspace.fundingStreams.map((s) => s.id).sort());
      expect(ids(store.versions('plan'))).toEqual(workspace.plans.map((p) => p.id).sort());
      expect(ids(store.versions('indicator'))).toEqual(workspace.indicators.map((i) => i.id).sort());
      expect(ids(store.versions('scenario'))).toEqual(workspace.scenarios.map((s) => s.id).sort());
      expect([...store.versions('settings')]).toEqual([['workspace', lastSave]]);
      expect(store.versions('procurement').size).toBe(0);
      for (const version of store.versions('plan').values()) expect(version).toEqual(lastSave);
      expect(store.audit()).toEqual([]);
    } finally {
      store.close();
    }
  });

  it('uses the creation time when the file was never saved, and versions a procurement section', () => {
    const db = atSchema100();
    db.exec(`INSERT INTO meta (id, app_name, created_at, last_saved_at)
      VALUES (1, 'coopfolio', '2026-03-01T08:00:00.000Z', NULL)`);
    db.exec("INSERT INTO procurement (id, volume_source, contribution_margin) VALUES (1, '', 0.15)");
    expect(migrate(db)).toEqual([110]);
    expect(db.prepare('SELECT * FROM record_versions').all()).toEqual([
      {
        entity: 'procurement',
        id: 'workspace',
        version: 1,
        changed_at: '2026-03-01T08:00:00.000Z',
        changed_by: 'local',
      },
    ]);
    db.close();
  });

  it('keeps the trail append-only for any program that opens the file', () => {
    const db = atSchema100();
    migrate(db);
    db.exec(`INSERT INTO audit_events (at, user_name, operation, entity, id, before_value, after_value)
      VALUES ('2026-03-01T08:00:00.000Z', 'joost', 'plans.update', 'plan', 'zon', '{"a":1}', '{"a":2}')`);
    expect(() => db.exec("UPDATE audit_events SET user_name = 'iemand'")).toThrow(/append-only/);
    expect(() => db.exec('DELETE FROM audit_events')).toThrow(/append-only/);
    expect(db.prepare('SELECT user_name FROM audit_events').pluck().all()).toEqual(['joost']);
    // An event records a change: it has a before or an after, and both are JSON.
    const event = (before: string | null, after: string | null) => () =>
      db
        .prepare(
          `INSERT INTO audit_events (at, user_name, operation, entity, id, before_value, after_value)
           VALUES ('2026-03-01T08:00:00.000Z', 'joost', 'plans.update', 'plan', 'zon', ?, ?)`,
        )
        .run(before, after);
    expect(event(null, null)).toThrow(/CHECK/);
    expect(event('{not json', null)).toThrow(/CHECK/);
    expect(event(null, '{}')).not.toThrow();
    expect(() =>
      db.exec(`INSERT INTO record_versions VALUES ('banana', 'x', 1, '2026-03-01T08:00:00.000Z', 'joost')`),
    ).toThrow(/CHECK/);
    expect(() =>
      db.exec(`INSERT INTO record_versions VALUES ('plan', 'x', 0, '2026-03-01T08:00:00.000Z', 'joost')`),
    ).toThrow(/CHECK/);
    db.close();
  });
});
