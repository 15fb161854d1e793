import { describe, expect, it } from 'vitest';
import type { CooperativeAnalysis, PortfolioAnalysis } from '../../src/contract';
import { invoke } from '../../src/api/invoke';
import { clone, workspaceJson } from '../helpers/builders';
import { useSession } from '../helpers/session';

const harness = useSession();
const en = { lang: 'en' as const };

/** The builders' workspace with its cooperative entrusted with an SGEI and an SGEI grant beside the others. */
async function importSgeiWorkspace(): Promise<void> {
  const json = clone(workspaceJson());
  const cooperative = json.cooperatives![0]!;
  cooperative.sgei = true;
  // General aid 20,000 in 2025 (the builders'), SGEI aid 30,000 in 2026, and aid outside every window.
  cooperative.priorStateAid = [
    { year: 2025, amount: 20000 },
    { year: 2026, amount: 30000, sgei: true },
    { year: 2019, amount: 99000 },
  ];
  json.fundingStreams!.push({
    id: 'daeb',
    name: 'DAEB-compensatie',
    silo: 'gemeente-sociaal-domein',
    kind: 'grant',
    public: true,
    stateAid: true,
    sgei: true,
    budgetPerYear: 25000,
  });
  const imported = await invoke(harness.session, 'workspace.importJson', { text: JSON.stringify(json) }, en);
  expect(imported.ok).toBe(true);
}

describe('cooperatives.analysis', () => {
  it('is the portfolio blend seen from one cooperative', async () => {
    const input = { cooperativeId: 'zon-oost', scenarioId: 'basis' };
    const result = await invoke(harness.session, 'cooperatives.analysis', input, en);
    if (!result.ok) throw new Error(result.error.message);
    const portfolio = await invoke(harness.session, 'portfolio.analysis', { scenarioId: 'basis' }, en);
    if (!portfolio.ok) throw new Error(portfolio.error.message);
    const analysis = result.value as CooperativeAnalysis;
    const portfolioValue = portfolio.value as PortfolioAnalysis;
    expect(analysis.plans.map((p) => p.planId)).toEqual(['zon-plan']);
    expect(analysis.plans[0]!.funded).toBe(portfolioValue.plans[0]!.funded);
    expect(analysis.deMinimis).toEqual(portfolioValue.metrics.deMinimis[0]);
    // Not entrusted with an SGEI: no SGEI room.
    expect(analysis.sgeiDeMinimis).toBeNull();
    // Silo totals per year add up to the funding the cash flow receives.
    for (const year of analysis.years) {
      const silos = analysis.siloFunding
        .filter((s) => s.year === year.year)
        .reduce((sum, s) => sum + s.amount, 0);
      expect(silos).toBeCloseTo(year.funded, 2);
    }
    expect(analysis.siloFunding.every((s) => s.amount > 0)).toBe(true);
  });

  it('counts general and SGEI aid together against the SGEI ceiling for an entrusted cooperative', async () => {
    await importSgeiWorkspace();
    const result = await invoke(
      harness.session,
      'cooperatives.analysis',
      { cooperativeId: 'zon-oost', scenarioId: 'basis' },
      en,
    );
    if (!result.ok) throw new Error(result.error.message);
    const { deMinimis, sgeiDeMinimis } = result.value as CooperativeAnalysis;
    expect(deMinimis).not.toBeNull();
    expect(sgeiDeMinimis).not.toBeNull();
    const general = deMinimis!;
    const sgei = sgeiDeMinimis!;
    // General room leaves SGEI aid out; the SGEI window holds the general prior aid and the SGEI prior aid.
    expect(general.priorAid).toBe(20000);
    expect(sgei.ceiling).toBe(750000);
    expect(sgei.priorAid).toBe(50000);
    expect(sgei.used).toBeCloseTo(sgei.priorAid + sgei.blendAid, 2);
    expect(sgei.headroom).toBeCloseTo(sgei.ceiling - sgei.used, 2);
    expect(sgei.blendAid).toBeGreaterThanOrEqual(general.blendAid);
  });

  it('refuses an unknown cooperative or scenario, naming the field', async () => {
    const unknown = await invoke(
      harness.session,
      'cooperatives.analysis',
      { cooperativeId: 'nergens', scenarioId: 'basis' },
      en,
    );
    expect(unknown.ok).toBe(false);
    if (unknown.ok) return;
    expect(unknown.error.issues?.[0]?.path).toEqual(['cooperativeId']);
    expect(unknown.error.message).toContain('nergens');
    const noScenario = await invoke(
      harness.session,
      'cooperatives.analysis',
      { cooperativeId: 'zon-oost', scenarioId: 'nergens' },
      en,
    );
    expect(noScenario.ok).toBe(false);
    if (noScenario.ok) return;
    expect(noScenario.error.issues?.[0]?.path).toEqual(['scenarioId']);
  });
});
