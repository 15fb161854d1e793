/**
 * Issue 17, a record's history through the contract on the workspace file: `audit.history`
 * answers one record's events newest first, each with who, which operation and the
 * fields that changed from what to what (exchange form: euros).
 */
import { describe, expect, it } from 'vitest';
import { invoke } from '../../src/api/invoke';
import type { CallContext } from '../../src/api/context';
import { openWorkspaceStore } from '../../src/storage';
import { useSession } from '../helpers/session';

const harness = useSession();
const en: CallContext = { lang: 'en' };
const anna: CallContext = { lang: 'nl', user: { name: 'anna', role: 'editor' } };
const bert: CallContext = { lang: 'nl', user: { name: 'bert', role: 'viewer' } };

async function ok<T>(name: string, input: unknown, context: CallContext = en): Promise<T> {
  const result = await invoke(harness.session, name, input, context);
  if (!result.ok) throw new Error(`${name}: ${result.error.code} ${result.error.message}`);
  return result.value as T;
}

type Change = { path: unknown[]; before: unknown; after: unknown };
type Event = { at: string; user: string; operation: string; kind: string; changes: Change[] };
type Plan = {
  id: string;
  name: string;
  version: number;
  costs: { id: string; amounts: Record<string, number> }[];
};

describe('audit.history', () => {
  it('lists who changed which field of a plan from what to what, newest first', async () => {
    const [listed] = await ok<Plan[]>('plans.list', {});
    const { version, ...plan } = listed!;
    const cost = plan.costs[0]!;
    const year = Object.keys(cost.amounts)[0]!;
    const oldAmount = cost.amounts[year]!;
    await ok('plans.update', { plan: { ...plan, name: 'Eerste naam' }, expectedVersion: version }, anna);
    const changedCosts = plan.costs.map((c) =>
      c.id === cost.id ? { ...c, amounts: { ...c.amounts, [year]: oldAmount + 1234.5 } } : c,
    );
    await ok('plans.update', { plan: { ...plan, name: 'Eerste naam', costs: changedCosts } }, en);

    // A viewer may read it.
    const history = await ok<Event[]>('audit.history', { entity: 'plan', id: plan.id }, bert);
    expect(history[0]).toMatchObject({
      user: 'local',
      operation: 'plans.update',
      kind: 'changed',
      changes: [
        { path: ['costs', { id: cost.id }, 'amounts', year], before: oldAmount, after: oldAmount + 1234.5 },
      ],
    });
    expect(history[1]).toMatchObject({
      user: 'anna',
      operation: 'plans.update',
      kind: 'changed',
      changes: [{ path: ['name'], before: plan.name, after: 'Eerste naam' }],
    });
    expect(history.map((event) => event.at)).toEqual([...history.map((event) => event.at)].sort().reverse());
    // Only this record's events.
    expect(history.every((event) => event.changes.every((c) => c.path.length > 0))).toBe(true);
  });

  it('keeps the history in the file: reopened, the same events are there', async () => {
    const [cooperative] = await ok<{ id: string; name: string; version: number }[]>('cooperatives.list', {});
    const { version, ...record } = cooperative!;
    await ok(
      'cooperatives.update',
      { cooperative: { ...record, name: 'Andere naam' }, expectedVersion: version },
      anna,
    );
    const path = (await ok<{ path: string }>('workspace.info', {})).path;
    harness.session.close();
    const store = openWorkspaceStore(path);
    try {
      const events = store.audit({ entity: 'cooperative', id: record.id });
      expect(events.at(-1)).toMatchObject({ user: 'anna', operation: 'cooperatives.update' });
    } finally {
      store.close();
    }
    harness.session.open(path);
    const history = await ok<Event[]>('audit.history', { entity: 'cooperative', id: record.id });
    expect(history[0]).toMatchObject({
      user: 'anna',
      changes: [{ path: ['name'], before: record.name, after: 'Andere naam' }],
    });
  });

  it('shows a created and a deleted stream without field changes; an unknown id has no history', async () => {
    const [stream] = await ok<{ id: string; version: number }[]>('fundingStreams.list', {});
    const { version: _v, ...record } = stream!;
    const copy = { ...record, id: 'copy-stream', name: 'Kopie' };
    await ok('fundingStreams.create', { stream: copy }, anna);
    await ok('fundingStreams.delete', { id: 'copy-stream' }, anna);
    const history = await ok<Event[]>('audit.history', { entity: 'fundingStream', id: 'copy-stream' });
    expect(history.map((event) => [event.kind, event.operation, event.changes.length])).toEqual([
      ['deleted', 'fundingStreams.delete', 0],
      ['created', 'fundingStreams.create', 0],
    ]);
    expect(await ok('audit.history', { entity: 'plan', id: 'no-such-plan' })).toEqual([]);
  });

  it('refuses an entity it does not know, naming the field', async () => {
    const result = await invoke(harness.session, 'audit.history', { entity: 'settings', id: 'x' }, en);
    expect(result).toMatchObject({ ok: false, error: { code: 'invalid-input' } });
    if (!result.ok) expect(result.error.message).toContain('entity');
  });
});
