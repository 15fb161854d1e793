import { describe, expect, it } from 'vitest';
import { invoke } from '../../src/api/invoke';
import type { CooperativeJson } from '../../src/model/cooperative';
import type { PlanJson } from '../../src/model/plan';
import { clone, workspaceJson } from '../helpers/builders';
import { useSession } from '../helpers/session';

// Issue 14: a cooperative with plans could not be deleted, and the refusal named raw ids
// and the file path. Now the caller says what happens to the plans, in one transaction,
// and undo (a create with the answer) puts everything back.

const harness = useSession();
const nl = { lang: 'nl' as const };
const en = { lang: 'en' as const };

async function call(op: string, input: unknown, context: { lang: 'nl' | 'en' } = en) {
  return invoke(harness.session, op as never, input as never, context);
}

async function value<T>(op: string, input: unknown): Promise<T> {
  const result = await call(op, input);
  if (!result.ok) throw new Error(result.error.message);
  return result.value as T;
}

async function exported(): Promise<string> {
  return (await value<{ text: string }>('workspace.exportJson', {})).text;
}

/** Adds a second cooperative and a second plan of zon-oost, listed first in scenario basis. */
async function setUp(): Promise<void> {
  const other: CooperativeJson = {
    ...clone(workspaceJson().cooperatives![0]!),
    id: 'wijkwerk',
    name: 'Wijkwerk',
  };
  await value('cooperatives.create', { cooperative: other });
  const plan: PlanJson = { ...clone(workspaceJson().plans![0]!), id: 'warmte', name: 'Warmte Oost' };
  await value('plans.create', { plan, position: 0, scenarios: [{ id: 'basis', position: 0 }] });
}

describe('deleting a cooperative that has plans', () => {
  it('is refused without a choice, naming the cooperative and its plans by name, never ids or the file', async () => {
    await setUp();
    const before = await exported();
    const refused = await call('cooperatives.delete', { id: 'zon-oost' }, nl);
    expect(refused.ok).toBe(false);
    if (refused.ok) return;
    expect(refused.error.code).toBe('in-use');
    expect(refused.error.message).toBe(
      'coöperatie "Zon op Oost" heeft nog plannen ("Warmte Oost" en "Zonnedaken"); verwijder die plannen of verplaats ze naar een andere coöperatie. Er is niets verwijderd.',
    );
    expect(refused.error.message).not.toMatch(/zon-oost|zon-plan|\.coopfolio|\//);
    const english = await call('cooperatives.delete', { id: 'zon-oost' }, en);
    expect(english.ok ? '' : english.error.message).toContain(
      'still has plans ("Warmte Oost" and "Zonnedaken")',
    );
    expect(await exported()).toBe(before);
  });

  it('deletes the plans with it, out of every scenario, and a create with the answer restores the file byte for byte', async () => {
    await setUp();
    const before = await exported();
    const removed = await value<{
      position: number;
      plans: { plan: PlanJson; position: number; scenarios: { id: string; position: number }[] }[];
      movedPlanIds: string[];
    }>('cooperatives.delete', { id: 'zon-oost', plans: { action: 'delete' } });
    expect(removed.plans.map((p) => [p.plan.id, p.position, p.scenarios])).toEqual([
      ['warmte', 0, [{ id: 'basis', position: 0 }]],
      ['zon-plan', 1, [{ id: 'basis', position: 1 }]],
    ]);
    expect(removed.movedPlanIds).toEqual([]);
    const after = JSON.parse(await exported());
    expect(after.cooperatives.map((c: { id: string }) => c.id)).toEqual(['wijkwerk']);
    expect(after.plans).toEqual([]);
    expect(after.scenarios[0].plans).toEqual([]);

    const cooperative = clone(workspaceJson().cooperatives![0]!);
    await value('cooperatives.create', { cooperative, position: removed.position, plans: removed.plans });
    expect(await exported()).toBe(before);
  });

  it('moves the plans to another cooperative, and undo moves them back', async () => {
    await setUp();
    const before = await exported();
    const removed = await value<{ position: number; movedPlanIds: string[] }>('cooperatives.delete', {
      id: 'zon-oost',
      plans: { action: 'move', to: 'wijkwerk' },
    });
    expect(removed.movedPlanIds).toEqual(['warmte', 'zon-plan']);
    const after = JSON.parse(await exported());
    expect(after.plans.map((p: PlanJson) => [p.id, p.cooperativeId])).toEqual([
      ['warmte', 'wijkwerk'],
      ['zon-plan', 'wijkwerk'],
    ]);
    expect(after.scenarios[0].plans).toEqual(['warmte', 'zon-plan']);

    const cooperative = clone(workspaceJson().cooperatives![0]!);
    await value('cooperatives.create', {
      cooperative,
      position: removed.position,
      takePlans: removed.movedPlanIds,
    });
    expect(await exported()).toBe(before);
  });

  it('refuses a move to the same or an unknown cooperative, writing nothing', async () => {
    await setUp();
    const before = await exported();
    const same = await call('cooperatives.delete', {
      id: 'zon-oost',
      plans: { action: 'move', to: 'zon-oost' },
    });
    expect(same.ok ? [] : same.error.issues?.map((i) => [i.pathText, i.key])).toEqual([
      ['plans.to', 'moveToSameCooperative'],
    ]);
    const ghost = await call('cooperatives.delete', {
      id: 'zon-oost',
      plans: { action: 'move', to: 'ghost' },
    });
    expect(ghost.ok ? [] : ghost.error.issues?.map((i) => i.key)).toEqual(['unknownCooperative']);
    expect(await exported()).toBe(before);
  });

  it('deletes a cooperative without plans as before', async () => {
    await setUp();
    const removed = await value<{ position: number; plans: unknown[] }>('cooperatives.delete', {
      id: 'wijkwerk',
    });
    expect(removed).toMatchObject({ position: 1, plans: [], movedPlanIds: [] });
  });
});
