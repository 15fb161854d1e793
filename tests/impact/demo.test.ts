import { beforeAll, describe, expect, it } from 'vitest';
import { loadDemoWorkspace } from '../../src/data';
import { runScenario, type ScenarioRun } from '../../src/impact';

const workspace = loadDemoWorkspace();
const runs = new Map<string, ScenarioRun>();

beforeAll(async () => {
  // Each scenario with its own draws and seed, as the command line runs it.
  for (const scenario of workspace.scenarios)
    runs.set(scenario.id, await runScenario(workspace, scenario.id));
});

function indicator(scenarioId: string, id: string) {
  return runs.get(scenarioId)!.indicators.find((i) => i.indicator.id === id)!;
}

describe('the demo workspace’s scenarios', () => {
  it('project every indicator over 2026-2035 with finite, ordered bands', () => {
    expect([...runs.keys()]).toEqual([
      'basis',
      'klimaatversnelling',
      'bezuiniging',
      'sociaal-eerst',
      'inkoop-vliegwiel',
      'ontschotting',
    ]);
    for (const run of runs.values()) {
      expect(run.years).toEqual([2026, 2027, 2028, 2029, 2030, 2031, 2032, 2033, 2034, 2035]);
      expect(run.indicators).toHaveLength(workspace.indicators.length);
      for (const { years } of run.indicators) {
        for (const y of years) {
          for (const v of [y.value, y.p10, y.p50, y.p90, y.status]) expect(Number.isFinite(v)).toBe(true);
          expect(y.p10).toBeLessThanOrEqual(y.p50);
          expect(y.p50).toBeLessThanOrEqual(y.p90);
          expect(y.status).toBeGreaterThanOrEqual(0);
        }
      }
    }
  });

  it('never project fuller funding than the blend: a plan with a gap is never fully funded', () => {
    for (const run of runs.values()) {
      for (const plan of run.plans) {
        const blended = run.blend.plans.find((p) => p.planId === plan.planId)!;
        expect(plan.probabilityFullyFunded).toBeGreaterThanOrEqual(0);
        if (blended.gap > 0) expect(plan.probabilityFullyFunded).toBe(0);
        // Every demo stream's award is uncertain, so no plan is sure to be fully funded.
        else expect(plan.probabilityFullyFunded).toBeLessThan(1);
      }
    }
  });

  it('lower emissions in every draw, and most where the climate scenario steepens the trend', () => {
    for (const id of runs.keys()) {
      const last = indicator(id, 'co2-grondgebied').years.at(-1)!;
      expect(last.value).toBeLessThan(last.noAction);
      expect(last.p90).toBeLessThanOrEqual(last.noAction);
    }
    // Trend -5% a year instead of -3%: 4,100 x 0.95^11 = 2,333 kt rather than 4,100 x 0.97^11 = 2,932 kt.
    const climate = indicator('klimaatversnelling', 'co2-grondgebied').years.at(-1)!;
    const basis = indicator('basis', 'co2-grondgebied').years.at(-1)!;
    expect(climate.noAction).toBeCloseTo(4100 * 0.95 ** 11, 6);
    expect(basis.noAction).toBeCloseTo(4100 * 0.97 ** 11, 6);
    expect(climate.status).toBeLessThan(basis.status);
  });

  it('raise social indicators in every draw where plans add to them', () => {
    for (const id of ['zorg-ouderen', 'werk-afstand-arbeidsmarkt', 'deelvervoer-bereik']) {
      for (const y of indicator('sociaal-eerst', id).years) expect(y.p10).toBeGreaterThanOrEqual(y.noAction);
    }
  });

  it('fund less and leave the city further from the Doughnut when budgets are cut', () => {
    const basis = runs.get('basis')!;
    const cut = runs.get('bezuiniging')!;
    expect(cut.blend.funded).toBeLessThan(basis.blend.funded);
    expect(cut.gapCost.weightedActual).toBeGreaterThan(basis.gapCost.weightedActual);
  });

  it('apply the social scenario’s threshold override and price a gap that exists', () => {
    expect(indicator('sociaal-eerst', 'werk-afstand-arbeidsmarkt').indicator.threshold).toBe(0.7);
    expect(indicator('basis', 'werk-afstand-arbeidsmarkt').indicator.threshold).toBe(0.75);
    for (const run of runs.values()) {
      expect(run.blend.gap).toBeGreaterThan(0);
      expect(run.gapCost.weightedCost).toBeGreaterThan(0);
      for (const d of run.gapCost.dimensions) expect(d.cost).toBeGreaterThanOrEqual(0);
    }
  });
});
