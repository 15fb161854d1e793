import { describe, expect, it } from 'vitest';
import { loadDemoWorkspace } from '../../src/data';
import { gapCost, nextEuro, runScenario, scenarioOverlay, ScenarioNotFoundError } from '../../src/impact';
import { encodeWorkspace } from '../../src/model/parse';
import type { Workspace } from '../../src/model/workspace';
import { bits, deepFreeze, parsed, tinyWorkspaceJson } from './builders';

describe('a scenario run on a hand-sized workspace', () => {
  it('scales the impact by the blended funded share and prices the gap, by hand', async () => {
    const workspace = deepFreeze(parsed(tinyWorkspaceJson()));
    const run = await runScenario(workspace, 'all', { draws: 50, seed: 1 });
    // The grant's EUR 60,000 budget pays 60% of the plan's EUR 100,000.
    expect(run.plans).toEqual([
      {
        planId: 'care',
        fundedShare: 0.6,
        probabilityFullyFunded: 0,
        expectedFundedShare: expect.closeTo(0.6, 9),
      },
    ]);
    const [cared] = run.indicators;
    // 50 + 10 x 0.6 = 56; shortfall (100 - 56) / 100 = 0.44; nothing uncertain: P10 = P50 = P90 = 56.
    expect(cared!.years).toEqual([
      { year: 2026, noAction: 50, value: 56, status: 0.44, p10: 56, p50: 56, p90: 56 },
    ]);
    // Fully funded: 50 + 10 = 60, shortfall 0.40: the gap costs 4 people and 0.04 of distance.
    const [health] = run.gapCost.dimensions;
    expect(health).toMatchObject({ dimension: 'health', distanceActual: 0.44, distanceFullyFunded: 0.4 });
    expect(health!.cost).toBeCloseTo(0.04, 15);
    expect(health!.indicators[0]!.years).toEqual([
      { year: 2026, actual: 56, fullyFunded: 60, unrealised: 4 },
    ]);
    expect(run.gapCost.weightedCost).toBeCloseTo(0.04, 15);
  });

  it('lets a failed award lower the impact: half the draws lose the grant', async () => {
    const json = tinyWorkspaceJson();
    json.fundingStreams![0]!.awardProbability = 0.5;
    const run = await runScenario(parsed(json), 'all', { draws: 2000, seed: 9 });
    const year = run.indicators[0]!.years[0]!;
    // Either 56 (granted) or 50 (refused), about half each: P10 = 50, P90 = 56.
    expect(year.p10).toBe(50);
    expect(year.p90).toBe(56);
    expect(year.value).toBe(56);
  });

  it('counts own revenue as certain: with it the plan is funded in every draw the grant is awarded', async () => {
    const json = tinyWorkspaceJson();
    json.fundingStreams![0]!.awardProbability = 0.5;
    // Revenue of EUR 40,000 in 2026 pays the 40% the grant's budget leaves open.
    json.plans![0]!.revenues = { '2026': 40_000 };
    const run = await runScenario(parsed(json), 'all', { draws: 2000, seed: 9 });
    expect(run.plans[0]!.fundedShare).toBe(1);
    // Fully funded exactly when the grant is awarded: about half the draws.
    expect(run.plans[0]!.probabilityFullyFunded).toBeGreaterThan(0.45);
    expect(run.plans[0]!.probabilityFullyFunded).toBeLessThan(0.55);
    // Refused: only the own revenue's 40% of the effect: 50 + 10 x 0.4 = 54.
    expect(run.indicators[0]!.years[0]!.p10).toBe(54);
    expect(run.indicators[0]!.years[0]!.p90).toBe(60);
  });

  it('refuses a scenario the workspace does not have', async () => {
    await expect(runScenario(parsed(tinyWorkspaceJson()), 'nope')).rejects.toBeInstanceOf(
      ScenarioNotFoundError,
    );
  });
});

describe('where the next euro helps most', () => {
  it('ranks a budget raise by the change in weighted distance per euro, by hand', async () => {
    const workspace = deepFreeze(parsed(tinyWorkspaceJson()));
    const result = await nextEuro(workspace, 'all');
    expect(result.stepEurosPerYear).toBe(10_000);
    expect(result.distance).toBeCloseTo(0.44, 15);
    // +EUR 10,000 in 2026: 70% funded, 50 + 7 = 57, shortfall 0.43: -0.01 per EUR 10,000 = -1e-6 per euro.
    const [grant, incubator, capped, members] = result.candidates;
    expect(grant).toMatchObject({
      streamId: 'grant',
      lever: 'budget',
      addedEuros: 10_000,
      fundedChange: 10_000,
    });
    expect(grant!.perEuro).toBeCloseTo(-1e-6, 18);
    // The hypothetical incubator grant does the same; equal helpfulness keeps it after the streams.
    expect(incubator).toMatchObject({ kind: 'incubator', streamId: 'incubator-budget', addedEuros: 10_000 });
    expect(incubator!.perEuro).toBeCloseTo(-1e-6, 18);
    // A capex-only cap and unlimited capex-only money cannot help a personnel-only plan.
    expect(capped).toMatchObject({ streamId: 'capped', lever: 'maxPerPlan', addedEuros: 0, perEuro: 0 });
    expect(members).toMatchObject({ streamId: 'members', lever: 'none', perEuro: 0 });
  });

  it('raises the budget the scenario sees, with its stream factor folded in', async () => {
    const json = tinyWorkspaceJson();
    json.scenarios = [{ id: 'half', name: 'Half', plans: ['care'], streamFactors: { grant: 0.5 } }];
    const result = await nextEuro(parsed(json), 'half');
    // 0.5 x 60,000 = 30,000 (30%), shortfall 0.47; +10,000: 40%, shortfall 0.46.
    expect(result.distance).toBeCloseTo(0.47, 15);
    const grant = result.candidates.find((c) => c.streamId === 'grant')!;
    expect(grant.fundedChange).toBe(10_000);
    expect(grant.distanceChange).toBeCloseTo(-0.01, 15);
  });
});

describe('a demo scenario run', () => {
  it('is bit-identical for the same seed in this thread and over 1 or 2 workers', async () => {
    const workspace = loadDemoWorkspace();
    const strip = (run: Awaited<ReturnType<typeof runScenario>>) =>
      JSON.stringify(bits({ ...run, monteCarlo: { ...run.monteCarlo, workers: null } }));
    const inThread = await runScenario(workspace, 'basis', { draws: 400, workers: 0 });
    expect(inThread.monteCarlo).toEqual({ draws: 400, seed: 42, workers: 0 });
    for (const workers of [1, 2]) {
      const split = await runScenario(workspace, 'basis', { draws: 400, workers });
      expect(split.monteCarlo.workers).toBe(workers);
      expect(strip(split)).toBe(strip(inThread));
    }
    const otherSeed = await runScenario(workspace, 'basis', { draws: 400, workers: 0, seed: 43 });
    expect(strip(otherSeed)).not.toBe(strip(inThread));
  });
});

describe('scenarios are overlays on an unchanged baseline', () => {
  const draws = 150;
  const json = (run: unknown) => JSON.stringify(bits(run));

  it('never changes the workspace: running, gap cost and next euro all work on a frozen one', async () => {
    const workspace = deepFreeze(loadDemoWorkspace());
    const before = JSON.stringify(encodeWorkspace(workspace));
    const run = await runScenario(workspace, 'klimaatversnelling', { draws });
    gapCost(scenarioOverlay(workspace, 'klimaatversnelling'), new Map(run.plans.map((p) => [p.planId, 0.5])));
    await nextEuro(workspace, 'bezuiniging');
    expect(JSON.stringify(encodeWorkspace(workspace))).toBe(before);
  });

  it('running, editing or deleting one scenario leaves another scenario’s results as they were', async () => {
    const workspace = deepFreeze(loadDemoWorkspace());
    const alone = json(await runScenario(workspace, 'sociaal-eerst', { draws }));

    // Running another scenario first.
    const basis = json(await runScenario(workspace, 'basis', { draws }));
    expect(json(await runScenario(workspace, 'sociaal-eerst', { draws }))).toBe(alone);

    // Editing it: new objects, the frozen workspace shared underneath.
    const edited: Workspace = {
      ...workspace,
      scenarios: workspace.scenarios.map((s) =>
        s.id === 'basis'
          ? {
              ...s,
              streamFactors: { 'sociaal-domein-innovatie': 0.1, 'klimaatfonds-wijkaanpak': 0.1 },
              indicatorOverrides: { 'zorg-ouderen': { trend: 0.05, threshold: 0.5 } },
            }
          : s,
      ),
    };
    const basisEdited = json(await runScenario(edited, 'basis', { draws }));
    expect(basisEdited).not.toBe(basis);
    expect(json(await runScenario(edited, 'sociaal-eerst', { draws }))).toBe(alone);

    // Deleting it.
    const deleted: Workspace = {
      ...workspace,
      scenarios: workspace.scenarios.filter((s) => s.id !== 'basis'),
    };
    expect(json(await runScenario(deleted, 'sociaal-eerst', { draws }))).toBe(alone);
    expect(json(await runScenario(workspace, 'basis', { draws }))).toBe(basis);
  });
});
