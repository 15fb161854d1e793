import Database from 'better-sqlite3';
import { describe, expect, it } from 'vitest';
import { asCents, workspaceToText, type Workspace } from '../../src/model';
import { exchangeValue } from '../../src/storage/record-values';
import { at, cooperativeModel, parsed, streamModel, workspaceWith } from './builders';
import { richWorkspaceJson } from './rich-workspace';
import { storageFailure, useStores } from './store-harness';

const { storeWith } = useStores('versions.coopfolio');

const FATIMA = { user: 'fatima', operation: 'cooperatives.update' };
const JOOST = { user: 'joost', operation: 'plans.update' };

describe('record versions', () => {
  it('start at 1 for every record of a new file, whose creation opens the trail', () => {
    const store = storeWith(workspaceWith(['a', 'b'], ['s']));
    expect([...store.versions('cooperative').keys()]).toEqual(['a', 'b']);
    expect(store.versions('cooperative').get('a')).toMatchObject({ version: 1, changedBy: 'local' });
    expect(store.versions('settings').get('workspace')?.version).toBe(1);
    expect(store.audit().map((e) => [e.operation, e.entity, e.id, e.before])).toEqual([
      ['direct', 'settings', 'workspace', null],
      ['direct', 'cooperative', 'a', null],
      ['direct', 'cooperative', 'b', null],
      ['direct', 'fundingStream', 's', null],
    ]);
    expect(store.audit()[1]?.after).toEqual(exchangeValue('cooperative', cooperativeModel('a')));
  });

  it('go up by one on every write, made as the writer the store was given', () => {
    const store = storeWith(workspaceWith(['a', 'b'])).as(FATIMA);
    expect(store.updateCooperative(cooperativeModel('a', { name: 'Eerste' }))).toBe(2);
    expect(store.updateCooperative(cooperativeModel('a', { name: 'Tweede' }))).toBe(3);
    const version = store.versions('cooperative').get('a');
    expect(version).toMatchObject({ version: 3, changedBy: 'fatima' });
    expect(version?.changedAt).toBe(store.meta().lastSavedAt);
    expect(store.versions('cooperative').get('b')?.version).toBe(1);
    expect(store.insertCooperative(cooperativeModel('c'))).toBe(1);
  });

  it('refuse a stale update or delete, naming who changed the record and when, and write nothing', () => {
    const base = storeWith(workspaceWith(['a']));
    base.as(FATIMA).updateCooperative(cooperativeModel('a', { name: 'Van Fatima' }), { expectedVersion: 1 });
    const changedAt = base.versions('cooperative').get('a')?.changedAt;
    const trail = base.audit().length;
    const joost = base.as(JOOST);
    const stale = storageFailure(() =>
      joost.updateCooperative(cooperativeModel('a', { name: 'Van Joost' }), { expectedVersion: 1 }),
    );
    expect(stale.code).toBe('conflict');
    expect(stale.params).toEqual({
      file: base.path,
      entity: 'cooperative',
      id: 'a',
      expected: 1,
      actual: 2,
      changedBy: 'fatima',
      changedAt,
    });
    expect(storageFailure(() => joost.deleteCooperative('a', { expectedVersion: 1 })).code).toBe('conflict');
    expect(base.listCooperatives()[0]?.name).toBe('Van Fatima');
    expect(base.audit()).toHaveLength(trail);
    // With the version it now sees, the write goes through.
    expect(
      joost.updateCooperative(cooperativeModel('a', { name: 'Van Joost' }), { expectedVersion: 2 }),
    ).toBe(3);
  });

  it('check a missing record as not-found before its version', () => {
    const store = storeWith(workspaceWith(['a']));
    const error = storageFailure(() =>
      store.updateCooperative(cooperativeModel('ghost'), { expectedVersion: 1 }),
    );
    expect(error.code).toBe('not-found');
  });

  it('end with a delete, and start again at 1 when the record comes back (undo)', () => {
    const store = storeWith(workspaceWith(['a', 'b']));
    store.updateCooperative(cooperativeModel('b', { name: 'B2' }));
    const removed = store.deleteCooperative('b', { expectedVersion: 2 });
    expect(store.versions('cooperative').has('b')).toBe(false);
    const last = store.audit().at(-1);
    expect(last).toMatchObject({ entity: 'cooperative', id: 'b', after: null });
    expect(last?.before).toEqual(exchangeValue('cooperative', removed.item));
    expect(store.insertCooperative(removed.item, removed.position)).toBe(1);
  });

  it('keep the settings and the procurement section under one id, counting on after a removal', () => {
    const store = storeWith(parsed(richWorkspaceJson()));
    const settings = store.load().settings;
    expect(store.updateSettings({ ...settings, municipality: 'Zaanstad' }, { expectedVersion: 1 })).toBe(2);
    expect(storageFailure(() => store.updateSettings(settings, { expectedVersion: 1 })).params).toMatchObject(
      {
        entity: 'settings',
        id: 'workspace',
        actual: 2,
      },
    );
    const section = {
      volumes: { '2026': asCents(100) },
      volumeSource: 'x',
      contributionMargin: 0.1,
      contracts: [],
    };
    // The rich workspace has no section: a missing one stands at version 0.
    expect(store.load().procurement).toBeUndefined();
    expect(storageFailure(() => store.updateProcurement(section, { expectedVersion: 1 })).code).toBe(
      'conflict',
    );
    expect(store.updateProcurement(section, { expectedVersion: 0 })).toBe(1);
    expect(store.updateProcurement(undefined, { expectedVersion: 1 })).toBe(2);
    expect(store.versions('procurement').get('workspace')?.version).toBe(2);
    expect(storageFailure(() => store.updateProcurement(section, { expectedVersion: 1 })).code).toBe(
      'conflict',
    );
    expect(store.updateProcurement(section, { expectedVersion: 2 })).toBe(3);
    expect(store.audit({ entity: 'procurement' }).map((e) => [e.before === null, e.after === null])).toEqual([
      [true, false],
      [false, true],
      [true, false],
    ]);
  });

  it('refuse a stale write inside a batch, rolling the whole batch back', () => {
    const store = storeWith(workspaceWith(['a', 'b']));
    store.updateCooperative(cooperativeModel('b', { name: 'B2' }));
    const before = store.load();
    const trail = store.audit().length;
    const error = storageFailure(() =>
      store.writeBatch(() => [
        { op: 'updateCooperative', cooperative: cooperativeModel('a', { name: 'A2' }), expectedVersion: 1 },
        { op: 'deleteCooperative', id: 'b', expectedVersion: 1 },
      ]),
    );
    expect(error.params).toMatchObject({ id: 'b', expected: 1, actual: 2 });
    expect(store.load()).toStrictEqual(before);
    expect(store.audit()).toHaveLength(trail);
    expect(store.versions('cooperative').get('a')?.version).toBe(1);
  });
});

describe('the audit trail', () => {
  it('keeps the exchange values before and after, one event per record, stamped with the transaction', () => {
    const store = storeWith(parsed(richWorkspaceJson()));
    const plan = at(store.listPlans(), 0);
    const indicator = at(store.listIndicators(), 0);
    const writer = store.as({ user: 'fatima', operation: 'indicators.update' });
    writer.updateIndicator({ ...indicator, label: 'Nieuw label' }, [{ ...plan, name: 'Herzien' }]);
    const [forIndicator, forPlan] = store.audit().slice(-2);
    expect(forIndicator).toMatchObject({
      user: 'fatima',
      operation: 'indicators.update',
      entity: 'indicator',
    });
    expect(forIndicator?.before).toEqual(exchangeValue('indicator', indicator));
    expect(forIndicator?.after).toMatchObject({ label: 'Nieuw label' });
    expect(forPlan).toMatchObject({ entity: 'plan', id: plan.id, at: forIndicator?.at });
    // Money in the trail reads as in the exchange file: euros, not cents.
    const json = JSON.parse(workspaceToText(store.load())) as { plans: unknown[] };
    expect(forPlan?.after).toEqual(json.plans[0]);
  });

  it('answers by time, kind and id, oldest first, with strictly increasing numbers', () => {
    const store = storeWith(workspaceWith(['a', 'b'], ['s']));
    store.updateFundingStream(streamModel('s', { name: 'S2' }));
    const since = store.audit().at(-1)?.at ?? '';
    store.updateCooperative(cooperativeModel('a', { name: 'A2' }));
    store.updateCooperative(cooperativeModel('a', { name: 'A3' }));
    const all = store.audit();
    expect(all.map((e) => e.seq)).toEqual([...all.map((e) => e.seq)].sort((x, y) => x - y));
    expect(new Set(all.map((e) => e.seq)).size).toBe(all.length);
    expect(store.audit({ since }).map((e) => e.id)).toEqual(['s', 'a', 'a']);
    expect(
      store.audit({ entity: 'cooperative', id: 'a' }).map((e) => (e.after as { name: string }).name),
    ).toEqual(['Coop a', 'A2', 'A3']);
    expect(store.audit({ since: '2999-01-01' })).toEqual([]);
    // Another zone or a bare date means the same moment in UTC.
    const utc = new Date(since);
    const inAmsterdam = new Date(utc.getTime() + 3_600_000).toISOString().replace('Z', '+01:00');
    expect(store.audit({ since: inAmsterdam })).toEqual(store.audit({ since }));
    expect(store.audit({ since: since.replace('Z', '') })).toEqual(store.audit({ since }));
    expect(() => store.audit({ since: 'gisteren' })).toThrow(RangeError);
    expect(store.audit({ since: since.slice(0, 10) })).toEqual(
      store.audit({ since: `${since.slice(0, 10)}T00:00:00Z` }),
    );
  });

  it('records what a replace created, changed and removed, and nothing for what stayed', () => {
    const store = storeWith(workspaceWith(['a', 'b', 'c'], ['s']));
    const current = store.load();
    const trail = store.audit().length;
    const next: Workspace = {
      ...current,
      cooperatives: [cooperativeModel('c'), cooperativeModel('a', { name: 'A2' }), cooperativeModel('d')],
    };
    store.as({ user: 'beheer', operation: 'workspace.replace' }).replace(next);
    const events = store.audit().slice(trail);
    expect(events.map((e) => [e.id, e.before === null, e.after === null])).toEqual([
      ['a', false, false],
      ['d', true, false],
      ['b', false, true],
    ]);
    expect(events.every((e) => e.user === 'beheer' && e.operation === 'workspace.replace')).toBe(true);
    const versions = store.versions('cooperative');
    expect(Object.fromEntries([...versions].map(([id, v]) => [id, v.version]))).toEqual({ a: 2, c: 1, d: 1 });
    expect(store.versions('fundingStream').get('s')?.version).toBe(1);
    expect(store.load()).toStrictEqual(next);
  });

  it('cannot be edited or emptied through the file', () => {
    const store = storeWith(workspaceWith(['a']));
    const db = new Database(store.path);
    try {
      expect(() => db.exec('DELETE FROM audit_events')).toThrow(/append-only/);
      expect(() => db.exec("UPDATE audit_events SET user_name = 'x'")).toThrow(/append-only/);
    } finally {
      db.close();
    }
    expect(store.audit()).toHaveLength(2);
  });

  it('records nothing for a write the file refuses', () => {
    const store = storeWith(workspaceWith(['a']));
    const trail = store.audit();
    const broken = { ...cooperativeModel('b'), members: -1 };
    expect(storageFailure(() => store.insertCooperative(broken)).code).toBe('constraint');
    expect(storageFailure(() => store.replace({ ...store.load(), cooperatives: [broken] })).code).toBe(
      'constraint',
    );
    expect(store.audit()).toEqual(trail);
    expect([...store.versions('cooperative').keys()]).toEqual(['a']);
  });

  it('keeps money in euros as the exchange file does, and a record the model refuses as it was given', () => {
    const plan = at(parsed(richWorkspaceJson()).plans, 0);
    const value = exchangeValue('plan', plan) as { costs: { amounts: Record<string, number> }[] };
    expect(value.costs[0]?.amounts['2027']).toBe(12.34);
    const refused = { id: 'x', name: '' };
    expect(exchangeValue('cooperative', refused)).toBe(refused);
  });

  it('leaves the exchange JSON without versions', () => {
    const workspace = parsed(richWorkspaceJson());
    const store = storeWith(workspace);
    store.updateCooperative(at(store.listCooperatives(), 0));
    expect(workspaceToText(store.load())).toBe(workspaceToText(workspace));
    expect(workspaceToText(store.load())).not.toContain('"version": 2');
  });
});
