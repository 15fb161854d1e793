import Database from 'better-sqlite3';
import { describe, expect, it } from 'vitest';
import { WorkspaceFileError } from '../../src/storage';
import { sqliteBackend } from '../../src/storage/sqlite-backend';
import { cooperativeModel, parsed, workspaceWith } from './builders';
import { richWorkspaceJson } from './rich-workspace';
import { useStores } from './store-harness';

/*
 * The file store behind the asynchronous interface the handlers use. The full contract
 * (tests/storage/backend-contract.test.ts) runs over both backends; this checks what the
 * wrapper itself adds: versions merged into the records, refusals as rejected promises,
 * and the writer passed down to the store.
 */
const { storeWith } = useStores('backend.coopfolio');

describe('sqliteBackend', () => {
  it('gives each listed record the version the store keeps for it', async () => {
    const store = storeWith(workspaceWith(['a', 'b']));
    const backend = sqliteBackend(store);
    expect(backend.kind).toBe('file');
    expect(backend.location).toBe(store.path);
    store.updateCooperative(cooperativeModel('b', { name: 'B2' }));
    expect((await backend.listCooperatives()).map((c) => [c.id, c.version])).toEqual([
      ['a', 1],
      ['b', 2],
    ]);
    expect(await backend.updateCooperative(cooperativeModel('a', { name: 'A2' }))).toEqual({
      ...cooperativeModel('a', { name: 'A2' }),
      version: 2,
    });
    expect((await backend.settings()).version).toBe(1);
  });

  it('answers a refusal with a rejected promise, never a throw', async () => {
    const backend = sqliteBackend(storeWith(workspaceWith(['a'])));
    await backend.updateCooperative(cooperativeModel('a', { name: 'A2' }));
    let thrown: unknown;
    const pending = backend.updateCooperative(cooperativeModel('a'), { expectedVersion: 1 });
    await pending.catch((error: unknown) => {
      thrown = error;
    });
    expect(thrown).toBeInstanceOf(WorkspaceFileError);
    expect((thrown as WorkspaceFileError).code).toBe('conflict');
    await expect(backend.deleteCooperative('ghost')).rejects.toMatchObject({ code: 'not-found' });
  });

  it('writes as the writer it was given, on the same file', async () => {
    const store = storeWith(parsed(richWorkspaceJson()));
    const backend = sqliteBackend(store).as({ user: 'fatima', operation: 'plans.update' });
    const [plan] = await backend.listPlans();
    const written = await backend.updatePlan({ ...plan!, name: 'Herzien' }, { expectedVersion: 1 });
    expect(written.version).toBe(2);
    expect((await backend.audit({ entity: 'plan', id: plan!.id })).at(-1)).toMatchObject({
      user: 'fatima',
      operation: 'plans.update',
    });
    expect(store.listPlans()[0]?.name).toBe('Herzien');
    expect((await backend.versions('plan')).get(plan!.id)?.changedBy).toBe('fatima');
  });

  it('reads a list and its versions at one moment, whatever another program writes between', () => {
    const store = storeWith(workspaceWith(['a']));
    const other = new Database(store.path);
    try {
      const seen = store.together(() => {
        const names = store.listCooperatives().map((c) => c.name);
        other.exec("UPDATE record_versions SET version = 9 WHERE entity = 'cooperative'");
        return { names, version: store.versions('cooperative').get('a')?.version };
      });
      expect(seen).toEqual({ names: ['Coop a'], version: 1 });
      expect(store.versions('cooperative').get('a')?.version).toBe(9);
    } finally {
      other.close();
    }
  });
});
