import { describe, expect, it } from 'vitest';
import { invoke } from '../../src/api/invoke';
import { useSession } from '../helpers/session';

const harness = useSession();
const en = { lang: 'en' as const };

describe('settings and the cooperative path over the contract', () => {
  it('reads the settings back in the JSON form (euros, fractions), as settings.update stored them', async () => {
    const before = await invoke(harness.session, 'settings.get', {}, en);
    if (!before.ok) throw new Error(before.error.message);
    const settings = {
      ...before.value,
      discountRate: 0.035,
      deMinimis: { ...before.value.deMinimis, ceiling: 250000.5 },
    };
    expect(await invoke(harness.session, 'settings.update', { settings }, en)).toMatchObject({ ok: true });
    const after = await invoke(harness.session, 'settings.get', {}, en);
    expect(after).toEqual({ ok: true, value: settings });
  });

  it('refuses settings out of range, naming the field, and keeps what was stored', async () => {
    const before = await invoke(harness.session, 'settings.get', {}, en);
    if (!before.ok) throw new Error(before.error.message);
    const refused = await invoke(
      harness.session,
      'settings.update',
      { settings: { ...before.value, horizonYears: 31 } },
      en,
    );
    expect(refused).toMatchObject({
      ok: false,
      error: { issues: [{ pathText: 'settings.horizonYears', message: 'must be at most 30' }] },
    });
    expect(await invoke(harness.session, 'settings.get', {}, en)).toEqual(before);
  });

  it('stores a cooperative’s path and refuses a current stage that is not the history’s latest', async () => {
    const list = await invoke(harness.session, 'cooperatives.list', {}, en);
    if (!list.ok) throw new Error(list.error.message);
    const [first] = list.value;
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
    const again = await invoke(harness.session, 'cooperatives.list', {}, en);
    expect(again.ok && again.value[0]).toEqual(updated);

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
