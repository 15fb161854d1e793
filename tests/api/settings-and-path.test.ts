import { describe, expect, it } from 'vitest';
import { invoke } from '../../src/api/invoke';
import type { CooperativeJson } from '../../src/model/cooperative';
import type { SettingsJson } from '../../src/model/settings';
import { useSession } from '../helpers/session';

const harness = useSession();
const en = { lang: 'en' as const };

/**
 * What settings.get answered, typed (invoke's answers are unknown to the compiler), without
 * its version (tests/api/versions.test.ts checks those): as an edit sends it.
 */
async function storedSettings(): Promise<SettingsJson> {
  const result = await invoke(harness.session, 'settings.get', {}, en);
  if (!result.ok) throw new Error(result.error.message);
  const { version: _version, ...settings } = result.value as SettingsJson & { version: number };
  return settings;
}

async function storedCooperatives(): Promise<CooperativeJson[]> {
  const result = await invoke(harness.session, 'cooperatives.list', {}, en);
  if (!result.ok) throw new Error(result.error.message);
  return (result.value as (CooperativeJson & { version: number })[]).map(
    ({ version: _version, ...cooperative }) => cooperative,
  );
}

describe('settings and the cooperative path over the contract', () => {
  it('reads the settings back in the JSON form (euros, fractions), as settings.update stored them', async () => {
    const before = await storedSettings();
    const settings = {
      ...before,
      discountRate: 0.035,
      deMinimis: { ...before.deMinimis, ceiling: 250000.5 },
    };
    expect(await invoke(harness.session, 'settings.update', { settings }, en)).toMatchObject({ ok: true });
    expect(await storedSettings()).toEqual(settings);
  });

  it('refuses settings out of range, naming the field, and keeps what was stored', async () => {
    const before = await storedSettings();
    const refused = await invoke(
      harness.session,
      'settings.update',
      { settings: { ...before, horizonYears: 31 } },
      en,
    );
    expect(refused).toMatchObject({
      ok: false,
      error: { issues: [{ pathText: 'settings.horizonYears', message: 'must be at most 30' }] },
    });
    expect(await storedSettings()).toEqual(before);
  });

  it('stores a cooperative’s path and refuses a current stage that is not the history’s latest', async () => {
    const [first] = await storedCooperatives();
    if (first === undefined) throw new Error('no cooperative');
    const path = {
      coach: 'Fatma Yılmaz',
      intakeDate: '2024-01-15',
      stage: 'growth' as const,
      stageHistory: [
        { stage: 'idea' as const, from: '2024-01-15' },
        { stage: 'growth' as const, from: '2025-03-01' },
      ],
      coachingHours: [{ month: '2025-01', hours: 7.5 }],
    };
    const updated = { ...first, ...path };
    expect(await invoke(harness.session, 'cooperatives.update', { cooperative: updated }, en)).toMatchObject({
      ok: true,
    });
    expect((await storedCooperatives())[0]).toEqual(updated);

    const wrong = await invoke(
      harness.session,
      'cooperatives.update',
      { cooperative: { ...updated, stage: 'mature' } },
      en,
    );
    expect(wrong).toMatchObject({
      ok: false,
      error: {
        issues: [
          {
            pathText: 'cooperative.stage',
            message:
              'must be the stage of the latest entry in the stage history (stageHistory): "growth", since 2025-03-01',
          },
        ],
      },
    });
  });
});
