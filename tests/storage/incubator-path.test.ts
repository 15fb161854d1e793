import Database from 'better-sqlite3';
import { copyFileSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { createWorkspaceStore, openWorkspaceStore, type WorkspaceStore } from '../../src/storage';
import { migrate } from '../../src/storage/migrate';
import { MIGRATIONS } from '../../src/storage/migrations';
import { cooperativeJson, cooperativeModel, minimalWorkspaceJson, parsed, tempFolders } from './builders';

/* Schema 60: the cooperative's coach, intake date, stage history and coaching hours. */

const FIXTURES = join(import.meta.dirname, '..', 'fixtures', 'storage');
const folders = tempFolders();
const open: WorkspaceStore[] = [];
afterEach(() => {
  for (const store of open.splice(0)) store.close();
  folders.cleanup();
});

const PATH = {
  coach: 'Fatma Yılmaz',
  intakeDate: '2024-01-15',
  stage: 'growth',
  stageHistory: [
    { stage: 'idea', from: '2024-01-15' },
    { stage: 'startup', from: '2024-06-01' },
    { stage: 'growth', from: '2025-03-01' },
  ],
  coachingHours: [
    { month: '2025-02', hours: 7.25 },
    { month: '2025-01', hours: 6 },
    { month: '2025-03', hours: 0.1 },
  ],
};

function store(): { store: WorkspaceStore; file: string } {
  const file = join(folders.make(), 'path.coopfolio');
  const workspace = parsed({
    ...minimalWorkspaceJson(),
    cooperatives: [cooperativeJson('met-pad', PATH), cooperativeJson('zonder-pad')],
  });
  const created = createWorkspaceStore(file, workspace);
  open.push(created);
  return { store: created, file };
}

describe('storage of the incubator path', () => {
  it('keeps every field of the path, in the order given, through a save and a reopen', () => {
    const { store: first, file } = store();
    const expected = parsed({
      ...minimalWorkspaceJson(),
      cooperatives: [cooperativeJson('met-pad', PATH), cooperativeJson('zonder-pad')],
    }).cooperatives;
    expect(first.listCooperatives()).toStrictEqual(expected);
    first.close();
    open.length = 0;
    const again = openWorkspaceStore(file);
    open.push(again);
    expect(again.load().cooperatives).toStrictEqual(expected);
  });

  it('rewrites the path on an update and drops it with its cooperative', () => {
    const { store: s, file } = store();
    const { intakeDate: _dropped, ...withoutIntake } = PATH;
    const moved = cooperativeModel('met-pad', {
      ...withoutIntake,
      coach: 'Sem de Vries',
      stage: 'mature',
      stageHistory: [...PATH.stageHistory.slice(1), { stage: 'mature', from: '2026-01-05' }],
      coachingHours: [{ month: '2026-01', hours: 12 }],
    });
    s.updateCooperative(moved);
    expect(s.listCooperatives()[0]).toStrictEqual(moved);
    expect(moved).not.toHaveProperty('intakeDate');

    s.deleteCooperative('met-pad');
    const db = new Database(file, { readonly: true });
    expect(db.prepare('SELECT count(*) FROM cooperative_stages').pluck().get()).toBe(0);
    expect(db.prepare('SELECT count(*) FROM coaching_hours').pluck().get()).toBe(0);
    db.close();
  });

  it('refuses rows that break the format, whoever writes them', () => {
    const { file } = store();
    const db = new Database(file);
    const bad = [
      "UPDATE cooperatives SET intake_date = '2024-02-30'",
      "UPDATE cooperatives SET coach = ''",
      "INSERT INTO coaching_hours VALUES ('zonder-pad', 0, '2025-13', 1)",
      "INSERT INTO coaching_hours VALUES ('zonder-pad', 0, '2025-01', 745)",
      "INSERT INTO coaching_hours VALUES ('met-pad', 9, '2025-01', 1)",
      "INSERT INTO cooperative_stages VALUES ('zonder-pad', 0, 'seed', '2025-01-01')",
      "INSERT INTO cooperative_stages VALUES ('met-pad', 9, 'mature', '2024-06-01')",
    ];
    for (const sql of bad) expect(() => db.exec(sql), sql).toThrow(/constraint/i);
    db.close();
  });

  it('migrates a schema-30 file: every cooperative kept, with an empty path', () => {
    const file = join(folders.make(), 'v30.coopfolio');
    copyFileSync(join(FIXTURES, 'v10.coopfolio'), file);
    const db = new Database(file);
    db.pragma('foreign_keys = ON');
    migrate(
      db,
      MIGRATIONS.filter((m) => m.version < 60),
    );
    db.close();

    const migrated = openWorkspaceStore(file);
    open.push(migrated);
    const fromJson = parsed(JSON.parse(readFileSync(join(FIXTURES, 'v10.json'), 'utf8')));
    const cooperatives = migrated.load().cooperatives;
    expect(cooperatives).toStrictEqual(fromJson.cooperatives);
    expect(cooperatives.length).toBeGreaterThan(0);
    for (const c of cooperatives) {
      expect(c).toMatchObject({ stageHistory: [], coachingHours: [] });
      expect(c).not.toHaveProperty('coach');
      expect(c).not.toHaveProperty('intakeDate');
    }
  });
});
