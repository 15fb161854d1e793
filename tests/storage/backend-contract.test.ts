/**
 * The `WorkspaceBackend` contract, run over both backends: the workspace file (SQLite)
 * and the team database (PostgreSQL, a real server from the test harness).
 */
import { describe, expect, it } from 'vitest';
import { loadDemoWorkspace } from '../../src/data';
import type { Workspace } from '../../src/model';
import { SINGLE_RECORD_ID, type AuditEvent, type WorkspaceBackend } from '../../src/storage/backend';
import { exchangeValue } from '../../src/storage/record-values';
import { BACKEND_KINDS, CREATOR, refusal, refusalFacts, useBackends } from './backends';
import { at, cooperativeModel, workspaceWith } from './builders';

const { open } = useBackends();
const BOB = { user: 'bob', operation: 'cooperatives.update' };

const ids = (items: readonly { id: string }[]): string[] => items.map((item) => item.id);
const withoutTime = (events: AuditEvent[]) => events.map(({ at: _at, seq: _seq, ...rest }) => rest);

describe.each(BACKEND_KINDS)('WorkspaceBackend contract: %s', (kind) => {
  const backendWith = (workspace: Workspace, writer = CREATOR): Promise<WorkspaceBackend> =>
    open(kind)(workspace, writer);

  it('lists every record in its order at version 1, and loads the workspace it was given', async () => {
    const demo = loadDemoWorkspace();
    const backend = await backendWith(demo);
    expect(backend.kind).toBe(kind);
    expect(await backend.load()).toEqual(demo);
    const cooperatives = await backend.listCooperatives();
    expect(ids(cooperatives)).toEqual(ids(demo.cooperatives));
    expect(cooperatives.map((c) => c.version)).toEqual(demo.cooperatives.map(() => 1));
    expect(ids(await backend.listFundingStreams())).toEqual(ids(demo.fundingStreams));
    expect(ids(await backend.listPlans())).toEqual(ids(demo.plans));
    expect(ids(await backend.listIndicators())).toEqual(ids(demo.indicators));
    expect(ids(await backend.listScenarios())).toEqual(ids(demo.scenarios));
    const { version, ...settings } = await backend.settings();
    expect(settings).toEqual(demo.settings);
    expect(version).toBe(1);
    const meta = await backend.meta();
    expect(meta.path).toBe(backend.location);
    expect(meta.lastSavedAt).not.toBeNull();
  });

  it('inserts at the position asked (clamped) and refuses an id that is taken', async () => {
    const backend = await backendWith(workspaceWith(['a', 'b', 'c']));
    const inserted = await backend.insertCooperative(cooperativeModel('x'), 1);
    expect(inserted).toMatchObject({ id: 'x', version: 1 });
    await backend.insertCooperative(cooperativeModel('end'), 99);
    await backend.insertCooperative(cooperativeModel('start'), -5);
    await backend.insertCooperative(cooperativeModel('last'));
    expect(ids(await backend.listCooperatives())).toEqual(['start', 'a', 'x', 'b', 'c', 'end', 'last']);
    const taken = await refusal(backend.insertCooperative(cooperativeModel('a', { name: 'Other' }), 0));
    expect(refusalFacts(taken)).toEqual({ code: 'exists', params: { entity: 'cooperative', id: 'a' } });
    expect(taken.params['file']).toBe(backend.location);
    expect(at(await backend.listCooperatives(), 1).name).toBe('Coop a');
  });

  it('raises the version on every update and refuses a stale one, naming who changed it and when', async () => {
    const backend = await backendWith(workspaceWith(['a', 'b']));
    const bob = backend.as(BOB);
    const renamed = await bob.updateCooperative(cooperativeModel('a', { name: 'Renamed' }), {
      expectedVersion: 1,
    });
    expect(renamed).toMatchObject({ id: 'a', name: 'Renamed', version: 2 });
    const versions = await backend.versions('cooperative');
    const facts = versions.get('a');
    expect(facts).toMatchObject({ version: 2, changedBy: 'bob' });
    expect(Number.isNaN(Date.parse(facts!.changedAt))).toBe(false);

    const stale = await refusal(
      backend.updateCooperative(cooperativeModel('a', { name: 'Mine' }), { expectedVersion: 1 }),
    );
    expect(refusalFacts(stale)).toEqual({
      code: 'conflict',
      params: {
        entity: 'cooperative',
        id: 'a',
        expected: 1,
        actual: 2,
        changedBy: 'bob',
        changedAt: facts!.changedAt,
      },
    });
    expect(at(await backend.listCooperatives(), 0)).toMatchObject({ name: 'Renamed', version: 2 });
    // Without a version to check, the write goes through (tools and tests).
    expect(await backend.updateCooperative(cooperativeModel('a', { name: 'Tool' }))).toMatchObject({
      version: 3,
    });
    const missing = await refusal(backend.updateCooperative(cooperativeModel('zz')));
    expect(refusalFacts(missing)).toEqual({ code: 'not-found', params: { entity: 'cooperative', id: 'zz' } });
  });

  it('deletes close the gap and return the record with where it stood; a stale delete is refused', async () => {
    const backend = await backendWith(workspaceWith(['a', 'b', 'c']));
    await backend.updateCooperative(cooperativeModel('b', { name: 'B2' }));
    const stale = await refusal(backend.deleteCooperative('b', { expectedVersion: 1 }));
    expect(refusalFacts(stale)).toMatchObject({ code: 'conflict', params: { expected: 1, actual: 2 } });
    const removed = await backend.deleteCooperative('b', { expectedVersion: 2 });
    expect(removed).toEqual({ item: cooperativeModel('b', { name: 'B2' }), position: 1 });
    expect(ids(await backend.listCooperatives())).toEqual(['a', 'c']);
    expect([...(await backend.versions('cooperative')).keys()].sort()).toEqual(['a', 'c']);
    // An undo puts it back where it stood, as a new record at version 1.
    expect(await backend.insertCooperative(removed.item, removed.position)).toMatchObject({ version: 1 });
    expect(ids(await backend.listCooperatives())).toEqual(['a', 'b', 'c']);
    const missing = await refusal(backend.deleteCooperative('zz'));
    expect(refusalFacts(missing)).toEqual({ code: 'not-found', params: { entity: 'cooperative', id: 'zz' } });
  });

  it('refuses to delete what is still referred to, listing what refers to it', async () => {
    const backend = await backendWith(loadDemoWorkspace());
    const cooperative = await refusal(backend.deleteCooperative('glansrijk'));
    expect(refusalFacts(cooperative)).toEqual({
      code: 'in-use',
      params: {
        entity: 'cooperative',
        id: 'glansrijk',
        plans: 'glansrijk-gemeentegebouwen, glansrijk-leerwerkbedrijf',
      },
    });
    const plan = await refusal(backend.deletePlan('warmtenet-oost'));
    expect(plan.code).toBe('in-use');
    expect(plan.params['scenarios']).toBe('basis, klimaatversnelling, inkoop-vliegwiel, ontschotting');
    expect(ids(await backend.listPlans())).toEqual(ids(loadDemoWorkspace().plans));
    // A scenario is referred to by nothing.
    expect((await backend.deleteScenario('bezuiniging')).position).toBe(2);
  });

  it('appends one audit event per record changed: who, which operation, exact values before and after', async () => {
    const backend = await backendWith(workspaceWith(['a']));
    const created = await backend.audit();
    expect(withoutTime(created)).toEqual([
      {
        user: 'ann',
        operation: 'workspace.import',
        entity: 'settings',
        id: SINGLE_RECORD_ID,
        before: null,
        after: expect.anything(),
      },
      {
        user: 'ann',
        operation: 'workspace.import',
        entity: 'cooperative',
        id: 'a',
        before: null,
        after: exchangeValue('cooperative', cooperativeModel('a')),
      },
    ]);
    await backend.as(BOB).updateCooperative(cooperativeModel('a', { members: 12 }));
    await backend.as({ user: 'cem', operation: 'cooperatives.delete' }).deleteCooperative('a');
    const events = await backend.audit({ entity: 'cooperative', id: 'a' });
    expect(withoutTime(events).slice(1)).toEqual([
      {
        user: 'bob',
        operation: 'cooperatives.update',
        entity: 'cooperative',
        id: 'a',
        before: exchangeValue('cooperative', cooperativeModel('a')),
        after: exchangeValue('cooperative', cooperativeModel('a', { members: 12 })),
      },
      {
        user: 'cem',
        operation: 'cooperatives.delete',
        entity: 'cooperative',
        id: 'a',
        before: exchangeValue('cooperative', cooperativeModel('a', { members: 12 })),
        after: null,
      },
    ]);
    const all = await backend.audit();
    expect(all.map((event) => event.seq)).toEqual([...all.map((event) => event.seq)].sort((x, y) => x - y));
    expect(new Set(all.map((event) => event.seq)).size).toBe(all.length);
    const last = at(all, all.length - 1);
    expect(await backend.audit({ since: last.at })).toContainEqual(last);
    expect(await backend.audit({ since: new Date(Date.parse(last.at) + 60_000).toISOString() })).toEqual([]);
  });

  it('replace records only the records created, changed or removed; the others keep their version', async () => {
    const demo = loadDemoWorkspace();
    const backend = await backendWith(demo);
    const before = (await backend.audit()).length;
    const first = at(demo.cooperatives, 0);
    const next: Workspace = {
      ...demo,
      cooperatives: [
        { ...first, name: 'Zonnewende' },
        ...demo.cooperatives.slice(1),
        cooperativeModel('nieuw'),
      ],
      scenarios: demo.scenarios.filter((scenario) => scenario.id !== 'bezuiniging'),
    };
    await backend.as({ user: 'dee', operation: 'workspace.replace' }).replace(next);
    expect(await backend.load()).toEqual(next);
    const events = (await backend.audit()).slice(before);
    expect(events.map(({ entity, id, user, operation }) => [entity, id, user, operation])).toEqual([
      ['cooperative', first.id, 'dee', 'workspace.replace'],
      ['cooperative', 'nieuw', 'dee', 'workspace.replace'],
      ['scenario', 'bezuiniging', 'dee', 'workspace.replace'],
    ]);
    const versions = await backend.versions('cooperative');
    expect(versions.get(first.id)?.version).toBe(2);
    expect(versions.get('nieuw')?.version).toBe(1);
    expect(versions.get(at(demo.cooperatives, 1).id)).toMatchObject({ version: 1, changedBy: 'ann' });
    expect((await backend.versions('scenario')).has('bezuiniging')).toBe(false);
  });

  it('writes a batch whole or not at all', async () => {
    const backend = await backendWith(workspaceWith(['a', 'b']));
    const load = await backend.load();
    const trail = await backend.audit();
    const failing = await refusal(
      backend.writeBatch(() => [
        { op: 'updateCooperative', cooperative: cooperativeModel('a', { name: 'Half' }) },
        { op: 'deleteCooperative', id: 'missing' },
      ]),
    );
    expect(refusalFacts(failing)).toEqual({
      code: 'not-found',
      params: { entity: 'cooperative', id: 'missing' },
    });
    const stale = await refusal(
      backend.writeBatch(() => [
        { op: 'insertCooperative', cooperative: cooperativeModel('c') },
        { op: 'deleteCooperative', id: 'b', expectedVersion: 7 },
      ]),
    );
    expect(stale.code).toBe('conflict');
    await expect(
      backend.writeBatch(() => {
        throw new Error('prepare failed');
      }),
    ).rejects.toThrow('prepare failed');
    expect(await backend.load()).toEqual(load);
    expect(await backend.audit()).toEqual(trail);
    expect((await backend.versions('cooperative')).get('a')?.version).toBe(1);

    const count = await backend.as(BOB).writeBatch((current) => [
      { op: 'insertCooperative', cooperative: cooperativeModel('c'), position: 0 },
      { op: 'deleteCooperative', id: at(current.cooperatives, 1).id, expectedVersion: 1 },
    ]);
    expect(count).toBe(2);
    expect(ids(await backend.listCooperatives())).toEqual(['c', 'a']);
    expect(
      (await backend.audit()).slice(trail.length).map((e) => [e.entity, e.id, e.after === null]),
    ).toEqual([
      ['cooperative', 'c', false],
      ['cooperative', 'b', true],
    ]);
  });

  it('updates an indicator and the plans it restates in one write, each with its own version', async () => {
    const demo = loadDemoWorkspace();
    const backend = await backendWith(demo);
    const plan = demo.plans.find((p) => p.impacts.length > 0)!;
    const indicator = demo.indicators.find((i) => i.id === at(plan.impacts, 0).indicatorId)!;
    const stale = await refusal(
      backend.updateIndicator({ ...indicator, label: 'X' }, [plan], { expectedVersion: 3 }),
    );
    expect(stale.code).toBe('conflict');
    expect((await backend.versions('plan')).get(plan.id)?.version).toBe(1);
    const updated = await backend.updateIndicator(
      { ...indicator, label: 'Nieuw' },
      [{ ...plan, name: 'P' }],
      {
        expectedVersion: 1,
      },
    );
    expect(updated).toMatchObject({ id: indicator.id, label: 'Nieuw', version: 2 });
    expect((await backend.versions('plan')).get(plan.id)?.version).toBe(2);
    expect((await backend.listPlans()).find((p) => p.id === plan.id)).toMatchObject({
      name: 'P',
      version: 2,
    });
  });

  it('checks each restated plan against the version it was restated from, writing nothing when one is stale', async () => {
    const demo = loadDemoWorkspace();
    const backend = await backendWith(demo);
    const plan = demo.plans.find((p) => p.impacts.length > 0)!;
    const indicator = demo.indicators.find((i) => i.id === at(plan.impacts, 0).indicatorId)!;
    await backend.as(BOB).updatePlan({ ...plan, name: 'Bob' }, { expectedVersion: 1 });
    const stale = await refusal(
      backend.updateIndicator({ ...indicator, label: 'X' }, [plan], { expectedVersion: 1 }, { [plan.id]: 1 }),
    );
    expect(refusalFacts(stale)).toMatchObject({
      code: 'conflict',
      params: { entity: 'plan', id: plan.id, expected: 1, actual: 2 },
    });
    expect((await backend.versions('indicator')).get(indicator.id)?.version).toBe(1);
    expect((await backend.listPlans()).find((p) => p.id === plan.id)).toMatchObject({
      name: 'Bob',
      version: 2,
    });
    const updated = await backend.updateIndicator(
      { ...indicator, label: 'X' },
      [{ ...plan, name: 'Bob' }],
      { expectedVersion: 1 },
      { [plan.id]: 2 },
    );
    expect(updated.version).toBe(2);
    expect((await backend.versions('plan')).get(plan.id)?.version).toBe(3);
  });

  it('keeps versions of the single records: settings and procurement', async () => {
    const demo = loadDemoWorkspace();
    const backend = await backendWith(demo);
    const updated = await backend.updateSettings(
      { ...demo.settings, startYear: 2027 },
      { expectedVersion: 1 },
    );
    expect(updated).toMatchObject({ startYear: 2027, version: 2 });
    expect(
      refusalFacts(await refusal(backend.updateSettings(demo.settings, { expectedVersion: 1 }))),
    ).toMatchObject({
      code: 'conflict',
      params: { entity: 'settings', id: SINGLE_RECORD_ID, expected: 1, actual: 2 },
    });
    expect((await backend.settings()).version).toBe(2);

    const trail = (await backend.audit()).length;
    await backend.updateProcurement(undefined, { expectedVersion: 1 });
    expect((await backend.load()).procurement).toBeUndefined();
    expect((await backend.versions('procurement')).get(SINGLE_RECORD_ID)?.version).toBe(2);
    // Removing a section that is not there changes nothing.
    await backend.updateProcurement(undefined);
    await backend.updateProcurement(demo.procurement, { expectedVersion: 2 });
    expect((await backend.load()).procurement).toEqual(demo.procurement);
    const events = (await backend.audit({ entity: 'procurement' })).slice(1);
    expect(events.map((e) => [e.before === null, e.after === null])).toEqual([
      [false, true],
      [true, false],
    ]);
    expect((await backend.audit()).length).toBe(trail + 2);
  });

  it('refuses a record that names a missing one, writing nothing', async () => {
    const demo = loadDemoWorkspace();
    const backend = await backendWith(demo);
    const plan = at(demo.plans, 0);
    const error = await refusal(backend.updatePlan({ ...plan, cooperativeId: 'nobody' }));
    expect(error.code).toBe('constraint');
    expect(await backend.load()).toEqual(demo);
  });

  it('inserts, updates and deletes every kind of record, each with its version and event', async () => {
    const demo = loadDemoWorkspace();
    const backend = await backendWith(demo);
    const stream = { ...at(demo.fundingStreams, 0), id: 'nieuwe-bron' };
    const plan = { ...at(demo.plans, 0), id: 'nieuw-plan' };
    const indicator = { ...at(demo.indicators, 0), id: 'nieuwe-indicator' };
    const scenario = { ...at(demo.scenarios, 0), id: 'nieuw-scenario' };
    expect(await backend.insertFundingStream(stream, 1)).toMatchObject({ id: stream.id, version: 1 });
    expect(await backend.insertPlan(plan, 0)).toMatchObject({ id: plan.id, version: 1 });
    expect(await backend.insertIndicator(indicator)).toMatchObject({ id: indicator.id, version: 1 });
    expect(await backend.insertScenario(scenario, 2)).toMatchObject({ id: scenario.id, version: 1 });
    expect(at(await backend.listFundingStreams(), 1).id).toBe(stream.id);
    expect(at(await backend.listPlans(), 0).id).toBe(plan.id);
    expect((await backend.listIndicators()).at(-1)?.id).toBe(indicator.id);
    expect(at(await backend.listScenarios(), 2).id).toBe(scenario.id);

    const check = { expectedVersion: 1 };
    expect(await backend.updateFundingStream({ ...stream, name: 'Bron' }, check)).toMatchObject({
      version: 2,
    });
    expect(await backend.updatePlan({ ...plan, name: 'Plan' }, check)).toMatchObject({ version: 2 });
    expect(await backend.updateIndicator({ ...indicator, label: 'Indicator' }, [], check)).toMatchObject({
      version: 2,
    });
    expect(await backend.updateScenario({ ...scenario, name: 'Scenario' }, check)).toMatchObject({
      version: 2,
    });

    const latest = { expectedVersion: 2 };
    expect((await backend.deleteScenario(scenario.id, latest)).position).toBe(2);
    expect((await backend.deletePlan(plan.id, latest)).position).toBe(0);
    expect((await backend.deleteIndicator(indicator.id, latest)).item).toMatchObject({ label: 'Indicator' });
    expect((await backend.deleteFundingStream(stream.id, latest)).position).toBe(1);
    expect(await backend.load()).toEqual(demo);
    const mine = (await backend.audit()).filter((event) => event.id.startsWith('nieuw'));
    expect(mine.map((event) => [event.entity, event.before === null, event.after === null])).toEqual([
      ['fundingStream', true, false],
      ['plan', true, false],
      ['indicator', true, false],
      ['scenario', true, false],
      ['fundingStream', false, false],
      ['plan', false, false],
      ['indicator', false, false],
      ['scenario', false, false],
      ['scenario', false, true],
      ['plan', false, true],
      ['indicator', false, true],
      ['fundingStream', false, true],
    ]);
  });

  it('answers the same on a reopened view: `as` shares the workspace and changes only the writer', async () => {
    const backend = await backendWith(workspaceWith(['a']));
    const view = backend.as({ user: 'eve', operation: 'cooperatives.create' });
    expect(view.kind).toBe(kind);
    expect(view.location).toBe(backend.location);
    await view.insertCooperative(cooperativeModel('b'));
    expect(ids(await backend.listCooperatives())).toEqual(['a', 'b']);
    expect(at(await backend.audit({ id: 'b' }), 0)).toMatchObject({
      user: 'eve',
      operation: 'cooperatives.create',
    });
  });
});
