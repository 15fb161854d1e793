import { describe, expect, it } from 'vitest';
import { invoke } from '../../src/api/invoke';
import { plansWithConvertedOutputs } from '../../src/impact/denominator';
import type { IndicatorJson } from '../../src/model/indicator';
import type { PlanJson } from '../../src/model/plan';
import { clone, workspaceJson } from '../helpers/builders';
import { useSession } from '../helpers/session';

const harness = useSession();
const en = { lang: 'en' as const };
const nl = { lang: 'nl' as const };

/** A city's own indicator, not in the builders' workspace. */
function ownIndicator(extra: Partial<IndicatorJson> = {}): IndicatorJson {
  return {
    id: 'huurders-betaalbaar',
    label: 'Huurders zonder te hoge woonlasten',
    dimension: 'housing',
    kind: 'floor',
    unit: 'aandeel huurhuishoudens (0-1)',
    denominator: { value: 210_000, unit: 'huurhuishoudens', source: 'WoON 2024', year: 2024 },
    baseline: { year: 2024, value: 0.74, source: 'Woonmonitor 2024', date: '2025-03-14' },
    threshold: 1,
    thresholdSource: 'Iedereen',
    ...extra,
  };
}

/** The records a list answered, without their versions (tests/api/versions.test.ts checks those): as an edit sends them. */
async function list<T>(name: 'indicators.list' | 'plans.list'): Promise<T[]> {
  const result = await invoke(harness.session, name, {}, en);
  if (!result.ok) throw new Error(result.error.message);
  return (result.value as (T & { version: number })[]).map(({ version: _version, ...record }) => record as T);
}

async function exported(): Promise<string> {
  const result = await invoke(harness.session, 'workspace.exportJson', {}, en);
  if (!result.ok) throw new Error(result.error.message);
  return (result.value as { text: string }).text;
}

describe('indicators through the contract', () => {
  it('creates a city’s own indicator at a position, with its city total and dated baseline', async () => {
    const created = await invoke(
      harness.session,
      'indicators.create',
      { indicator: ownIndicator(), position: 0 },
      en,
    );
    expect(created).toMatchObject({ ok: true, value: { id: 'huurders-betaalbaar', trend: 0, source: '' } });
    const indicators = await list<IndicatorJson>('indicators.list');
    expect(indicators.map((i) => i.id)).toEqual(['huurders-betaalbaar', 'co2']);
    expect(indicators[0]).toMatchObject({
      denominator: { value: 210_000, unit: 'huurhuishoudens' },
      baseline: { date: '2025-03-14', source: 'Woonmonitor 2024' },
    });
  });

  it('refuses a bad indicator field by field, in Dutch, and a taken id, writing nothing', async () => {
    const before = await exported();
    const wrong = ownIndicator({
      kind: 'ceiling',
      denominator: { value: 0, unit: 'huurhuishoudens', year: 2024 },
      baseline: { year: 2024, value: 0.74, date: '14-03-2025' },
    });
    const result = await invoke(harness.session, 'indicators.create', { indicator: wrong }, nl);
    expect(result.ok).toBe(false);
    if (!result.ok) {
      expect(result.error.issues?.map((i) => `${i.pathText}: ${i.message}`)).toEqual([
        'indicator.denominator.value: het totaal in de stad (de noemer) moet groter dan 0 zijn',
        'indicator.baseline.date: moet een datum zijn als JJJJ-MM-DD',
      ]);
    }
    const mismatch = await invoke(
      harness.session,
      'indicators.create',
      { indicator: { ...ownIndicator(), kind: 'ceiling' } },
      nl,
    );
    expect(mismatch.ok).toBe(false);
    if (!mismatch.ok) {
      expect(mismatch.error.issues?.map((i) => i.pathText)).toEqual(['indicator.kind']);
      expect(mismatch.error.message).toContain('verwacht "floor"');
    }
    const taken = await invoke(
      harness.session,
      'indicators.create',
      { indicator: { ...ownIndicator(), id: 'co2' } },
      en,
    );
    expect(taken).toMatchObject({ ok: false, error: { code: 'exists' } });
    expect(await exported()).toBe(before);
  });

  it('updates an indicator and, in one step, the plans whose outputs it restates', async () => {
    const [co2] = await list<IndicatorJson>('indicators.list');
    const plans = await list<PlanJson>('plans.list');
    const indicator = {
      ...co2!,
      denominator: { value: 930_000, unit: 'inwoners', source: 'CBS', year: 2024 },
    };
    const converted = plansWithConvertedOutputs(plans, 'co2', 1, 930_000);
    expect(converted.map((p) => p.impacts![0]!.output)).toEqual([-418_500]);
    const result = await invoke(harness.session, 'indicators.update', { indicator, plans: converted }, en);
    expect(result).toMatchObject({ ok: true });
    expect((await list<IndicatorJson>('indicators.list'))[0]!.denominator?.value).toBe(930_000);
    expect((await list<PlanJson>('plans.list'))[0]!.impacts![0]!.output).toBe(-418_500);

    // Undo: the previous indicator and plans, exactly as they were.
    const undone = await invoke(harness.session, 'indicators.update', { indicator: co2!, plans }, en);
    expect(undone).toMatchObject({ ok: true });
    expect(await list<PlanJson>('plans.list')).toEqual(plans);
    expect(await list<IndicatorJson>('indicators.list')).toEqual([co2]);
  });

  it('refuses a plan sent along that names an unknown indicator, located in that plan, writing nothing', async () => {
    const before = await exported();
    const [co2] = await list<IndicatorJson>('indicators.list');
    const plan = clone(workspaceJson().plans![0]!);
    plan.impacts![0]!.indicatorId = 'weg';
    const result = await invoke(
      harness.session,
      'indicators.update',
      { indicator: { ...co2!, label: 'Nieuw' }, plans: [plan] },
      en,
    );
    expect(result.ok).toBe(false);
    if (!result.ok)
      expect(result.error.issues?.map((i) => i.pathText)).toEqual(['plans[0].impacts[0].indicatorId']);
    expect(await exported()).toBe(before);
  });

  it('refuses to delete an indicator in use, naming the plans and scenarios by name', async () => {
    const before = await exported();
    const result = await invoke(harness.session, 'indicators.delete', { id: 'co2' }, nl);
    expect(result.ok).toBe(false);
    if (!result.ok) {
      expect(result.error.message).toBe(
        [
          'id: indicator "CO2-uitstoot per inwoner" wordt nog gebruikt door de impactregels van "Zonnedaken"; haal die regels eerst weg. Er is niets verwijderd.',
          'id: indicator "CO2-uitstoot per inwoner" wordt nog aangepast in "Basis"; haal die aanpassing eerst weg. Er is niets verwijderd.',
        ].join('\n'),
      );
    }
    expect(await exported()).toBe(before);
  });

  it('deletes an unused indicator and returns it with its place, so undo puts it back there', async () => {
    await invoke(harness.session, 'indicators.create', { indicator: ownIndicator(), position: 0 }, en);
    const removed = await invoke(harness.session, 'indicators.delete', { id: 'huurders-betaalbaar' }, en);
    expect(removed).toMatchObject({
      ok: true,
      value: { position: 0, indicator: { id: 'huurders-betaalbaar' } },
    });
    expect((await list<IndicatorJson>('indicators.list')).map((i) => i.id)).toEqual(['co2']);
    if (!removed.ok) return;
    const back = removed.value as { indicator: IndicatorJson; position: number };
    await invoke(harness.session, 'indicators.create', back, en);
    expect((await list<IndicatorJson>('indicators.list')).map((i) => i.id)).toEqual([
      'huurders-betaalbaar',
      'co2',
    ]);
  });
});
