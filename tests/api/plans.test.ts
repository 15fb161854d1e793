import { describe, expect, it } from 'vitest';
import { invoke } from '../../src/api/invoke';
import type { Lang } from '../../src/model/messages';
import type { PlanJson } from '../../src/model/plan';
import { clone, workspaceJson } from '../helpers/builders';
import { useSession } from '../helpers/session';

const harness = useSession();

const en = { lang: 'en' as const };

/** The builders' plan "zon-plan" (cooperative zon-oost, streams klimaatfonds and buurtlening, indicator co2). */
function planJson(id = 'zon-plan'): PlanJson {
  return { ...clone(workspaceJson().plans![0]!), id };
}

async function planIds(): Promise<string[]> {
  const listed = await invoke(harness.session, 'plans.list', {}, en);
  if (!listed.ok) throw new Error(listed.error.message);
  return (listed.value as PlanJson[]).map((p) => p.id);
}

async function scenarioPlans(id: string): Promise<string[]> {
  const listed = await invoke(harness.session, 'scenarios.list', {}, en);
  if (!listed.ok) throw new Error(listed.error.message);
  return (listed.value as { id: string; plans: string[] }[]).find((s) => s.id === id)?.plans ?? [];
}

async function exported(): Promise<string> {
  const result = await invoke(harness.session, 'workspace.exportJson', {}, en);
  if (!result.ok) throw new Error(result.error.message);
  return (result.value as { text: string }).text;
}

/** A plan that breaks every cross reference a plan can break. */
function brokenPlan(): PlanJson {
  const plan = planJson('kapot');
  plan.cooperativeId = 'ghost-coop';
  plan.costs.push({ id: 'pv', category: 'opex', label: 'Nog eens pv', amounts: {} });
  plan.locked = [
    { streamId: 'klimaatfonds', costId: 'pv', year: 2026, amount: 100 },
    { streamId: 'ghost-stream', costId: 'ghost-cost', year: 2027, amount: 100 },
  ];
  plan.impacts![0]!.indicatorId = 'ghost-indicator';
  return plan;
}

describe('plans through the contract', () => {
  it('creates a plan at a position, in euros, and lists it there', async () => {
    const plan = planJson('tweede');
    const created = await invoke(harness.session, 'plans.create', { plan, position: 0 }, en);
    expect(created).toMatchObject({ ok: true, value: { id: 'tweede' } });
    if (created.ok) expect((created.value as PlanJson).costs[0]!.amounts['2026']).toBe(120000.25);
    expect(await planIds()).toEqual(['tweede', 'zon-plan']);
  });

  it('updates a plan, replacing its cost lines and locks', async () => {
    const plan = planJson();
    plan.costs = [{ id: 'warmte', category: 'capex', label: 'Warmtepomp', amounts: { '2027': 5000 } }];
    plan.locked = [{ streamId: 'buurtlening', costId: 'warmte', year: 2027, amount: 2500.5 }];
    expect(await invoke(harness.session, 'plans.update', { plan }, en)).toMatchObject({ ok: true });
    const listed = await invoke(harness.session, 'plans.list', {}, en);
    expect(listed).toMatchObject({
      ok: true,
      value: [{ id: 'zon-plan', costs: plan.costs, locked: plan.locked }],
    });
  });

  it('deletes a plan and returns it with its old position for undo', async () => {
    await invoke(harness.session, 'plans.create', { plan: planJson('los') }, en);
    const removed = await invoke(harness.session, 'plans.delete', { id: 'los' }, en);
    expect(removed).toMatchObject({ ok: true, value: { position: 1, plan: { id: 'los' } } });
    expect(await planIds()).toEqual(['zon-plan']);
  });

  it('refuses to delete a plan a scenario uses, naming the scenario', async () => {
    const result = await invoke(harness.session, 'plans.delete', { id: 'zon-plan' }, { lang: 'nl' });
    expect(result).toMatchObject({ ok: false, error: { code: 'in-use' } });
    if (!result.ok) expect(result.error.message).toContain('Het plan "zon-plan"');
    if (!result.ok) expect(result.error.message).toContain('basis');
  });

  it('adds a new plan to the scenarios asked for, in the same write, at the place asked for', async () => {
    const created = await invoke(
      harness.session,
      'plans.create',
      { plan: planJson('tweede'), scenarios: [{ id: 'basis', position: 0 }] },
      en,
    );
    expect(created).toMatchObject({ ok: true });
    expect(await scenarioPlans('basis')).toEqual(['tweede', 'zon-plan']);
    await invoke(
      harness.session,
      'plans.create',
      { plan: planJson('derde'), scenarios: [{ id: 'basis' }] },
      en,
    );
    expect(await scenarioPlans('basis')).toEqual(['tweede', 'zon-plan', 'derde']);
  });

  it('refuses an unknown scenario for a new plan, naming the field, and writes neither plan nor scenario', async () => {
    const before = await exported();
    const result = await invoke(
      harness.session,
      'plans.create',
      { plan: planJson('tweede'), scenarios: [{ id: 'basis' }, { id: 'ghost' }] },
      { lang: 'nl' },
    );
    expect(result).toMatchObject({
      ok: false,
      error: {
        code: 'invalid-input',
        issues: [{ pathText: 'scenarios[1].id', message: 'scenario "ghost" bestaat niet' }],
      },
    });
    expect(await exported()).toBe(before);
  });

  it('leaves the scenarios alone when the new plan itself is refused (taken id)', async () => {
    const before = await exported();
    const result = await invoke(
      harness.session,
      'plans.create',
      { plan: planJson(), scenarios: [{ id: 'basis' }] },
      en,
    );
    expect(result).toMatchObject({ ok: false, error: { code: 'exists' } });
    expect(await exported()).toBe(before);
  });

  it('deletes a plan that scenarios list when asked to, saying where it stood; creating it there again restores the file', async () => {
    await invoke(
      harness.session,
      'scenarios.create',
      { scenario: { id: 'extra', name: 'Extra', plans: [] } },
      en,
    );
    await invoke(
      harness.session,
      'plans.create',
      { plan: planJson('tweede'), scenarios: [{ id: 'basis' }] },
      en,
    );
    await invoke(
      harness.session,
      'plans.create',
      { plan: planJson('derde'), scenarios: [{ id: 'basis' }, { id: 'extra' }] },
      en,
    );
    await invoke(
      harness.session,
      'plans.create',
      { plan: planJson('vierde'), scenarios: [{ id: 'extra' }] },
      en,
    );
    const before = await exported();

    const removed = await invoke(
      harness.session,
      'plans.delete',
      { id: 'derde', removeFromScenarios: true },
      en,
    );
    expect(removed).toMatchObject({
      ok: true,
      value: {
        plan: { id: 'derde' },
        position: 2,
        scenarios: [
          { id: 'basis', position: 2 },
          { id: 'extra', position: 0 },
        ],
      },
    });
    expect(await planIds()).toEqual(['zon-plan', 'tweede', 'vierde']);
    expect(await scenarioPlans('basis')).toEqual(['zon-plan', 'tweede']);
    expect(await scenarioPlans('extra')).toEqual(['vierde']);
    if (!removed.ok) return;

    // What the UI's undo sends: the plan, its place, and its places in the scenarios.
    const value = removed.value as {
      plan: PlanJson;
      position: number;
      scenarios: { id: string; position: number }[];
    };
    const restored = await invoke(harness.session, 'plans.create', value, en);
    expect(restored).toMatchObject({ ok: true });
    expect(await exported()).toBe(before);
  });

  it('still refuses, without the flag, to delete a plan a scenario lists, and changes nothing', async () => {
    const before = await exported();
    const result = await invoke(harness.session, 'plans.delete', { id: 'zon-plan' }, en);
    expect(result).toMatchObject({ ok: false, error: { code: 'in-use' } });
    expect(await exported()).toBe(before);
  });

  it('reports an unknown plan on delete with the flag as not-found', async () => {
    const result = await invoke(
      harness.session,
      'plans.delete',
      { id: 'ghost', removeFromScenarios: true },
      en,
    );
    expect(result).toMatchObject({ ok: false, error: { code: 'not-found' } });
  });

  it('refuses a taken id on create with exists and an unknown id on update with not-found', async () => {
    expect(await invoke(harness.session, 'plans.create', { plan: planJson() }, en)).toMatchObject({
      ok: false,
      error: { code: 'exists' },
    });
    expect(await invoke(harness.session, 'plans.update', { plan: planJson('ghost') }, en)).toMatchObject({
      ok: false,
      error: { code: 'not-found' },
    });
  });
});

describe('plan validation against the workspace', () => {
  const expectedPaths = [
    'plan.cooperativeId',
    'plan.costs[2].id',
    'plan.locked[1].streamId',
    'plan.locked[1].costId',
    'plan.impacts[0].indicatorId',
  ];

  const messages: Record<Lang, string[]> = {
    en: [
      'plan.cooperativeId: cooperative "ghost-coop" does not exist',
      'plan.costs[2].id: id "pv" is used more than once',
      'plan.locked[1].streamId: funding stream "ghost-stream" does not exist',
      'plan.locked[1].costId: cost line "ghost-cost" does not exist in this plan',
      'plan.impacts[0].indicatorId: indicator "ghost-indicator" does not exist',
    ],
    nl: [
      'plan.cooperativeId: coöperatie "ghost-coop" bestaat niet',
      'plan.costs[2].id: id "pv" komt al eerder voor',
      'plan.locked[1].streamId: financieringsbron "ghost-stream" bestaat niet',
      'plan.locked[1].costId: kostenpost "ghost-cost" bestaat niet in dit plan',
      'plan.impacts[0].indicatorId: indicator "ghost-indicator" bestaat niet',
    ],
  };

  for (const lang of ['en', 'nl'] as const) {
    it(`refuses a plan with broken references on create, naming each field (${lang}), and writes nothing`, async () => {
      const before = await exported();
      const result = await invoke(harness.session, 'plans.create', { plan: brokenPlan() }, { lang });
      expect(result.ok).toBe(false);
      if (result.ok) return;
      expect(result.error.code).toBe('invalid-input');
      expect(result.error.issues?.map((i) => i.pathText)).toEqual(expectedPaths);
      expect(result.error.message.split('\n')).toEqual(messages[lang]);
      expect(await exported()).toBe(before);
    });
  }

  it('refuses the same problems on update and keeps the stored plan', async () => {
    const before = await exported();
    const plan = { ...brokenPlan(), id: 'zon-plan' };
    const result = await invoke(harness.session, 'plans.update', { plan }, en);
    expect(result).toMatchObject({ ok: false, error: { code: 'invalid-input' } });
    if (!result.ok) expect(result.error.issues?.map((i) => i.pathText)).toEqual(expectedPaths);
    expect(await exported()).toBe(before);
  });

  it('judges an update against the other plans only, not against its own stored version', async () => {
    const plan = planJson();
    plan.name = 'Zonnedaken, herzien';
    expect(await invoke(harness.session, 'plans.update', { plan }, en)).toMatchObject({
      ok: true,
      value: { name: 'Zonnedaken, herzien' },
    });
  });

  it('refuses a lock on a cost line the updated plan no longer has', async () => {
    const plan = planJson();
    plan.costs = plan.costs.filter((c) => c.id !== 'pv');
    const result = await invoke(harness.session, 'plans.update', { plan }, { lang: 'nl' });
    expect(result).toMatchObject({
      ok: false,
      error: {
        issues: [{ pathText: 'plan.locked[0].costId', message: 'kostenpost "pv" bestaat niet in dit plan' }],
      },
    });
  });

  it('refuses a cost year outside the plan through the schema, with the field path', async () => {
    const plan = planJson('te-laat');
    plan.costs[0]!.amounts['2040'] = 1;
    const result = await invoke(harness.session, 'plans.create', { plan }, en);
    expect(result).toMatchObject({
      ok: false,
      error: { code: 'invalid-input', issues: [{ pathText: 'plan.costs[0].amounts.2040' }] },
    });
    expect(await planIds()).toEqual(['zon-plan']);
  });
});
