import { describe, expect, it } from 'vitest';
import { budgetCycle } from '../../src/finance/analysis/budget-cycle';
import { blend } from '../../src/finance/blend';
import type { BlendResult } from '../../src/finance/blend/types';
import { loadDemoWorkspace } from '../../src/data';
import { scenarioOverlay } from '../../src/impact/scenario';
import { continuesAfterPlan } from '../../src/model/plan';
import { scenarioSchema, type Scenario } from '../../src/model/scenario';
import { budgetNatureOf } from '../../src/model/stream';
import type { Workspace } from '../../src/model/workspace';
import { eur, plan, stream, workspace } from './metrics/builders';

function scenarioOf(planIds: string[]): Scenario {
  return scenarioSchema.parse({ id: 'test', name: 'Test', plans: planIds });
}

async function cycleOf(ws: Workspace, scenario: Scenario) {
  const result = await blend(ws, { planIds: scenario.plans, streamFactors: scenario.streamFactors });
  return { result, cycle: budgetCycle(ws, scenario, result) };
}

/** Allocations summed per `year|silo`, straight from the blend. */
function allocatedBySilo(ws: Workspace, result: BlendResult): Map<string, number> {
  const silo = new Map(ws.fundingStreams.map((s) => [s.id, s.silo]));
  const sums = new Map<string, number>();
  for (const a of result.allocations) {
    const key = `${a.year}|${silo.get(a.streamId)}`;
    sums.set(key, (sums.get(key) ?? 0) + a.amount);
  }
  return sums;
}

describe('defaults of the budget cycle fields', () => {
  it('reads a stream with a years window as one-off and one without as structural, unless it says', () => {
    expect(budgetNatureOf({ years: [2026, 2028] })).toBe('one-off');
    expect(budgetNatureOf({})).toBe('structural');
    expect(budgetNatureOf({ years: [2026, 2028], budgetNature: 'structural' })).toBe('structural');
    expect(budgetNatureOf({ budgetNature: 'one-off' })).toBe('one-off');
  });

  it('lets opex, personnel and housing continue after the plan, not capex, training or other', () => {
    const continues = (category: Parameters<typeof continuesAfterPlan>[0]['category']) =>
      continuesAfterPlan({ category });
    expect(['opex', 'personnel', 'housing'].every((c) => continues(c as 'opex'))).toBe(true);
    expect(['capex', 'training', 'other'].some((c) => continues(c as 'capex'))).toBe(false);
    expect(continuesAfterPlan({ category: 'capex', continues: true })).toBe(true);
    expect(continuesAfterPlan({ category: 'personnel', continues: false })).toBe(false);
  });
});

describe('budgetCycle', () => {
  it('shows the whole continuing need of a plan paid only by one-off money as a cliff', async () => {
    // A two-year pilot (2026-2027): a coordinator it keeps, panels it buys once, some revenue.
    const ws = workspace({
      settings: { horizonYears: 4 },
      streams: [stream('eu', 'grant', { years: [2026, 2030], public: true })],
      plans: [
        plan('pilot', {
          years: 2,
          costs: [
            { id: 'pv', category: 'capex', label: 'PV', amounts: { '2026': 100000 } },
            { id: 'team', category: 'personnel', label: 'Team', amounts: { '2026': 50000, '2027': 60000 } },
          ],
          revenues: { '2027': 10000 },
        }),
      ],
    });
    const { result, cycle } = await cycleOf(ws, scenarioOf(['pilot']));
    expect(result.gap).toBe(0);
    const [need] = cycle.plans;
    expect(need).toMatchObject({
      planId: 'pilot',
      lastYear: 2027,
      continuingCost: eur(60000),
      revenue: eur(10000),
      need: eur(50000),
      oneOffFunded: eur(50000),
      structuralFunded: 0,
      unfunded: 0,
      oneOffShare: 1,
    });
    // Nothing is needed during the pilot; from 2028 on every year needs the same, all of it a cliff.
    expect(cycle.years.map((y) => [y.year, y.needAfterPilots, y.oneOffCliff])).toEqual([
      [2026, 0, 0],
      [2027, 0, 0],
      [2028, eur(50000), eur(50000)],
      [2029, eur(50000), eur(50000)],
    ]);
    expect(cycle.years.every((y) => y.structural === 0)).toBe(true);
    expect(cycle.totals).toMatchObject({ structural: 0, oneOff: eur(210000 - 10000), need: eur(50000) });
    expect(cycle.totals.ownRevenue).toBe(eur(10000));
  });

  it('leaves no cliff where structural money pays the continuing lines, and names the unfunded rest', async () => {
    const ws = workspace({
      settings: { horizonYears: 3 },
      streams: [
        // Structural: no end year. It may pay personnel only, up to 30,000 a year.
        stream('wmo', 'grant', {
          budgetPerYear: 30000,
          eligible: { categories: ['personnel'] },
        }),
        stream('pilotfonds', 'grant', { years: [2026, 2026], budgetNature: 'one-off' }),
      ],
      plans: [
        plan('buurt', {
          years: 2,
          costs: [
            { id: 'team', category: 'personnel', label: 'Team', amounts: { '2026': 30000, '2027': 40000 } },
            { id: 'huur', category: 'housing', label: 'Huur', amounts: { '2027': 5000 } },
          ],
        }),
      ],
    });
    const { cycle } = await cycleOf(ws, scenarioOf(['buurt']));
    // 2027: team 40,000 (30,000 structural, 10,000 unfunded: the one-off fund ended in 2026), rent unfunded.
    expect(cycle.plans[0]).toMatchObject({
      need: eur(45000),
      structuralFunded: eur(30000),
      oneOffFunded: 0,
      unfunded: eur(15000),
      oneOffShare: 0,
    });
  });

  it('splits the blend into structural and one-off money that add up to it per year and silo', async () => {
    const ws = loadDemoWorkspace();
    const scenario = ws.scenarios.find((s) => s.id === 'basis')!;
    const { result, cycle } = await cycleOf(ws, scenario);
    const allocated = allocatedBySilo(ws, result);
    const fromCells = new Map(cycle.cells.map((c) => [`${c.year}|${c.silo}`, c.structural + c.oneOff]));
    expect(fromCells).toEqual(allocated);
    for (const year of cycle.years) {
      const cells = cycle.cells.filter((c) => c.year === year.year);
      expect(cells.reduce((s, c) => s + c.structural, 0)).toBe(year.structural);
      expect(cells.reduce((s, c) => s + c.oneOff, 0)).toBe(year.oneOff);
    }
    expect(cycle.totals.structural + cycle.totals.oneOff).toBe(result.funded);
    expect(cycle.totals.ownRevenue).toBe(result.plans.reduce((s, p) => s + p.ownRevenue, 0));
    // Both natures occur in the demo, so the split is not all on one side.
    expect(cycle.totals.structural).toBeGreaterThan(0);
    expect(cycle.totals.oneOff).toBeGreaterThan(0);
    for (const p of cycle.plans) {
      expect(p.oneOffFunded + p.structuralFunded + p.unfunded).toBe(p.need);
      expect(p.need).toBe(Math.max(0, p.continuingCost - p.revenue));
    }
  });

  it('splits the money of pooled silos back over the member streams, still adding up to the blend', async () => {
    const ws = loadDemoWorkspace();
    const scenario = ws.scenarios.find((s) => s.id === 'ontschotting')!;
    const overlay = scenarioOverlay(ws, scenario);
    const pools = overlay.workspace.fundingStreams.filter((s) => s.silo === 'pool');
    expect(pools.length).toBeGreaterThan(0);
    const result = await blend(overlay.workspace, overlay.blendRequest);
    const cycle = budgetCycle(overlay.workspace, scenario, result);
    // No silo called "pool": the money goes back to the silos the council budgets.
    expect(cycle.silos.map((s) => s.silo)).not.toContain('pool');
    expect(cycle.totals.structural + cycle.totals.oneOff).toBe(result.funded);
    const pooled = result.allocations.filter((a) => pools.some((p) => p.id === a.streamId));
    expect(pooled.length).toBeGreaterThan(0);
    const poolSilos = new Set(scenario.desiloing!.silos);
    for (const year of cycle.years) {
      const cells = cycle.cells.filter((c) => c.year === year.year);
      expect(cells.reduce((s, c) => s + c.structural + c.oneOff, 0)).toBe(year.structural + year.oneOff);
      // Outside the pooled silos, every cell is exactly what the blend gave that silo's streams.
      for (const cell of cells.filter((c) => !poolSilos.has(c.silo))) {
        expect(cell.structural + cell.oneOff).toBe(
          allocatedBySilo(overlay.workspace, result).get(`${cell.year}|${cell.silo}`),
        );
      }
    }
  });
});
