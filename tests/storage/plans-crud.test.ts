import { describe, expect, it } from 'vitest';
import { storageErrorMessage, type WorkspaceStore } from '../../src/storage';
import type { Plan } from '../../src/model';
import { at, parsed } from './builders';
import { richWorkspaceJson } from './rich-workspace';
import { storageFailure, useStores } from './store-harness';

const { storeWith } = useStores('plans.coopfolio');

/** The rich workspace: plans zon-op-oost (every child kind) and zorg-plan, both in scenario krap. */
function richStore(): WorkspaceStore {
  return storeWith(parsed(richWorkspaceJson()));
}

/** A copy of the rich workspace's first plan (costs, amounts, revenues, locks, impacts) under a new id. */
function fullPlan(store: WorkspaceStore, id: string): Plan {
  return { ...structuredClone(at(store.listPlans(), 0)), id };
}

const failure = storageFailure;

const ids = (store: WorkspaceStore) => store.listPlans().map((p) => p.id);

describe('plans in the store', () => {
  it('appends an inserted plan at the end and reads back every child row unchanged', () => {
    const store = richStore();
    const plan = fullPlan(store, 'kopie');
    store.insertPlan(plan);
    expect(ids(store)).toEqual(['zon-op-oost', 'zorg-plan', 'kopie']);
    expect(store.listPlans()[2]).toStrictEqual(plan);
    // The copy has locks on the same streams and cost ids as the original: keys are per plan.
    expect(store.listPlans()[0]).toStrictEqual({ ...plan, id: 'zon-op-oost' });
  });

  it('inserts at a position, shifting the others, and clamps a position past the end', () => {
    const store = richStore();
    store.insertPlan(fullPlan(store, 'midden'), 1);
    store.insertPlan(fullPlan(store, 'eerste'), 0);
    store.insertPlan(fullPlan(store, 'laatste'), 99);
    expect(ids(store)).toEqual(['eerste', 'zon-op-oost', 'midden', 'zorg-plan', 'laatste']);
  });

  it('refuses an id that exists with exists, and changes nothing', () => {
    const store = richStore();
    const before = store.load();
    const error = failure(() => store.insertPlan({ ...fullPlan(store, 'zorg-plan'), name: 'Ander' }, 0));
    expect(error.code).toBe('exists');
    expect(error.params).toMatchObject({ entity: 'plan', id: 'zorg-plan', file: store.path });
    expect(store.load()).toStrictEqual(before);
  });

  it('replaces all child rows on update and keeps the position and the scenarios that list it', () => {
    const store = richStore();
    const original = at(store.listPlans(), 0);
    const updated: Plan = {
      ...original,
      name: 'Zon op Oost, fase 2',
      years: 3,
      costs: [
        {
          id: 'pv',
          category: 'capex',
          label: 'Panelen',
          amounts: { '2027': original.costs[0]!.amounts['2026']! },
        },
      ],
      revenues: {},
      locked: [{ streamId: 'burgers', costId: 'pv', year: 2027, amount: original.locked[1]!.amount }],
      impacts: [],
      awards: [],
    };
    store.updatePlan(updated);
    expect(store.listPlans()[0]).toStrictEqual(updated);
    expect(ids(store)).toEqual(['zon-op-oost', 'zorg-plan']);
    expect(store.listScenarios()[0]?.plans).toEqual(['zorg-plan', 'zon-op-oost']);
    // The stream the old locks used is free now: only the scenario factor still holds it.
    expect(failure(() => store.deleteFundingStream('sociaal-domein')).params).not.toHaveProperty('plans');
  });

  it('leaves the file as it was when an update fails half-way through its child rows', () => {
    const store = richStore();
    const before = store.load();
    const savedAt = store.meta().lastSavedAt;
    const plan = at(before.plans, 0);
    // Cost lines, amounts and the first locks are rewritten before the last lock's unknown stream fails.
    const broken: Plan = {
      ...plan,
      costs: plan.costs.map((cost) => ({ ...cost, label: 'Nieuw', amounts: {} })),
      locked: [...plan.locked, { ...plan.locked[0]!, streamId: 'ghost' }],
    };
    const error = failure(() => store.updatePlan(broken));
    expect(error.code).toBe('constraint');
    expect(store.load()).toStrictEqual(before);
    expect(store.meta().lastSavedAt).toBe(savedAt);
  });

  it('leaves positions as they were when an insert fails', () => {
    const store = richStore();
    const before = store.load();
    const error = failure(() => store.insertPlan({ ...fullPlan(store, 'wees'), cooperativeId: 'ghost' }, 0));
    expect(error.code).toBe('constraint');
    expect(store.load()).toStrictEqual(before);
    store.insertPlan(fullPlan(store, 'daarna'));
    expect(ids(store)).toEqual(['zon-op-oost', 'zorg-plan', 'daarna']);
  });

  it('reports not-found when updating or deleting a plan that is not there', () => {
    const store = richStore();
    const update = failure(() => store.updatePlan(fullPlan(store, 'ghost')));
    expect(update.code).toBe('not-found');
    expect(update.params).toMatchObject({ entity: 'plan', id: 'ghost' });
    expect(failure(() => store.deletePlan('ghost')).code).toBe('not-found');
    expect(ids(store)).toEqual(['zon-op-oost', 'zorg-plan']);
  });

  it('deletes a plan with its child rows, returns it with its position, and undo restores the file', () => {
    const store = richStore();
    store.insertPlan(fullPlan(store, 'los'), 1);
    const before = store.load();
    const removed = store.deletePlan('los');
    expect(removed).toStrictEqual({ item: before.plans[1], position: 1 });
    expect(ids(store)).toEqual(['zon-op-oost', 'zorg-plan']);
    store.insertPlan(removed.item, removed.position);
    expect(store.load()).toStrictEqual(before);
  });

  it('keeps positions dense after a delete, so the next insert lands at the end', () => {
    const store = richStore();
    store.insertPlan(fullPlan(store, 'a'), 0);
    store.insertPlan(fullPlan(store, 'b'));
    store.deletePlan('a');
    store.insertPlan(fullPlan(store, 'c'));
    expect(ids(store)).toEqual(['zon-op-oost', 'zorg-plan', 'b', 'c']);
  });

  it('refuses to delete a plan that a scenario lists, naming the scenarios, and deletes nothing', () => {
    const store = richStore();
    const before = store.load();
    const error = failure(() => store.deletePlan('zon-op-oost'));
    expect(error.code).toBe('in-use');
    expect(error.params).toMatchObject({ entity: 'plan', id: 'zon-op-oost', scenarios: 'krap' });
    expect(error.params).not.toHaveProperty('plans');
    expect(store.load()).toStrictEqual(before);
    expect(storageErrorMessage(error, 'nl')).toContain(
      'Het plan "zon-op-oost" wordt nog gebruikt door scenario',
    );
    expect(storageErrorMessage(error, 'en')).toContain(
      'The plan "zon-op-oost" is still used by scenarios krap',
    );
  });
});
