import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { blend } from '../../src/finance/blend';
import { scenarioOverlay } from '../../src/impact';
import { leverWeights, procurementLever, withLeverRevenue } from '../../src/impact/procurement-lever';
import { parseWorkspace, type Workspace, type WorkspaceJson } from '../../src/model';
import { clone, workspaceJson } from '../helpers/builders';
import { ciSeed } from '../helpers/property-seed';

/*
 * The procurement lever: the volume above the current share goes to the scenario's plans of
 * cooperatives with contracts, in proportion to their contracts; only its contribution margin
 * becomes plan revenue. Two plans of two cooperatives, the first with contracts worth three
 * times the second's.
 */
function leverWorkspace(target: number | undefined, margin = 0.2): Workspace {
  const json: WorkspaceJson = clone(workspaceJson());
  json.cooperatives!.push({
    id: 'schoon',
    name: 'Schoon Samen',
    sector: 'care',
    legalForm: 'cooperatie-ua',
    stage: 'growth',
    members: 40,
  });
  json.plans!.push({
    id: 'schoon-plan',
    cooperativeId: 'schoon',
    name: 'Schoonmaak wijkcentra',
    startYear: 2026,
    years: 2,
    costs: [{ id: 'team', category: 'personnel', label: 'Team', amounts: { '2026': 60000, '2027': 60000 } }],
  });
  json.scenarios![0]!.plans = ['zon-plan', 'schoon-plan'];
  if (target !== undefined) json.scenarios![0]!.procurementShare = target;
  json.procurement = {
    volumes: { '2026': 10000000, '2027': 10000000, '2028': 10000000 },
    contributionMargin: margin,
    contracts: [
      { year: 2026, cooperativeId: 'zon-oost', planId: 'zon-plan', amount: 30000 },
      { year: 2026, cooperativeId: 'schoon', amount: 10000 },
    ],
  };
  const parsed = parseWorkspace(json, 'en');
  if (!parsed.ok) throw new Error(JSON.stringify(parsed.issues));
  return parsed.value;
}

describe('procurement lever', () => {
  it('places target minus current share of the volume with the plans by their contracts, margin only as revenue', () => {
    const workspace = leverWorkspace(0.01, 0.2);
    const overlay = scenarioOverlay(workspace, 'basis');
    const lever = overlay.procurementLever!;
    // 2026: 1% of 10M = 100,000 minus 40,000 awarded = 60,000; 2027 and 2028 have no contracts
    // entered, so 2026's share (0.4%) is carried: again 60,000.
    expect(lever.years.map((y) => [y.year, y.extraVolume / 100, y.carried])).toEqual([
      [2026, 60000, false],
      [2027, 60000, true],
      [2028, 60000, true],
    ]);
    const [zon, schoon] = lever.plans;
    expect(zon).toMatchObject({ planId: 'zon-plan', weight: 3000000 });
    expect(zon!.extraVolume).toEqual({ '2026': 4500000, '2027': 4500000, '2028': 6000000 });
    // Only the running plans share a year: the cleaning plan ends in 2027, so 2028 is the solar plan's alone.
    expect(schoon!.extraVolume).toEqual({ '2026': 1500000, '2027': 1500000 });
    expect(schoon!.extraRevenue).toEqual({ '2026': 300000, '2027': 300000 });
    // 2028: the solar plan runs 2026-2028 and takes the whole year.
    expect(zon!.extraRevenue).toEqual({ '2026': 900000, '2027': 900000, '2028': 1200000 });
    // The overlay's plans carry the margin on top of their own revenue.
    expect(overlay.plans[0]!.revenues).toEqual({ '2026': 900000, '2027': 2400000, '2028': 2800000 });
    expect(overlay.workspace.plans.find((p) => p.id === 'schoon-plan')!.revenues).toEqual({
      '2026': 300000,
      '2027': 300000,
    });
    // The stored workspace is not changed.
    expect(workspace.plans.find((p) => p.id === 'schoon-plan')!.revenues).toEqual({});
  });

  it('splits a contract naming no plan over its cooperative’s plans in the scenario', () => {
    const workspace = leverWorkspace(0.01);
    const plans = [workspace.plans[0]!, { ...workspace.plans[1]!, id: 'schoon-2' }, workspace.plans[1]!];
    expect([...leverWeights(workspace.procurement!, plans)]).toEqual([
      ['zon-plan', 3000000],
      ['schoon-2', 500000],
      ['schoon-plan', 500000],
    ]);
  });

  it('does nothing without a target, below the current share, or with a margin of 0', () => {
    expect(scenarioOverlay(leverWorkspace(undefined), 'basis').procurementLever).toBeNull();
    const below = scenarioOverlay(leverWorkspace(0.001), 'basis');
    expect(below.procurementLever!.years[0]!.extraVolume).toBe(0);
    const none = leverWorkspace(0.5, 0);
    const overlay = scenarioOverlay(none, 'basis');
    expect(overlay.procurementLever!.years.every((y) => y.extraRevenue === 0)).toBe(true);
    expect(overlay.workspace.plans).toStrictEqual(none.plans);
  });

  it('property: raising the target share never raises a plan’s gap, and with margin 0 nothing changes', async () => {
    const gaps = async (target: number, margin: number) => {
      const overlay = scenarioOverlay(leverWorkspace(target, margin), 'basis');
      const result = await blend(overlay.workspace, overlay.blendRequest);
      return new Map(result.plans.map((p) => [p.planId, p.gap]));
    };
    const revenueOf = (target: number, margin: number) => {
      const workspace = leverWorkspace(target, margin);
      const lever = procurementLever(workspace.procurement, workspace.scenarios[0]!, workspace.plans);
      return withLeverRevenue(workspace, lever).plans.map((p) => p.revenues);
    };
    const baseline = await gaps(0, 0.2);
    await fc.assert(
      fc.asyncProperty(
        fc.double({ min: 0, max: 0.05, noNaN: true }),
        fc.double({ min: 0, max: 0.05, noNaN: true }),
        fc.double({ min: 0, max: 1, noNaN: true }),
        async (a, b, margin) => {
          const [low, high] = a <= b ? [a, b] : [b, a];
          const [gapLow, gapHigh] = [await gaps(low, margin), await gaps(high, margin)];
          for (const [planId, gap] of gapHigh) expect(gap).toBeLessThanOrEqual(gapLow.get(planId)!);
          // Revenue per plan and year never falls as the target rises.
          const [revLow, revHigh] = [revenueOf(low, margin), revenueOf(high, margin)];
          revHigh.forEach((revenues, i) => {
            for (const [year, cents] of Object.entries(revLow[i]!))
              expect(revenues[year]).toBeGreaterThanOrEqual(cents);
          });
          // With a margin of 0 the lever changes no plan's gap.
          expect(await gaps(high, 0)).toEqual(baseline);
        },
      ),
      { numRuns: 12, ...ciSeed(15) },
    );
  }, 120_000);
});
