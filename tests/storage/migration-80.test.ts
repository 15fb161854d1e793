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
 * Schema 80 stores the silos a de-siloing scenario pools (in the user's order) and a cost
 * line's own sector. Without rows or with NULL, "the file does not say" survives the round
 * trip: an older file exports unchanged.
 */
const folders = tempFolders();
afterEach(() => folders.cleanup());

function desiloingJson() {
  const json = clone(workspaceJson());
  json.fundingStreams![1]!.silo = 'gemeente-sociaal-domein';
  // Listed in the user's order, which is not the alphabet's.
  json.scenarios![0]!.desiloing = { silos: ['gemeente-sociaal-domein', 'gemeente-klimaat'] };
  json.plans![0]!.costs[1]!.sector = 'care';
  return json;
}

describe('migration 80 (de-siloing)', () => {
  it('leaves older cost lines without a sector, and refuses a sector or silo outside the model', () => {
    const db = new Database(join(folders.make(), 'old.sqlite'));
    db.pragma('foreign_keys = ON');
    migrate(
      db,
      MIGRATIONS.filter((m) => m.version < 80),
    );
    db.exec(`INSERT INTO cooperatives (id, position, name, sector, legal_form, stage, members, partnership)
      VALUES ('coop', 0, 'Coop', 'energy', 'other', 'idea', 1, 'none')`);
    db.exec(`INSERT INTO plans (id, position, cooperative_id, name, start_year, years)
      VALUES ('plan', 0, 'coop', 'Plan', 2026, 2)`);
    db.exec(`INSERT INTO cost_lines (plan_id, id, position, category, label)
      VALUES ('plan', 'team', 0, 'personnel', 'Team')`);
    db.exec(`INSERT INTO scenarios (id, position, name, monte_carlo_draws, monte_carlo_seed)
      VALUES ('s', 0, 'S', 100, 1)`);
    expect(migrate(db)).toContain(80);
    expect(db.prepare('SELECT sector FROM cost_lines').pluck().all()).toEqual([null]);
    expect(db.prepare('SELECT count(*) FROM scenario_desiloing_silos').pluck().get()).toBe(0);
    expect(() => db.prepare("UPDATE cost_lines SET sector = 'zorg' WHERE id = 'team'").run()).toThrow(
      /CHECK constraint failed/,
    );
    const addSilo = db.prepare(
      'INSERT INTO scenario_desiloing_silos (scenario_id, position, silo) VALUES (?, ?, ?)',
    );
    expect(() => addSilo.run('s', 0, 'Gemeente Zorg')).toThrow(/CHECK constraint failed/);
    expect(() => addSilo.run('nope', 0, 'zorg')).toThrow(/FOREIGN KEY constraint failed/);
    addSilo.run('s', 0, 'zorg');
    expect(() => addSilo.run('s', 1, 'zorg')).toThrow(/UNIQUE constraint failed/);
    db.prepare("UPDATE cost_lines SET sector = 'care' WHERE id = 'team'").run();
    db.close();
  });

  it('round-trips pooled silos and cost line sectors, and their absence, byte for byte', () => {
    for (const json of [workspaceJson(), desiloingJson()]) {
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

  it('updates and removes the pooling of a scenario and the sector of a cost line', () => {
    const store = createWorkspaceStore(join(folders.make(), 'ws.coopfolio'), parsed(desiloingJson()));
    try {
      const loaded = store.load();
      const scenario = loaded.scenarios[0]!;
      expect(scenario.desiloing).toEqual({ silos: ['gemeente-sociaal-domein', 'gemeente-klimaat'] });
      store.updateScenario({
        ...scenario,
        desiloing: { silos: ['gemeente-klimaat', 'gemeente-sociaal-domein'] },
      });
      expect(store.load().scenarios[0]!.desiloing!.silos).toEqual([
        'gemeente-klimaat',
        'gemeente-sociaal-domein',
      ]);
      const { desiloing: _, ...siloed } = scenario;
      store.updateScenario(siloed);
      expect('desiloing' in store.load().scenarios[0]!).toBe(false);
      const plan = loaded.plans[0]!;
      expect(plan.costs.map((c) => c.sector)).toEqual([undefined, 'care']);
      const { sector: __, ...withoutSector } = plan.costs[1]!;
      store.updatePlan({ ...plan, costs: [plan.costs[0]!, withoutSector] });
      expect('sector' in store.load().plans[0]!.costs[1]!).toBe(false);
    } finally {
      store.close();
    }
  });
});

describe('deleting the last stream of a pooled silo', () => {
  it('is refused as in use by the scenario that pools the silo; another stream of the silo may go', () => {
    const json = desiloingJson();
    const store = createWorkspaceStore(join(folders.make(), 'ws.coopfolio'), parsed(json));
    try {
      const [klimaat, sociaal] = store.listFundingStreams();
      expect(sociaal!.silo).toBe('gemeente-sociaal-domein');
      expect(() => store.deleteFundingStream(sociaal!.id)).toThrow(
        expect.objectContaining({ code: 'in-use' }),
      );
      expect(store.listFundingStreams()).toHaveLength(2);
      // A second stream in the pooled silo: the first may go, the silo still exists.
      store.insertFundingStream({ ...klimaat!, id: 'klimaat-twee', name: 'Klimaat twee' });
      store.updateScenario({ ...store.load().scenarios[0]!, streamFactors: {} });
      store.deleteFundingStream('klimaat-twee');
      expect(store.load().scenarios[0]!.desiloing!.silos).toContain('gemeente-klimaat');
    } finally {
      store.close();
    }
  });
});
