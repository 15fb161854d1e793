import Database from 'better-sqlite3';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { workspaceToText } from '../../src/model';
import { createWorkspaceStore, openWorkspaceStore } from '../../src/storage';
import { migrate } from '../../src/storage/migrate';
import { MIGRATIONS } from '../../src/storage/migrations';
import { clone, workspaceJson } from '../helpers/builders';
import { parsed, tempFolders } from './builders';

/*
 * Schema 90 adds a stream's budget nature (structural / one-off) and a cost line's
 * `continues`. Both are nullable so that "the file does not say" survives the round
 * trip: an older file exports unchanged, an explicit value comes back as written.
 */
const folders = tempFolders();
afterEach(() => folders.cleanup());

function budgetCycleJson() {
  const json = clone(workspaceJson());
  const [fund, loan] = json.fundingStreams!;
  fund!.budgetNature = 'one-off';
  loan!.budgetNature = 'structural';
  const plan = json.plans![0]!;
  plan.costs[0]!.continues = true; // capex that goes on: a lease paid every year, say
  plan.costs[1]!.continues = false;
  return json;
}

describe('migration 90 (budget cycle)', () => {
  it('leaves older rows without a nature or continues, and refuses values outside the model', () => {
    const db = new Database(join(folders.make(), 'old.sqlite'));
    db.pragma('foreign_keys = ON');
    migrate(
      db,
      MIGRATIONS.filter((m) => m.version < 90),
    );
    db.exec(`INSERT INTO funding_streams (id, position, name, silo, kind, is_public, state_aid,
      budget_mode, award_probability, has_eligibility) VALUES
      ('oud', 0, 'Oud', 'gemeente', 'grant', 1, 0, 'unlimited', 1, 0)`);
    db.exec(`INSERT INTO cooperatives (id, position, name, sector, legal_form, stage, members, partnership)
      VALUES ('coop', 0, 'Coop', 'energy', 'other', 'idea', 1, 'none')`);
    db.exec(`INSERT INTO plans (id, position, cooperative_id, name, start_year, years)
      VALUES ('plan', 0, 'coop', 'Plan', 2026, 2)`);
    db.exec(`INSERT INTO cost_lines (plan_id, id, position, category, label)
      VALUES ('plan', 'team', 0, 'personnel', 'Team')`);
    expect(migrate(db)).toContain(90);
    expect(db.prepare('SELECT budget_nature FROM funding_streams').pluck().all()).toEqual([null]);
    expect(db.prepare('SELECT continues FROM cost_lines').pluck().all()).toEqual([null]);
    expect(() =>
      db.prepare("UPDATE funding_streams SET budget_nature = 'eenmalig' WHERE id = 'oud'").run(),
    ).toThrow(/CHECK constraint failed/);
    expect(() => db.prepare("UPDATE cost_lines SET continues = 2 WHERE id = 'team'").run()).toThrow(
      /CHECK constraint failed/,
    );
    db.prepare("UPDATE funding_streams SET budget_nature = 'one-off' WHERE id = 'oud'").run();
    db.close();
  });

  it('round-trips explicit values and absent ones byte for byte (JSON -> SQLite -> JSON)', () => {
    for (const json of [workspaceJson(), budgetCycleJson()]) {
      const workspace = parsed(json);
      const store = createWorkspaceStore(join(folders.make(), 'ws.coopfolio'), workspace);
      store.close();
      const reopened = openWorkspaceStore(store.path);
      try {
        const loaded = reopened.load();
        expect(loaded).toStrictEqual(workspace);
        expect(workspaceToText(loaded)).toBe(workspaceToText(workspace));
      } finally {
        reopened.close();
      }
    }
  });

  it('stores each explicit value and keeps an absent one absent', () => {
    const store = createWorkspaceStore(join(folders.make(), 'ws.coopfolio'), parsed(budgetCycleJson()));
    try {
      const loaded = store.load();
      expect(loaded.fundingStreams.map((s) => s.budgetNature)).toEqual(['one-off', 'structural']);
      expect(loaded.plans[0]!.costs.map((c) => c.continues)).toEqual([true, false]);
      const [fund] = loaded.fundingStreams;
      const { budgetNature: _, ...withoutNature } = fund!;
      store.updateFundingStream(withoutNature);
      expect('budgetNature' in store.listFundingStreams()[0]!).toBe(false);
      const plan = loaded.plans[0]!;
      const { continues: __, ...withoutContinues } = plan.costs[0]!;
      store.updatePlan({ ...plan, costs: [withoutContinues, plan.costs[1]!] });
      expect('continues' in store.load().plans[0]!.costs[0]!).toBe(false);
    } finally {
      store.close();
    }
  });
});
