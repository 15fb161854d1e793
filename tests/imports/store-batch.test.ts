import { existsSync, readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { workspaceToText } from '../../src/model/parse';
import type { Workspace } from '../../src/model/workspace';
import { WorkspaceFileError, type BatchWrite, type WorkspaceStore } from '../../src/storage';
import { cooperativeModel, streamModel } from '../storage/builders';
import { useStores } from '../storage/store-harness';
import { baseWorkspace } from './builders';

const stores = useStores('batch.coopfolio');

/** The file and its write-ahead log, byte for byte, plus what the store says about itself. */
function snapshot(store: WorkspaceStore) {
  const wal = `${store.path}-wal`;
  return {
    file: readFileSync(store.path).toString('base64'),
    wal: existsSync(wal) ? readFileSync(wal).toString('base64') : null,
    text: workspaceToText(store.load()),
    lastSavedAt: store.meta().lastSavedAt,
  };
}

function failure(action: () => unknown): unknown {
  try {
    action();
  } catch (error) {
    return error;
  }
  throw new Error('expected the batch to fail');
}

const pvPlan = (workspace: Workspace) => {
  const plan = structuredClone(workspace.plans[0]!);
  plan.costs[0]!.label = 'Panelen (nieuw)';
  return plan;
};

describe('a batch of writes', () => {
  it('lands whole: inserts, updates and plan updates in one transaction', () => {
    const store = stores.storeWith(baseWorkspace());
    const writes: BatchWrite[] = [
      { op: 'insertCooperative', cooperative: cooperativeModel('nieuw') },
      { op: 'updateCooperative', cooperative: { ...store.load().cooperatives[0]!, members: 7 } },
      { op: 'insertFundingStream', stream: streamModel('fonds') },
      { op: 'updatePlan', plan: pvPlan(store.load()) },
    ];
    expect(store.writeBatch(() => writes)).toBe(4);
    const loaded = store.load();
    expect(loaded.cooperatives.map((c) => [c.id, c.members])).toEqual([
      ['zon-oost', 7],
      ['nieuw', 10],
    ]);
    expect(loaded.fundingStreams.map((s) => s.id)).toEqual(['klimaatfonds', 'buurtlening', 'fonds']);
    expect(loaded.plans[0]!.costs[0]!.label).toBe('Panelen (nieuw)');
    expect(store.meta().lastSavedAt).not.toBeNull();
  });

  it('writes nothing when the second of several writes fails: the file stays byte-identical', () => {
    const store = stores.storeWith(baseWorkspace());
    const before = snapshot(store);
    const error = failure(() =>
      store.writeBatch(() => [
        { op: 'insertCooperative', cooperative: cooperativeModel('eerste') },
        // zon-oost exists: the store refuses this one.
        { op: 'insertCooperative', cooperative: cooperativeModel('zon-oost') },
        { op: 'insertCooperative', cooperative: cooperativeModel('derde') },
      ]),
    );
    expect(error).toBeInstanceOf(WorkspaceFileError);
    expect((error as WorkspaceFileError).code).toBe('exists');
    expect(snapshot(store)).toEqual(before);
    expect(store.load().cooperatives.map((c) => c.id)).toEqual(['zon-oost']);
  });

  it('writes nothing when a later plan update fails after earlier ones succeeded', () => {
    const store = stores.storeWith(baseWorkspace());
    const before = snapshot(store);
    const ghost = { ...pvPlan(store.load()), id: 'bestaat-niet' };
    const error = failure(() =>
      store.writeBatch((current) => [
        { op: 'updatePlan', plan: pvPlan(current) },
        { op: 'updatePlan', plan: ghost },
      ]),
    );
    expect((error as WorkspaceFileError).code).toBe('not-found');
    expect(snapshot(store)).toEqual(before);
  });

  it('writes nothing when preparing refuses, and passes the refusal on unchanged', () => {
    const store = stores.storeWith(baseWorkspace());
    const before = snapshot(store);
    const refusal = new RangeError('not today');
    expect(
      failure(() =>
        store.writeBatch(() => {
          throw refusal;
        }),
      ),
    ).toBe(refusal);
    expect(snapshot(store)).toEqual(before);
  });

  it('prepares from the workspace as it is inside the transaction', () => {
    const store = stores.storeWith(baseWorkspace());
    store.insertCooperative(cooperativeModel('tussendoor'));
    let seen: string[] = [];
    store.writeBatch((current) => {
      seen = current.cooperatives.map((c) => c.id);
      return [];
    });
    expect(seen).toEqual(['zon-oost', 'tussendoor']);
  });
});
