import { describe, expect, it } from 'vitest';
import { at, cooperativeModel, parsed, streamModel, workspaceWith } from './builders';
import { richWorkspaceJson } from './rich-workspace';
import { storageFailure, useStores } from './store-harness';

const { storeWith } = useStores('crud.coopfolio');

const cooperative = cooperativeModel;
const stream = streamModel;

/** Runs `action` and returns the WorkspaceFileError it threw. */
const failure = storageFailure;

describe('cooperatives', () => {
  it('appends an inserted cooperative at the end by default', () => {
    const store = storeWith(workspaceWith(['a', 'b']));
    store.insertCooperative(
      cooperative('c', { district: 'West', priorStateAid: [{ year: 2025, amount: 10 }] }),
    );
    expect(store.listCooperatives().map((c) => c.id)).toEqual(['a', 'b', 'c']);
    expect(store.listCooperatives()[2]).toStrictEqual(
      cooperative('c', { district: 'West', priorStateAid: [{ year: 2025, amount: 10 }] }),
    );
  });

  it('inserts at a given position and shifts the others down', () => {
    const store = storeWith(workspaceWith(['a', 'b', 'c']));
    store.insertCooperative(cooperative('x'), 1);
    expect(store.listCooperatives().map((c) => c.id)).toEqual(['a', 'x', 'b', 'c']);
    store.insertCooperative(cooperative('first'), 0);
    store.insertCooperative(cooperative('far'), 99);
    expect(store.listCooperatives().map((c) => c.id)).toEqual(['first', 'a', 'x', 'b', 'c', 'far']);
  });

  it('refuses to insert an id that already exists, and changes nothing', () => {
    const store = storeWith(workspaceWith(['a']));
    const before = store.load();
    const error = failure(() => store.insertCooperative(cooperative('a', { name: 'Other' })));
    expect(error.code).toBe('exists');
    expect(error.params).toMatchObject({ entity: 'cooperative', id: 'a', file: store.path });
    expect(store.load()).toStrictEqual(before);
  });

  it('updates a cooperative in place, keeping its position and replacing its prior aid', () => {
    const store = storeWith(parsed(richWorkspaceJson()));
    const updated = { ...at(store.listCooperatives(), 0), name: 'Nieuw', members: 5, priorStateAid: [] };
    store.updateCooperative(updated);
    expect(store.listCooperatives()[0]).toStrictEqual(updated);
    expect(store.listPlans()[0]?.cooperativeId).toBe(updated.id);
  });

  it('reports not-found when updating or deleting a missing cooperative', () => {
    const store = storeWith(workspaceWith(['a']));
    expect(failure(() => store.updateCooperative(cooperative('ghost'))).code).toBe('not-found');
    expect(failure(() => store.deleteCooperative('ghost')).params).toMatchObject({ id: 'ghost' });
  });

  it('deletes a cooperative, returns it with its position, and undo puts it back in place', () => {
    const store = storeWith(workspaceWith(['a', 'b', 'c']));
    const before = store.load();
    const removed = store.deleteCooperative('b');
    expect(removed.position).toBe(1);
    expect(removed.item).toStrictEqual(before.cooperatives[1]);
    expect(store.listCooperatives().map((c) => c.id)).toEqual(['a', 'c']);
    store.insertCooperative(removed.item, removed.position);
    expect(store.load()).toStrictEqual(before);
  });

  it('refuses to delete a cooperative that plans still use, listing those plans', () => {
    const store = storeWith(parsed(richWorkspaceJson()));
    const error = failure(() => store.deleteCooperative('buurtcoop-oost'));
    expect(error.code).toBe('in-use');
    expect(error.params).toMatchObject({ entity: 'cooperative', id: 'buurtcoop-oost', plans: 'zon-op-oost' });
    expect(store.listCooperatives()).toHaveLength(3);
  });
});

describe('funding streams', () => {
  it('inserts, updates and deletes a stream with every optional part', () => {
    const store = storeWith(workspaceWith(['a'], ['s1', 's2']));
    const loan = stream('loan', {
      kind: 'loan',
      loan: { rate: 0.03, termYears: 8 },
      budgetPerYear: { '2026': 100 },
      eligible: { categories: ['capex'] },
    });
    store.insertFundingStream(loan, 1);
    expect(store.listFundingStreams().map((s) => s.id)).toEqual(['s1', 'loan', 's2']);
    expect(store.listFundingStreams()[1]).toStrictEqual(loan);
    const grant = stream('loan', { budgetPerYear: 500, years: [2026, 2027] });
    store.updateFundingStream(grant);
    expect(store.listFundingStreams()[1]).toStrictEqual(grant);
    const removed = store.deleteFundingStream('loan');
    expect(removed).toStrictEqual({ item: grant, position: 1 });
    expect(store.listFundingStreams().map((s) => s.id)).toEqual(['s1', 's2']);
  });

  it('refuses a duplicate id with exists and a missing one with not-found', () => {
    const store = storeWith(workspaceWith([], ['s1']));
    expect(failure(() => store.insertFundingStream(stream('s1'))).code).toBe('exists');
    expect(failure(() => store.updateFundingStream(stream('nope'))).code).toBe('not-found');
    expect(failure(() => store.deleteFundingStream('nope')).params).toMatchObject({
      entity: 'fundingStream',
    });
  });

  it('refuses to delete a stream used by locked amounts or scenario factors, naming them', () => {
    const store = storeWith(parsed(richWorkspaceJson()));
    const locked = failure(() => store.deleteFundingStream('sociaal-domein'));
    expect(locked.code).toBe('in-use');
    expect(locked.params).toMatchObject({ plans: 'zon-op-oost', scenarios: 'krap' });
    const factorOnly = failure(() => store.deleteFundingStream('7'));
    expect(factorOnly.params).toMatchObject({ scenarios: 'krap' });
    expect(factorOnly.params).not.toHaveProperty('plans');
    expect(store.listFundingStreams()).toHaveLength(5);
  });

  it('lets an unused stream go and keeps positions dense for the next insert', () => {
    const store = storeWith(parsed(richWorkspaceJson()));
    store.deleteFundingStream('burgers');
    store.insertFundingStream(stream('nieuw'));
    expect(store.listFundingStreams().map((s) => s.id)).toEqual([
      'sociaal-domein',
      'warmtefonds',
      '7',
      'startlening',
      'nieuw',
    ]);
  });
});

describe('write transactions', () => {
  it('stamps last_saved_at on every write', async () => {
    const store = storeWith(workspaceWith(['a']));
    const created = store.meta().lastSavedAt;
    await new Promise((done) => setTimeout(done, 5));
    store.insertCooperative(cooperative('b'));
    const first = store.meta().lastSavedAt;
    expect(String(first) > String(created)).toBe(true);
    await new Promise((done) => setTimeout(done, 5));
    store.deleteCooperative('b');
    expect(String(store.meta().lastSavedAt) > String(first)).toBe(true);
  });

  it('rejects an invalid model value through the table CHECKs and writes nothing', () => {
    const store = storeWith(workspaceWith(['a']));
    const error = failure(() => store.insertCooperative({ ...cooperative('b'), members: -1 }));
    expect(error.code).toBe('constraint');
    expect(error.params['sqliteCode']).toBe('SQLITE_CONSTRAINT_CHECK');
    expect(store.listCooperatives().map((c) => c.id)).toEqual(['a']);
  });
});
