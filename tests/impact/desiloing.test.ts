import { describe, expect, it } from 'vitest';
import { blend } from '../../src/finance/blend';
import { isEligible } from '../../src/finance/blend/eligibility';
import { poolMembersOf } from '../../src/finance/blend/eligibility';
import { scenarioReferenceIssues } from '../../src/api/scenario-validation';
import { poolSilos, runScenario, scenarioOverlay, scenarioToJson } from '../../src/impact';
import { parseWorkspace } from '../../src/model/parse';
import { parsed } from './builders';
import { careAndEnergyJson } from './desiloing-fixture';

const EURO = 100;

describe('eligibility follows the cost line sector', () => {
  it('lets energy money pay the energy cost of a care cooperative, and nothing else of it', async () => {
    const workspace = parsed(careAndEnergyJson());
    const result = await blend(workspace, { planIds: ['plan'] });
    const zon = result.allocations.filter((a) => a.streamId === 'zon');
    expect(zon.map((a) => a.costId)).toEqual(['solar']);
    expect(zon[0]!.amount).toBe(40_000 * EURO);
    // Staff 30,000 open after Wmo, lift 15,000 and rent 20,000 that nothing pays.
    expect(result.gap).toBe(65_000 * EURO);
  });

  it('checks the cooperative sector for a line without its own', async () => {
    const json = careAndEnergyJson();
    delete json.plans![0]!.costs[1]!.sector;
    const result = await blend(parsed(json), { planIds: ['plan'] });
    expect(result.allocations.some((a) => a.streamId === 'zon')).toBe(false);
    expect(result.gap).toBe(105_000 * EURO);
  });

  it('the checker judges the line sector the same way', () => {
    const workspace = parsed(careAndEnergyJson());
    const [, zon] = workspace.fundingStreams;
    const coop = workspace.cooperatives[0];
    const [, solar, lift] = workspace.plans[0]!.costs;
    expect(isEligible(zon!, coop, solar!, 2026)).toBe(true);
    expect(isEligible(zon!, coop, lift!, 2026)).toBe(false);
  });
});

describe('pooling silos', () => {
  it('pools grants with grants only, sums the budget, and leaves a kind of its own alone', () => {
    const workspace = parsed(careAndEnergyJson());
    const { workspace: pooled, pools, kept } = poolSilos(workspace, workspace.scenarios[1]!);
    expect(pools).toHaveLength(1);
    expect(pools[0]).toMatchObject({
      id: 'pool-grant',
      kind: 'grant',
      budgetPerYear: { '2026': 110_000 * EURO },
    });
    expect(pools[0]!.members.map((m) => m.id)).toEqual(['wmo', 'zon']);
    expect(kept).toEqual([
      { id: 'energielening', name: 'Energielening', silo: 'gemeente-energie', reason: 'alone' },
    ]);
    expect(pooled.fundingStreams.map((s) => s.id)).toEqual(['pool-grant', 'energielening']);
    // The stored workspace is untouched.
    expect(workspace.fundingStreams).toHaveLength(3);
  });

  it('closes the gap with one budget, eligible per cost line, and never pays what no member could', async () => {
    const run = await runScenario(parsed(careAndEnergyJson()), 'pooled', { draws: 10, seed: 1 });
    const pool = run.blend.allocations.filter((a) => a.streamId === 'pool-grant');
    const paid = new Map(pool.map((a) => [a.costId, a.amount]));
    expect(paid.get('staff')).toBe(60_000 * EURO);
    expect(paid.get('solar')).toBe(40_000 * EURO);
    // The lift is capex (energy money's category) of a care line (care money's sector): no member pays both.
    expect(paid.has('lift')).toBe(false);
    expect(paid.has('rent')).toBe(false);
    expect(run.desiloing).toMatchObject({
      silos: ['gemeente-sociaal-domein', 'gemeente-energie'],
      gapSiloed: 65_000 * EURO,
      gapPooled: 35_000 * EURO,
      gapClosed: 30_000 * EURO,
      plans: [
        { planId: 'plan', gapSiloed: 65_000 * EURO, gapPooled: 35_000 * EURO, gapClosed: 30_000 * EURO },
      ],
    });
  });

  it('a scenario without pooling has no de-siloing result', async () => {
    const run = await runScenario(parsed(careAndEnergyJson()), 'siloed', { draws: 10, seed: 1 });
    expect(run.desiloing).toBeNull();
  });

  it('takes the members terms as the most a combination of them allows', () => {
    const json = careAndEnergyJson();
    const [wmo, zon] = json.fundingStreams!;
    Object.assign(wmo!, {
      maxPerPlan: 20_000,
      maxShareOfPlan: 0.3,
      minAward: 5_000,
      matching: 1,
      awardProbability: 0.9,
    });
    Object.assign(zon!, {
      maxPerPlan: 50_000,
      maxShareOfPlan: 0.5,
      minAward: 2_000,
      matching: 2,
      awardProbability: 0.6,
      years: [2027, 2030],
      termsDate: '2025-01-01',
    });
    wmo!.termsDate = '2025-06-01';
    json.settings!.horizonYears = 3;
    json.scenarios![1]!.streamFactors = { zon: 0.5 };
    const workspace = parsed(json);
    const pool = poolSilos(workspace, workspace.scenarios[1]!).workspace.fundingStreams[0]!;
    expect(pool).toMatchObject({
      // Zon at factor 0.5: its cap 25,000 and budget 40,000, and only from 2027.
      maxPerPlan: 45_000 * EURO,
      maxShareOfPlan: 0.8,
      minAward: 2_000 * EURO,
      matching: 3,
      awardProbability: 0.6,
      termsDate: '2025-01-01',
      budgetPerYear: { '2026': 30_000 * EURO, '2027': 70_000 * EURO, '2028': 70_000 * EURO },
    });
    expect(poolMembersOf(pool)?.map((m) => m.id)).toEqual(['wmo', 'zon']);
  });

  it('drops a term one member does not set, keeps drafts, unlimited streams and guarantees out', () => {
    const json = careAndEnergyJson();
    json.fundingStreams![0]!.maxPerPlan = 10_000;
    json.fundingStreams!.push(
      { id: 'open', name: 'Open', silo: 'gemeente-energie', kind: 'grant', public: true },
      { id: 'concept', name: 'Concept', silo: 'gemeente-energie', kind: 'grant', public: true, draft: true },
      {
        id: 'borg',
        name: 'Borg',
        silo: 'gemeente-energie',
        kind: 'guarantee',
        public: true,
        guarantee: { backs: ['energielening'], share: 0.5, termYears: 5 },
      },
    );
    const workspace = parsed(json);
    const { workspace: pooled, kept } = poolSilos(workspace, workspace.scenarios[1]!);
    expect(pooled.fundingStreams[0]!.maxPerPlan).toBeUndefined();
    expect(kept.map((k) => [k.id, k.reason])).toEqual([
      ['open', 'unlimited'],
      ['concept', 'draft'],
      ['borg', 'guarantee'],
      ['energielening', 'alone'],
    ]);
  });

  it('moves locks and decided awards of members to the pool; refusals do not bind it', () => {
    const json = careAndEnergyJson();
    const plan = json.plans![0]!;
    plan.locked = [{ streamId: 'wmo', costId: 'staff', year: 2026, amount: 10_000 }];
    plan.awards = [
      { streamId: 'wmo', status: 'granted', granted: 25_000, decidedOn: '2025-11-01' },
      { streamId: 'zon', status: 'refused', decidedOn: '2025-12-01' },
      { streamId: 'energielening', status: 'applied' },
    ];
    const workspace = parsed(json);
    const pooledPlan = poolSilos(workspace, workspace.scenarios[1]!).workspace.plans[0]!;
    expect(pooledPlan.locked).toEqual([
      { streamId: 'pool-grant', costId: 'staff', year: 2026, amount: 10_000 * EURO },
    ]);
    expect(pooledPlan.awards).toEqual([
      { streamId: 'energielening', status: 'applied' },
      { streamId: 'pool-grant', status: 'granted', granted: 25_000 * EURO, decidedOn: '2025-11-01' },
    ]);
  });

  it('never funds a cost line none of the pooled streams could, over many random workspaces', async () => {
    let seed = 7;
    const next = () => {
      seed = (seed * 1103515245 + 12345) % 2 ** 31;
      return seed / 2 ** 31;
    };
    const pick = <T>(values: readonly T[]): T => values[Math.floor(next() * values.length)]!;
    const sectors = ['care', 'energy', 'food'] as const;
    const categories = ['capex', 'opex', 'personnel', 'housing'] as const;
    for (let round = 0; round < 25; round++) {
      const json = careAndEnergyJson();
      json.fundingStreams = [0, 1, 2].map((i) => ({
        id: `s${i}`,
        name: `S${i}`,
        silo: i === 2 ? 'elders' : `silo-${i}`,
        kind: 'grant' as const,
        public: true,
        budgetPerYear: 10_000 + Math.floor(next() * 50_000),
        eligible: { sectors: [pick(sectors)], categories: [pick(categories), pick(categories)] },
      }));
      json.plans![0]!.costs = [0, 1, 2, 3, 4].map((i) => ({
        id: `c${i}`,
        category: pick(categories),
        label: `C${i}`,
        ...(next() < 0.5 ? { sector: pick(sectors) } : {}),
        amounts: { '2026': 5_000 + Math.floor(next() * 30_000) },
      }));
      json.scenarios![1]!.desiloing = { silos: ['silo-0', 'silo-1'] };
      const workspace = parsed(json);
      const overlay = scenarioOverlay(workspace, 'pooled');
      const siloed = await blend(workspace, { planIds: ['plan'] });
      const result = await blend(overlay.workspace, overlay.blendRequest);
      const plan = workspace.plans[0]!;
      for (const a of result.allocations) {
        if (a.streamId !== 'pool-grant') continue;
        const cost = plan.costs.find((c) => c.id === a.costId)!;
        const members = workspace.fundingStreams.filter((s) => s.silo === 'silo-0' || s.silo === 'silo-1');
        expect(members.some((m) => isEligible(m, workspace.cooperatives[0], cost, a.year))).toBe(true);
      }
      // Pooling money with the loosest terms of its members never leaves a larger gap.
      expect(result.gap).toBeLessThanOrEqual(siloed.gap);
      // Nor does it pay more than the members' budgets together and the stream left out.
      const budget = json.fundingStreams.reduce((sum, s) => sum + (s.budgetPerYear as number), 0);
      expect(result.funded).toBeLessThanOrEqual(budget * EURO);
    }
  });
});

describe('a de-siloing scenario is checked field by field', () => {
  const issuesOf = (silos: string[], lang: 'nl' | 'en' = 'en') => {
    const json = careAndEnergyJson();
    json.scenarios![1]!.desiloing = { silos };
    const result = parseWorkspace(json, lang);
    return result.ok ? [] : result.issues.map((i) => [i.pathText, i.message]);
  };

  it('asks for two silos, names a repeated and an unknown silo at its place, in Dutch and English', () => {
    expect(issuesOf(['gemeente-energie'])).toEqual([
      ['scenarios[1].desiloing.silos', 'choose at least two silos to pool'],
    ]);
    expect(issuesOf(['gemeente-energie', 'gemeente-energie'], 'nl')).toEqual([
      ['scenarios[1].desiloing.silos', 'kies minstens twee schotten om samen te voegen'],
      ['scenarios[1].desiloing.silos[1]', 'schot "gemeente-energie" staat er al eerder in'],
    ]);
    expect(issuesOf(['gemeente-energie', 'zorgkantoor'])).toEqual([
      [
        'scenarios[1].desiloing.silos[1]',
        'silo "zorgkantoor" does not exist: no funding stream belongs to it',
      ],
    ]);
    expect(issuesOf(['gemeente-energie', 'gemeente-sociaal-domein'])).toEqual([]);
  });

  it('refuses a scenario update with an unknown silo before anything is written, naming the field', () => {
    const workspace = parsed(careAndEnergyJson());
    const scenario = {
      ...workspace.scenarios[1]!,
      desiloing: { silos: ['gemeente-energie', 'zorgkantoor'] },
    };
    expect(scenarioReferenceIssues(workspace, scenario, 'en').map((i) => i.pathText)).toEqual([
      'scenario.desiloing.silos[1]',
    ]);
  });

  it('gives the comparison in the CLI --json in euros', async () => {
    const run = await runScenario(parsed(careAndEnergyJson()), 'pooled', { draws: 10, seed: 1 });
    const json = scenarioToJson(run);
    expect(json.desiloing).toMatchObject({
      gapSiloed: 65_000,
      gapPooled: 35_000,
      gapClosed: 30_000,
      pools: [{ id: 'pool-grant', kind: 'grant', budgetPerYear: { '2026': 110_000 } }],
    });
    expect(json.allocations.some((a) => a.streamId === 'pool-grant')).toBe(true);
  });
});
