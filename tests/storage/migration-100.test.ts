import Database from 'better-sqlite3';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { asCents, workspaceToText, type WorkspaceJson } from '../../src/model';
import { createWorkspaceStore, openWorkspaceStore } from '../../src/storage';
import { migrate } from '../../src/storage/migrate';
import { MIGRATIONS } from '../../src/storage/migrations';
import { clone, workspaceJson } from '../helpers/builders';
import { parsed, tempFolders } from './builders';

/*
 * Schema 100 stores the procurement section (purchasing volume per year, contracts awarded
 * to cooperatives, the contribution margin) and each scenario's target share. The section is
 * optional: an older file has no procurement row and must export unchanged.
 */
const folders = tempFolders();
afterEach(() => folders.cleanup());

function procurementJson(): WorkspaceJson {
  const json = clone(workspaceJson());
  json.procurement = {
    volumes: { '2026': 2800000000, '2027': 2850000000.5 },
    volumeSource: 'Schatting op basis van het inkoopvolume',
    contributionMargin: 0.12,
    contracts: [
      {
        year: 2026,
        cooperativeId: 'zon-oost',
        planId: 'zon-plan',
        description: 'Onderhoud zonnepanelen',
        amount: 40000.25,
        reserved: true,
        socialReturn: 2000,
      },
      { year: 2027, cooperativeId: 'zon-oost', amount: 10000 },
    ],
  };
  json.scenarios![0]!.procurementShare = 0.05;
  return json;
}

describe('migration 100 (procurement)', () => {
  it('leaves an older file without a procurement section and refuses values outside the model', () => {
    const db = new Database(join(folders.make(), 'old.sqlite'));
    db.pragma('foreign_keys = ON');
    migrate(
      db,
      MIGRATIONS.filter((m) => m.version < 100),
    );
    db.exec(`INSERT INTO scenarios (id, position, name, monte_carlo_draws, monte_carlo_seed)
      VALUES ('oud', 0, 'Oud', 10, 1)`);
    expect(migrate(db)).toEqual([100, 110]);
    expect(db.prepare('SELECT procurement_share FROM scenarios').pluck().all()).toEqual([null]);
    expect(db.prepare('SELECT count(*) FROM procurement').pluck().get()).toBe(0);
    expect(() => db.prepare("UPDATE scenarios SET procurement_share = 1.5 WHERE id = 'oud'").run()).toThrow(
      /CHECK constraint failed/,
    );
    db.exec("INSERT INTO procurement (id, volume_source, contribution_margin) VALUES (1, '', 0.15)");
    expect(() =>
      db.exec("INSERT INTO procurement (id, volume_source, contribution_margin) VALUES (2, '', 0.15)"),
    ).toThrow(/CHECK constraint failed/);
    expect(() =>
      db.exec(`INSERT INTO procurement_contracts (position, year, cooperative_id, description, amount_cents,
        reserved, social_return_cents) VALUES (0, 2026, 'bestaat-niet', '', 100, 0, 0)`),
    ).toThrow(/FOREIGN KEY constraint failed/);
    db.close();
  });

  it('round-trips the section and the scenario share byte for byte, also after reopening', () => {
    const workspace = parsed(procurementJson());
    const file = join(folders.make(), 'inkoop.coopfolio');
    const store = createWorkspaceStore(file, workspace);
    expect(workspaceToText(store.load())).toBe(workspaceToText(workspace));
    store.close();
    const reopened = openWorkspaceStore(file);
    try {
      expect(reopened.load()).toStrictEqual(workspace);
      expect(workspaceToText(reopened.load())).toContain('"procurementShare": 0.05');
    } finally {
      reopened.close();
    }
  });

  it('a workspace without the section comes back without it', () => {
    const workspace = parsed(workspaceJson());
    const store = createWorkspaceStore(join(folders.make(), 'zonder.coopfolio'), workspace);
    try {
      const loaded = store.load();
      expect(Object.keys(loaded)).not.toContain('procurement');
      expect(Object.keys(loaded.scenarios[0]!)).not.toContain('procurementShare');
      expect(workspaceToText(loaded)).toBe(workspaceToText(workspace));
    } finally {
      store.close();
    }
  });

  it('replaces and removes the section as one write, and refuses to delete a cooperative or plan a contract names', () => {
    const workspace = parsed(procurementJson());
    const store = createWorkspaceStore(join(folders.make(), 'bewerk.coopfolio'), workspace);
    try {
      const section = store.load().procurement!;
      store.updateProcurement({ ...section, contracts: [], volumes: { '2026': asCents(100) } });
      expect(store.load().procurement).toMatchObject({ contracts: [], volumes: { '2026': 100 } });
      store.updateProcurement(section);
      expect(() => store.deletePlan('zon-plan')).toThrow(expect.objectContaining({ code: 'in-use' }));
      store.updateProcurement(undefined);
      expect(Object.keys(store.load())).not.toContain('procurement');
      // With the section gone the plan is only held by its scenario.
      expect(() => store.deletePlan('zon-plan')).toThrow(
        expect.objectContaining({
          code: 'in-use',
          params: expect.not.objectContaining({ contracts: '2026' }),
        }),
      );
      store.updateProcurement(section);
      store.deleteScenario('basis');
      expect(() => store.deletePlan('zon-plan')).toThrow(
        expect.objectContaining({ code: 'in-use', params: expect.objectContaining({ contracts: '2026' }) }),
      );
      const [first, second] = section.contracts;
      const { planId: _planId, ...withoutPlan } = first!;
      store.updateProcurement({ ...section, contracts: [withoutPlan, second!] });
      store.deletePlan('zon-plan');
      expect(() => store.deleteCooperative('zon-oost')).toThrow(
        expect.objectContaining({
          code: 'in-use',
          params: expect.objectContaining({ contracts: '2026, 2027' }),
        }),
      );
    } finally {
      store.close();
    }
  });
});
