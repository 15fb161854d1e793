import { describe, expect, it } from 'vitest';
import { invoke } from '../../src/api/invoke';
import type { ProcurementAnalysisJson } from '../../src/contract';
import type { ProcurementJson } from '../../src/model';
import { workspaceJson } from '../helpers/builders';
import { useSession } from '../helpers/session';

const harness = useSession();
const nl = { lang: 'nl' as const };

async function imported() {
  const result = await invoke(
    harness.session,
    'workspace.importJson',
    { text: JSON.stringify(workspaceJson()) },
    nl,
  );
  if (!result.ok) throw new Error(result.error.message);
}

describe('procurement operations', () => {
  it('stores the section, answers the analysis in euros, and removes the section with null', async () => {
    await imported();
    expect(await invoke(harness.session, 'procurement.get', {}, nl)).toEqual({ ok: true, value: null });
    const section: ProcurementJson = {
      volumes: { '2026': 1000000 },
      contracts: [
        {
          year: 2026,
          cooperativeId: 'zon-oost',
          planId: 'zon-plan',
          amount: 25000,
          reserved: true,
          socialReturn: 1250,
        },
      ],
    };
    const saved = await invoke(harness.session, 'procurement.update', { procurement: section }, nl);
    expect(saved.ok).toBe(true);
    const analysis = await invoke(harness.session, 'procurement.analysis', {}, nl);
    if (!analysis.ok) throw new Error(analysis.error.message);
    const years = (analysis.value as ProcurementAnalysisJson).years;
    expect(years).toEqual([
      expect.objectContaining({
        year: 2026,
        volume: 1000000,
        awarded: 25000,
        share: 0.025,
        reserved: 25000,
        reservedContracts: 1,
        socialReturn: 1250,
      }),
    ]);
    await invoke(harness.session, 'procurement.update', { procurement: null }, nl);
    expect(await invoke(harness.session, 'procurement.get', {}, nl)).toEqual({ ok: true, value: null });
  });

  it('refuses a contract for an unknown cooperative, naming the field in Dutch, and stores nothing', async () => {
    await imported();
    const answer = await invoke(
      harness.session,
      'procurement.update',
      { procurement: { contracts: [{ year: 2026, cooperativeId: 'niemand', amount: 10 }] } },
      nl,
    );
    expect(answer.ok).toBe(false);
    if (!answer.ok) {
      expect(answer.error.issues).toEqual([
        expect.objectContaining({
          pathText: 'procurement.contracts[0].cooperativeId',
          message: 'coöperatie "niemand" bestaat niet',
        }),
      ]);
    }
    expect(await invoke(harness.session, 'procurement.get', {}, nl)).toEqual({ ok: true, value: null });
  });
});
