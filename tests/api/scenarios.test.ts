import { describe, expect, it } from 'vitest';
import { invoke } from '../../src/api/invoke';
import type { Lang } from '../../src/model/messages';
import type { ScenarioJson } from '../../src/model/scenario';
import { clone, workspaceJson } from '../helpers/builders';
import { useSession } from '../helpers/session';

const harness = useSession();

const en = { lang: 'en' as const };

/** The builders' scenario "basis" (plan zon-plan, factor on klimaatfonds, override on co2, 500 draws seed 7). */
function scenarioJson(id = 'basis'): ScenarioJson {
  return { ...clone(workspaceJson().scenarios![0]!), id };
}

async function scenarios(): Promise<ScenarioJson[]> {
  const listed = await invoke(harness.session, 'scenarios.list', {}, en);
  if (!listed.ok) throw new Error(listed.error.message);
  return listed.value as ScenarioJson[];
}

async function exported(): Promise<string> {
  const result = await invoke(harness.session, 'workspace.exportJson', {}, en);
  if (!result.ok) throw new Error(result.error.message);
  return (result.value as { text: string }).text;
}

/** A scenario that breaks every cross reference a scenario can break. */
function brokenScenario(id = 'kapot'): ScenarioJson {
  return {
    ...scenarioJson(id),
    plans: ['zon-plan', 'ghost-plan', 'zon-plan'],
    streamFactors: { 'ghost-stream': 1, klimaatfonds: 2 },
    indicatorOverrides: { co2: { threshold: 1 }, 'ghost-indicator': { trend: 0.1 } },
  };
}

describe('scenarios through the contract', () => {
  it('creates a scenario at a position, with defaults filled in, and lists it there', async () => {
    const created = await invoke(
      harness.session,
      'scenarios.create',
      { scenario: { id: 'leeg', name: 'Leeg', plans: [] }, position: 0 },
      en,
    );
    expect(created).toStrictEqual({
      ok: true,
      value: {
        id: 'leeg',
        name: 'Leeg',
        plans: [],
        streamFactors: {},
        indicatorOverrides: {},
        monteCarlo: { draws: 1000, seed: 42 },
        version: 1,
      },
    });
    expect((await scenarios()).map((s) => s.id)).toEqual(['leeg', 'basis']);
  });

  it('updates a scenario, replacing its plans, factors and overrides', async () => {
    const scenario: ScenarioJson = {
      ...scenarioJson(),
      name: 'Basis, herzien',
      plans: [],
      streamFactors: { buurtlening: 0.5 },
      indicatorOverrides: {},
      monteCarlo: { draws: 10, seed: 0 },
    };
    expect(await invoke(harness.session, 'scenarios.update', { scenario }, en)).toMatchObject({ ok: true });
    // Every write raises the version the list answers with.
    expect(await scenarios()).toStrictEqual([{ ...scenario, version: 2 }]);
  });

  it('deletes a scenario and returns it with its old position for undo, which frees its plans', async () => {
    await invoke(harness.session, 'scenarios.create', { scenario: scenarioJson('tweede'), position: 0 }, en);
    const removed = await invoke(harness.session, 'scenarios.delete', { id: 'basis' }, en);
    expect(removed).toStrictEqual({ ok: true, value: { scenario: scenarioJson(), position: 1 } });
    expect((await scenarios()).map((s) => s.id)).toEqual(['tweede']);
    const restored = await invoke(
      harness.session,
      'scenarios.create',
      { scenario: scenarioJson(), position: 1 },
      en,
    );
    expect(restored.ok).toBe(true);
    expect((await scenarios()).map((s) => s.id)).toEqual(['tweede', 'basis']);
  });

  it('refuses a taken id on create with exists and an unknown id on update and delete with not-found', async () => {
    expect(await invoke(harness.session, 'scenarios.create', { scenario: scenarioJson() }, en)).toMatchObject(
      {
        ok: false,
        error: { code: 'exists' },
      },
    );
    const update = await invoke(
      harness.session,
      'scenarios.update',
      { scenario: scenarioJson('ghost') },
      { lang: 'nl' },
    );
    expect(update).toMatchObject({ ok: false, error: { code: 'not-found' } });
    if (!update.ok) expect(update.error.message).toContain('Er is geen scenario met id "ghost"');
    expect(await invoke(harness.session, 'scenarios.delete', { id: 'ghost' }, en)).toMatchObject({
      ok: false,
      error: { code: 'not-found', message: expect.stringContaining('There is no scenario with id "ghost"') },
    });
  });
});

describe('scenario validation against the workspace', () => {
  const expectedPaths = [
    'scenario.plans[1]',
    'scenario.plans[2]',
    'scenario.streamFactors.ghost-stream',
    'scenario.indicatorOverrides.ghost-indicator',
  ];

  const messages: Record<Lang, string[]> = {
    en: [
      'scenario.plans[1]: plan "ghost-plan" does not exist',
      'scenario.plans[2]: plan "zon-plan" appears twice in this scenario',
      'scenario.streamFactors.ghost-stream: funding stream "ghost-stream" does not exist',
      'scenario.indicatorOverrides.ghost-indicator: indicator "ghost-indicator" does not exist',
    ],
    nl: [
      'scenario.plans[1]: plan "ghost-plan" bestaat niet',
      'scenario.plans[2]: plan "zon-plan" staat twee keer in dit scenario',
      'scenario.streamFactors.ghost-stream: financieringsbron "ghost-stream" bestaat niet',
      'scenario.indicatorOverrides.ghost-indicator: indicator "ghost-indicator" bestaat niet',
    ],
  };

  for (const lang of ['en', 'nl'] as const) {
    it(`refuses a scenario with broken references on create, naming each field (${lang}), and writes nothing`, async () => {
      const before = await exported();
      const result = await invoke(
        harness.session,
        'scenarios.create',
        { scenario: brokenScenario() },
        { lang },
      );
      expect(result.ok).toBe(false);
      if (result.ok) return;
      expect(result.error.code).toBe('invalid-input');
      expect(result.error.issues?.map((i) => i.pathText)).toEqual(expectedPaths);
      expect(result.error.message.split('\n')).toEqual(messages[lang]);
      expect(await exported()).toBe(before);
    });
  }

  it('refuses the same problems on update and keeps the stored scenario', async () => {
    const before = await exported();
    const result = await invoke(
      harness.session,
      'scenarios.update',
      { scenario: brokenScenario('basis') },
      en,
    );
    expect(result).toMatchObject({ ok: false, error: { code: 'invalid-input' } });
    if (!result.ok) expect(result.error.issues?.map((i) => i.pathText)).toEqual(expectedPaths);
    expect(await exported()).toBe(before);
  });

  it('judges an update against the other scenarios only, not against its own stored version', async () => {
    await invoke(harness.session, 'scenarios.create', { scenario: scenarioJson('tweede') }, en);
    const scenario = { ...scenarioJson(), name: 'Basis, herzien' };
    expect(await invoke(harness.session, 'scenarios.update', { scenario }, en)).toMatchObject({
      ok: true,
      value: { name: 'Basis, herzien' },
    });
  });

  it('refuses out-of-range factors, thresholds and draws through the schema, with the field path', async () => {
    const scenario: ScenarioJson = {
      ...scenarioJson('te-veel'),
      streamFactors: { klimaatfonds: 101 },
      indicatorOverrides: { co2: { threshold: 0 } },
      monteCarlo: { draws: 0, seed: -1 },
    };
    const result = await invoke(harness.session, 'scenarios.create', { scenario }, en);
    expect(result.ok).toBe(false);
    if (result.ok) return;
    expect(result.error.issues?.map((i) => i.pathText).sort()).toEqual([
      'scenario.indicatorOverrides.co2.threshold',
      'scenario.monteCarlo.draws',
      'scenario.monteCarlo.seed',
      'scenario.streamFactors.klimaatfonds',
    ]);
    expect((await scenarios()).map((s) => s.id)).toEqual(['basis']);
  });
});
