import { describe, expect, it } from 'vitest';
import { planFundingMix } from '../../src/finance/metrics';
import { runScenario } from '../../src/impact';
import type { AwardJson } from '../../src/model/award';
import { parseWorkspace } from '../../src/model/parse';
import type { Workspace } from '../../src/model/workspace';

/**
 * One plan of EUR 60,000 paid in full by one grant whose award probability is one half,
 * and a second plan the same grant would pay but has refused. Without awards the plan is
 * fully funded in about half the draws.
 */
function workspace(awards: AwardJson[]): Workspace {
  const plan = (id: string, planAwards: AwardJson[]) => ({
    id,
    cooperativeId: 'coop',
    name: id,
    startYear: 2026,
    years: 1,
    costs: [{ id: 'staff', category: 'personnel', label: 'Staff', amounts: { '2026': 60000 } }],
    awards: planAwards,
  });
  const result = parseWorkspace({
    format: 'coopfolio-workspace',
    version: 1,
    settings: { startYear: 2026, horizonYears: 1 },
    cooperatives: [
      { id: 'coop', name: 'Coop', sector: 'care', legalForm: 'cooperatie-ua', stage: 'startup', members: 10 },
    ],
    fundingStreams: [
      { id: 'grant', name: 'Grant', silo: 'gemeente', kind: 'grant', public: true, awardProbability: 0.5 },
    ],
    plans: [plan('zorg', awards), plan('ander', [{ streamId: 'grant', status: 'refused' }])],
    scenarios: [{ id: 'all', name: 'All', plans: ['zorg', 'ander'], monteCarlo: { draws: 4000, seed: 3 } }],
  });
  if (!result.ok) throw new Error(result.issues.map((i) => i.message).join('; '));
  return result.value;
}

async function fullyFunded(ws: Workspace, planId: string): Promise<number> {
  const run = await runScenario(ws, 'all', { workers: 0 });
  return run.plans.find((p) => p.planId === planId)!.probabilityFullyFunded;
}

describe('awards in the Monte Carlo', () => {
  it('counts an application at the stream’s award probability', async () => {
    const applied = workspace([{ streamId: 'grant', status: 'applied', appliedOn: '2026-01-05' }]);
    const share = await fullyFunded(applied, 'zorg');
    expect(share).toBeGreaterThan(0.45);
    expect(share).toBeLessThan(0.55);
    expect(await fullyFunded(workspace([]), 'zorg')).toBe(share);
  });

  it('counts a granted or settled award as certain: the plan is funded in every draw', async () => {
    for (const status of ['granted', 'settled'] as const) {
      const ws = workspace([{ streamId: 'grant', status, granted: 60000, decidedOn: '2026-02-01' }]);
      expect(await fullyFunded(ws, 'zorg')).toBe(1);
    }
  });

  it('gives a refused stream’s plan nothing in any draw, and weighs expected funding the same way', async () => {
    const ws = workspace([{ streamId: 'grant', status: 'granted', granted: 60000, decidedOn: '2026-02-01' }]);
    expect(await fullyFunded(ws, 'ander')).toBe(0);
    const run = await runScenario(ws, 'all', { workers: 0, draws: 10 });
    const mix = (planId: string, w: Workspace) =>
      planFundingMix(
        w,
        w.plans.find((p) => p.id === planId)!,
        run.blend.allocations,
      );
    expect(mix('zorg', ws).expectedFunding).toBe(6_000_000);
    const applied = workspace([{ streamId: 'grant', status: 'applied' }]);
    expect(mix('zorg', applied).expectedFunding).toBe(3_000_000);
  });
});
