import { describe, expect, it } from 'vitest';
import { storageErrorMessage, type WorkspaceStore } from '../../src/storage';
import type { Scenario } from '../../src/model';
import { at, parsed } from './builders';
import { richWorkspaceJson } from './rich-workspace';
import { storageFailure, useStores } from './store-harness';

const { storeWith } = useStores('scenarios.coopfolio');

/**
 * The rich workspace: scenarios krap (two plans, three stream factors with a numeric-looking
 * stream id, three overrides of which one is empty, 500 draws seed 7) and basis (nothing).
 */
function richStore(): WorkspaceStore {
  return storeWith(parsed(richWorkspaceJson()));
}

/** A copy of the rich workspace's scenario krap (every child kind) under a new id. */
function fullScenario(store: WorkspaceStore, id: string): Scenario {
  return { ...structuredClone(at(store.listScenarios(), 0)), id };
}

const failure = storageFailure;

const ids = (store: WorkspaceStore) => store.listScenarios().map((s) => s.id);

describe('scenarios in the store', () => {
  it('appends an inserted scenario at the end and reads back every child row unchanged', () => {
    const store = richStore();
    const scenario = fullScenario(store, 'kopie');
    store.insertScenario(scenario);
    expect(ids(store)).toEqual(['krap', 'basis', 'kopie']);
    const [krap, , kopie] = store.listScenarios();
    expect(kopie).toStrictEqual(scenario);
    expect(krap).toStrictEqual({ ...scenario, id: 'krap' });
    // Plans keep their priority order, maps the order the user gave.
    expect(kopie?.plans).toEqual(['zorg-plan', 'zon-op-oost']);
    expect(Object.keys(kopie!.streamFactors)).toEqual(Object.keys(krap!.streamFactors));
    expect(kopie?.indicatorOverrides).toStrictEqual({
      co2: { threshold: 350 },
      'energy-poverty': { trend: 0.01 },
      'water-use': {},
    });
    expect(kopie?.monteCarlo).toStrictEqual({ draws: 500, seed: 7 });
  });

  it('inserts at a position, shifting the others, and clamps a position past the end', () => {
    const store = richStore();
    store.insertScenario(fullScenario(store, 'midden'), 1);
    store.insertScenario(fullScenario(store, 'eerste'), 0);
    store.insertScenario(fullScenario(store, 'laatste'), 99);
    expect(ids(store)).toEqual(['eerste', 'krap', 'midden', 'basis', 'laatste']);
  });

  it('refuses an id that exists with exists, and changes nothing', () => {
    const store = richStore();
    const before = store.load();
    const error = failure(() => store.insertScenario({ ...fullScenario(store, 'basis'), name: 'Ander' }, 0));
    expect(error.code).toBe('exists');
    expect(error.params).toMatchObject({ entity: 'scenario', id: 'basis', file: store.path });
    expect(store.load()).toStrictEqual(before);
    expect(storageErrorMessage(error, 'nl')).toContain('Er bestaat al een scenario met id "basis"');
    expect(storageErrorMessage(error, 'en')).toContain('A scenario with id "basis" already exists');
  });

  it('replaces the plan list, factors and overrides on update and keeps the position', () => {
    const store = richStore();
    const updated: Scenario = {
      id: 'krap',
      name: 'Krap, herzien',
      plans: ['zon-op-oost'],
      streamFactors: { burgers: 3 },
      indicatorOverrides: { 'water-use': { trend: -0.02, threshold: 90 } },
      monteCarlo: { draws: 20000, seed: 4294967295 },
    };
    store.updateScenario(updated);
    expect(store.listScenarios()[0]).toStrictEqual(updated);
    expect(ids(store)).toEqual(['krap', 'basis']);
    // zorg-plan and the factor on sociaal-domein are free now.
    expect(store.deletePlan('zorg-plan').item.id).toBe('zorg-plan');
    expect(failure(() => store.deleteFundingStream('sociaal-domein')).params).not.toHaveProperty('scenarios');
    expect(failure(() => store.deleteFundingStream('burgers')).params).toMatchObject({ scenarios: 'krap' });
  });

  it('empties every child list on update', () => {
    const store = richStore();
    const emptied: Scenario = {
      ...fullScenario(store, 'krap'),
      plans: [],
      streamFactors: {},
      indicatorOverrides: {},
    };
    store.updateScenario(emptied);
    expect(store.listScenarios()[0]).toStrictEqual(emptied);
  });

  it('leaves the file as it was when an update fails half-way through its child rows', () => {
    const store = richStore();
    const before = store.load();
    const savedAt = store.meta().lastSavedAt;
    const scenario = at(before.scenarios, 0);
    // The row, the plan list and the first factors are rewritten before the unknown stream fails.
    const broken: Scenario = {
      ...scenario,
      name: 'Half',
      plans: ['zon-op-oost'],
      streamFactors: { ...scenario.streamFactors, ghost: 1 },
    };
    const error = failure(() => store.updateScenario(broken));
    expect(error.code).toBe('constraint');
    expect(store.load()).toStrictEqual(before);
    expect(store.meta().lastSavedAt).toBe(savedAt);
  });

  it('leaves positions as they were when an insert fails', () => {
    const store = richStore();
    const before = store.load();
    const error = failure(() =>
      store.insertScenario({ ...fullScenario(store, 'wees'), plans: ['zorg-plan', 'ghost'] }, 0),
    );
    expect(error.code).toBe('constraint');
    expect(store.load()).toStrictEqual(before);
    store.insertScenario(fullScenario(store, 'daarna'));
    expect(ids(store)).toEqual(['krap', 'basis', 'daarna']);
  });

  it('reports not-found when updating or deleting a scenario that is not there, in Dutch and English', () => {
    const store = richStore();
    const update = failure(() => store.updateScenario(fullScenario(store, 'ghost')));
    expect(update.code).toBe('not-found');
    expect(update.params).toMatchObject({ entity: 'scenario', id: 'ghost' });
    const remove = failure(() => store.deleteScenario('ghost'));
    expect(remove.code).toBe('not-found');
    expect(storageErrorMessage(remove, 'nl')).toContain('Er is geen scenario met id "ghost"');
    expect(storageErrorMessage(remove, 'en')).toContain('There is no scenario with id "ghost"');
    expect(ids(store)).toEqual(['krap', 'basis']);
  });

  it('deletes a scenario with its child rows, returns it with its position, and undo restores the file', () => {
    const store = richStore();
    const before = store.load();
    const removed = store.deleteScenario('krap');
    expect(removed).toStrictEqual({ item: before.scenarios[0], position: 0 });
    expect(ids(store)).toEqual(['basis']);
    store.insertScenario(removed.item, removed.position);
    expect(store.load()).toStrictEqual(before);
  });

  it('frees the plans and streams a deleted scenario used', () => {
    const store = richStore();
    expect(failure(() => store.deletePlan('zon-op-oost')).code).toBe('in-use');
    store.deleteScenario('krap');
    expect(store.deletePlan('zon-op-oost').item.id).toBe('zon-op-oost');
    expect(store.deleteFundingStream('warmtefonds').item.id).toBe('warmtefonds');
  });

  it('keeps positions dense after a delete, so the next insert lands at the end', () => {
    const store = richStore();
    store.insertScenario(fullScenario(store, 'a'), 0);
    store.insertScenario(fullScenario(store, 'b'));
    store.deleteScenario('a');
    store.insertScenario(fullScenario(store, 'c'));
    expect(ids(store)).toEqual(['krap', 'basis', 'b', 'c']);
  });
});
