import { describe, expect, it } from 'vitest';
import { invoke } from '../../src/api/invoke';
import { OPERATION_NAMES } from '../../src/contract/operations';
import { handlers } from '../../src/api/handlers';
import { clone, workspaceJson } from '../helpers/builders';
import { useSession } from '../helpers/session';

const harness = useSession();

const en = { lang: 'en' as const };

describe('contract', () => {
  it('has a handler for every operation and no handler without an operation', () => {
    expect(Object.keys(handlers).sort()).toEqual([...OPERATION_NAMES].sort());
  });

  it('answers an unknown operation with an error result instead of throwing', async () => {
    const result = await invoke(harness.session, 'cooperatives.drop', {}, en);
    expect(result).toMatchObject({ ok: false, error: { code: 'unknown-operation' } });
  });

  it('returns workspace JSON in euros, not cents', async () => {
    const result = await invoke(harness.session, 'cooperatives.list', {}, en);
    expect(result).toMatchObject({
      ok: true,
      value: [{ id: 'zon-oost', priorStateAid: [{ year: 2025, amount: 20000 }] }],
    });
  });

  it('creates, updates and deletes a cooperative, and delete returns its old position for undo', async () => {
    const cooperative = {
      ...clone(workspaceJson().cooperatives![0]!),
      id: 'schoon-west',
      name: 'Schoon West',
    };
    expect(
      await invoke(harness.session, 'cooperatives.create', { cooperative, position: 0 }, en),
    ).toMatchObject({
      ok: true,
    });
    const listed = await invoke(harness.session, 'cooperatives.list', {}, en);
    expect(listed.ok && (listed.value as { id: string }[]).map((c) => c.id)).toEqual([
      'schoon-west',
      'zon-oost',
    ]);

    const updated = await invoke(
      harness.session,
      'cooperatives.update',
      { cooperative: { ...cooperative, members: 7 } },
      en,
    );
    expect(updated).toMatchObject({ ok: true, value: { members: 7 } });

    const removed = await invoke(harness.session, 'cooperatives.delete', { id: 'schoon-west' }, en);
    expect(removed).toMatchObject({
      ok: true,
      value: { position: 0, cooperative: { id: 'schoon-west', members: 7 } },
    });
  });

  it('refuses invalid input with every issue and its path, and writes nothing', async () => {
    const before = await invoke(harness.session, 'workspace.info', {}, en);
    const cooperative = {
      ...clone(workspaceJson().cooperatives![0]!),
      id: 'Bad Id',
      members: -1,
      extra: true,
    };
    const result = await invoke(harness.session, 'cooperatives.create', { cooperative }, en);
    expect(result.ok).toBe(false);
    if (result.ok) return;
    expect(result.error.code).toBe('invalid-input');
    expect(result.error.issues?.map((i) => i.pathText)).toEqual([
      'cooperative.id',
      'cooperative.members',
      'cooperative.extra',
    ]);
    const after = await invoke(harness.session, 'workspace.info', {}, en);
    expect(after).toEqual(before);
  });

  it('refuses to create a cooperative whose id exists', async () => {
    const cooperative = clone(workspaceJson().cooperatives![0]!);
    const result = await invoke(harness.session, 'cooperatives.create', { cooperative }, en);
    expect(result).toMatchObject({ ok: false, error: { code: 'exists' } });
  });

  it('refuses to delete a cooperative that a plan uses, naming the plan', async () => {
    const result = await invoke(harness.session, 'cooperatives.delete', { id: 'zon-oost' }, en);
    expect(result).toMatchObject({ ok: false, error: { code: 'in-use' } });
    // By name, never by id or the file's path (issue 14).
    if (!result.ok) expect(result.error.message).toContain('"Zonnedaken"');
    if (!result.ok) expect(result.error.message).not.toMatch(/zon-plan|zon-oost|\.coopfolio/);
  });

  it('refuses to delete a stream that a locked amount uses', async () => {
    const result = await invoke(
      harness.session,
      'fundingStreams.delete',
      { id: 'klimaatfonds' },
      { lang: 'nl' },
    );
    expect(result).toMatchObject({ ok: false, error: { code: 'in-use' } });
  });

  it('exports and re-imports the workspace as JSON without change', async () => {
    const exported = await invoke(harness.session, 'workspace.exportJson', {}, en);
    if (!exported.ok) throw new Error(exported.error.message);
    const { text } = exported.value as { text: string };
    expect(await invoke(harness.session, 'workspace.importJson', { text }, en)).toMatchObject({ ok: true });
    const again = await invoke(harness.session, 'workspace.exportJson', {}, en);
    expect(again.ok && (again.value as { text: string }).text).toBe(text);
  });

  it('refuses an invalid workspace import and keeps the current content', async () => {
    const json = clone(workspaceJson());
    json.plans![0]!.costs[0]!.amounts['2040'] = 1;
    const result = await invoke(harness.session, 'workspace.importJson', { text: JSON.stringify(json) }, en);
    expect(result.ok).toBe(false);
    if (!result.ok) expect(result.error.issues?.[0]?.pathText).toBe('plans[0].costs[0].amounts.2040');
    const listed = await invoke(harness.session, 'plans.list', {}, en);
    expect(listed.ok && (listed.value as unknown[]).length).toBe(1);
  });

  it('summarises the workspace for the overview', async () => {
    const result = await invoke(harness.session, 'workspace.info', {}, en);
    expect(result).toMatchObject({
      ok: true,
      value: {
        fileName: 'test.coopfolio',
        counts: { cooperatives: 1, fundingStreams: 2, silos: 2, plans: 1, indicators: 1, scenarios: 1 },
        totalPlanCost: 190000.25,
        budgetFirstYear: 350000,
        unlimitedStreams: 0,
      },
    });
  });
});

describe('blend through the contract', () => {
  it('blends a plan and answers in the JSON form of the command line', async () => {
    const result = await invoke(harness.session, 'plans.blend', { planId: 'zon-plan' }, en);
    expect(result.ok).toBe(true);
    if (!result.ok) return;
    const value = result.value as {
      totalCost: number;
      funded: number;
      ownRevenueTotal: number;
      gap: number;
      allocations: { amount: number }[];
    };
    expect(value.totalCost).toBe(190000.25);
    expect(value.funded + value.ownRevenueTotal + value.gap).toBeCloseTo(value.totalCost, 2);
    expect(value.allocations.some((a) => a.amount === 10000)).toBe(true);
  });

  it('refuses an unknown plan or scenario with the field named', async () => {
    const plan = await invoke(harness.session, 'plans.blend', { planId: 'ghost' }, en);
    expect(plan).toMatchObject({
      ok: false,
      error: { code: 'invalid-input', issues: [{ pathText: 'planId' }] },
    });
    const scenario = await invoke(
      harness.session,
      'scenarios.blend',
      { scenarioId: 'ghost' },
      { lang: 'nl' },
    );
    expect(scenario).toMatchObject({
      ok: false,
      error: { code: 'invalid-input', message: 'scenarioId: scenario "ghost" bestaat niet' },
    });
  });
});
