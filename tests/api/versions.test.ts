/**
 * Issue 17, no lost updates, through the contract on the workspace file: every record
 * the contract returns carries `version`; an update or delete given a stale
 * `expectedVersion` is refused with `conflict`, naming who changed it, and writes
 * nothing; `invoke` writes as the caller (the audit trail's user and operation).
 */
import { describe, expect, it } from 'vitest';
import { invoke } from '../../src/api/invoke';
import type { CallContext } from '../../src/api/context';
import { useSession } from '../helpers/session';

const harness = useSession();
const en: CallContext = { lang: 'en' };
const anna: CallContext = { lang: 'nl', user: { name: 'anna', role: 'admin' } };

async function call(name: string, input: unknown, context: CallContext = en) {
  return invoke(harness.session, name, input, context);
}

async function ok<T>(name: string, input: unknown, context: CallContext = en): Promise<T> {
  const result = await call(name, input, context);
  if (!result.ok) throw new Error(`${name}: ${result.error.code} ${result.error.message}`);
  return result.value as T;
}

type Versioned = { id: string; name: string; version: number };

describe('versions on the contract', () => {
  it('lists every record with its version, and the exchange JSON without', async () => {
    for (const list of [
      'cooperatives.list',
      'fundingStreams.list',
      'plans.list',
      'indicators.list',
      'scenarios.list',
    ]) {
      const records = await ok<{ version: number }[]>(list, {});
      expect(records.length).toBeGreaterThan(0);
      for (const record of records) expect(record.version).toBe(1);
    }
    expect(await ok<{ version: number }>('settings.get', {})).toMatchObject({ version: 1 });
    const exported = await ok<{ text: string }>('workspace.exportJson', {});
    for (const workspace of [
      await ok<Record<string, unknown>>('workspace.get', {}),
      JSON.parse(exported.text),
    ]) {
      for (const key of ['cooperatives', 'fundingStreams', 'plans', 'indicators', 'scenarios']) {
        for (const record of workspace[key] as object[]) expect(record).not.toHaveProperty('version');
      }
      expect(workspace['settings']).not.toHaveProperty('version');
    }
  });

  it('raises the version on every write and answers it', async () => {
    const [plan] = await ok<Versioned[]>('plans.list', {});
    const { version: _v, ...record } = plan!;
    const first = await ok<Versioned>('plans.update', {
      plan: { ...record, name: 'Een' },
      expectedVersion: 1,
    });
    expect(first).toMatchObject({ name: 'Een', version: 2 });
    const second = await ok<Versioned>('plans.update', { plan: { ...record, name: 'Twee' } });
    expect(second.version).toBe(3);
    const [listed] = await ok<Versioned[]>('plans.list', {});
    expect(listed).toMatchObject({ name: 'Twee', version: 3 });
  });

  it('refuses a stale update with conflict, naming who changed it, and keeps theirs', async () => {
    const [cooperative] = await ok<Versioned[]>('cooperatives.list', {});
    const { version: _v, ...record } = cooperative!;
    await ok(
      'cooperatives.update',
      { cooperative: { ...record, name: 'Van Anna' }, expectedVersion: 1 },
      anna,
    );
    const stale = await call('cooperatives.update', {
      cooperative: { ...record, name: 'Van mij' },
      expectedVersion: 1,
    });
    expect(stale).toMatchObject({ ok: false, error: { code: 'conflict' } });
    if (stale.ok) return;
    expect(stale.error.message).toContain('anna');
    const [stored] = await ok<Versioned[]>('cooperatives.list', {});
    expect(stored).toMatchObject({ name: 'Van Anna', version: 2 });
    // Applying mine on top: expecting the version now stored.
    const mine = await ok<Versioned>('cooperatives.update', {
      cooperative: { ...record, name: 'Van mij' },
      expectedVersion: 2,
    });
    expect(mine).toMatchObject({ name: 'Van mij', version: 3 });
  });

  it('refuses a stale delete, and a stale settings update', async () => {
    const [scenario] = await ok<Versioned[]>('scenarios.list', {});
    const { version: _v, ...record } = scenario!;
    await ok('scenarios.update', { scenario: { ...record, name: 'Nieuw' }, expectedVersion: 1 });
    expect(await call('scenarios.delete', { id: record.id, expectedVersion: 1 })).toMatchObject({
      ok: false,
      error: { code: 'conflict' },
    });
    expect((await ok<Versioned[]>('scenarios.list', {})).map((s) => s.id)).toContain(record.id);
    expect(await ok('scenarios.delete', { id: record.id, expectedVersion: 2 })).toMatchObject({
      scenario: { id: record.id },
    });

    const { version: _s, ...settings } = await ok<{ version: number; municipality: string }>(
      'settings.get',
      {},
    );
    expect(
      await ok('settings.update', { settings: { ...settings, municipality: 'Utrecht' }, expectedVersion: 1 }),
    ).toMatchObject({
      municipality: 'Utrecht',
      version: 2,
    });
    expect(await call('settings.update', { settings, expectedVersion: 1 })).toMatchObject({
      ok: false,
      error: { code: 'conflict' },
    });
  });

  it('answers a version for writes that go through a batch (stream update, plan create)', async () => {
    const [stream] = await ok<Versioned[]>('fundingStreams.list', {});
    const { version: _v, ...record } = stream!;
    expect(
      await ok('fundingStreams.update', { stream: { ...record, name: 'Fonds' }, expectedVersion: 1 }),
    ).toMatchObject({
      name: 'Fonds',
      version: 2,
    });
    // A stream nothing uses yet: its delete meets only the version check.
    const created = await ok<Versioned>('fundingStreams.create', { stream: { ...record, id: 'nieuw' } });
    expect(created.version).toBe(1);
    await ok('fundingStreams.update', {
      stream: { ...record, id: 'nieuw', name: 'Nieuw' },
      expectedVersion: 1,
    });
    expect(await call('fundingStreams.delete', { id: 'nieuw', expectedVersion: 1 })).toMatchObject({
      ok: false,
      error: { code: 'conflict' },
    });
    expect(await ok('fundingStreams.delete', { id: 'nieuw', expectedVersion: 2 })).toMatchObject({
      stream: { id: 'nieuw' },
    });
    const [plan] = await ok<Versioned[]>('plans.list', {});
    const { version: _p, ...planRecord } = plan!;
    expect(await ok('plans.create', { plan: { ...planRecord, id: 'kopie' } })).toMatchObject({
      id: 'kopie',
      version: 1,
    });
  });

  it('refuses a record that carries its version inside it (the model is strict)', async () => {
    const [plan] = await ok<Versioned[]>('plans.list', {});
    expect(await call('plans.update', { plan })).toMatchObject({
      ok: false,
      error: { code: 'invalid-input' },
    });
  });

  it('writes as the caller: the audit trail names the user and the operation', async () => {
    const [plan] = await ok<Versioned[]>('plans.list', {});
    const { version: _v, ...record } = plan!;
    await ok('plans.update', { plan: { ...record, name: 'Door Anna' }, expectedVersion: 1 }, anna);
    await ok('plans.update', { plan: { ...record, name: 'Lokaal' }, expectedVersion: 2 });
    const events = (await harness.session.store().audit({ entity: 'plan', id: record.id })).slice(-2);
    expect(events.map(({ user, operation }) => ({ user, operation }))).toEqual([
      { user: 'anna', operation: 'plans.update' },
      { user: 'local', operation: 'plans.update' },
    ]);
    expect(events[0]).toMatchObject({ before: { name: record.name }, after: { name: 'Door Anna' } });
  });
});
