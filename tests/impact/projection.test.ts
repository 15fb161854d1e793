import { describe, expect, it } from 'vitest';
import {
  applyIndicatorOverrides,
  dimensionDistances,
  indicatorStatus,
  netEffect,
  noActionValue,
  project,
  scenarioOverlay,
  weightedDistance,
} from '../../src/impact';
import { impactLineSchema, type ImpactLine } from '../../src/model/plan';
import { workspaceJson } from '../helpers/builders';
import { deepFreeze, parsed } from './builders';

function line(overrides: Partial<ImpactLine> = {}): ImpactLine {
  return impactLineSchema.parse({
    indicatorId: 'co2',
    start: 2027,
    duration: 3,
    output: -0.45,
    deadweight: 0.1,
    attribution: 0.2,
    displacement: 0.5,
    dropOff: 0.01,
    evidence: 'moderate',
    ...overrides,
  });
}

describe('net effect of an impact line (spec section 7)', () => {
  it('applies the funded share, the three deflators and the drop-off since the start year', () => {
    // 2027 (first year): -0.45 x 0.8 x 0.9 x 0.8 x 0.5 x 0.99^0 = -0.1296
    expect(netEffect(line(), 1, 0.8, 2027)).toBeCloseTo(-0.1296, 12);
    // 2029 (third year): -0.1296 x 0.99^2 = -0.1296 x 0.9801 = -0.12702096
    expect(netEffect(line(), 1, 0.8, 2029)).toBeCloseTo(-0.12702096, 12);
  });

  it('is zero before the start year and from start + duration on', () => {
    expect(netEffect(line(), 1, 1, 2026)).toBe(0);
    expect(netEffect(line(), 1, 1, 2030)).toBe(0);
    expect(netEffect(line(), 1, 1, 2029)).not.toBe(0);
  });

  it('scales linearly with the funded share, down to nothing for an unfunded plan', () => {
    // output 100, no deflators: 100 x 0.25 = 25
    const plain = line({ output: 100, deadweight: 0, attribution: 0, displacement: 0 });
    expect(netEffect(plain, 1, 0.25, 2027)).toBe(25);
    expect(netEffect(line(), 1, 0, 2028)).toBe(-0);
  });

  it('divides an absolute output by the city total the indicator is a share of', () => {
    // 190 households of 480,000, no deflators, fully funded: 190 / 480,000 = 0.000395833...
    const households = line({ output: 190, deadweight: 0, attribution: 0, displacement: 0 });
    expect(netEffect(households, 480_000, 1, 2027)).toBeCloseTo(190 / 480_000, 15);
    // With the deflators of line(): 190 / 480,000 x 0.8 x 0.9 x 0.8 x 0.5 = 0.000114
    expect(netEffect(line({ output: 190 }), 480_000, 0.8, 2027)).toBeCloseTo(0.000114, 15);
  });
});

describe('indicator values and status', () => {
  const co2 = { baseline: { year: 2024, value: 4.1 }, trend: -0.03 };

  it('follows the no-action trend from the baseline year, also backwards', () => {
    // 4.1 x 0.97^2 = 4.1 x 0.9409 = 3.85769
    expect(noActionValue(co2, 2026)).toBeCloseTo(3.85769, 12);
    expect(noActionValue(co2, 2024)).toBe(4.1);
    // 4.1 x 0.97^-1 = 4.226804123711...
    expect(noActionValue(co2, 2023)).toBeCloseTo(4.2268041237, 9);
  });

  it('measures floor shortfall and ceiling overshoot as shares of the threshold, 0 inside', () => {
    // floor 1.0, value 0.9: (1 - 0.9) / 1 = 0.1
    expect(indicatorStatus({ kind: 'floor', threshold: 1 }, 0.9)).toBeCloseTo(0.1, 15);
    expect(indicatorStatus({ kind: 'floor', threshold: 1 }, 1.2)).toBe(0);
    // ceiling 0.95, value 1.9: (1.9 - 0.95) / 0.95 = 1
    expect(indicatorStatus({ kind: 'ceiling', threshold: 0.95 }, 1.9)).toBeCloseTo(1, 15);
    expect(indicatorStatus({ kind: 'ceiling', threshold: 0.95 }, 0.5)).toBe(0);
    expect(indicatorStatus({ kind: 'ceiling', threshold: 20 }, 20)).toBe(0);
  });
});

describe('projection of a scenario', () => {
  it('adds every scenario plan’s net effects to the no-action path, by hand', () => {
    const workspace = parsed(workspaceJson());
    // Scenario "basis": plan zon-plan, co2 trend overridden to -0.04; horizon 2026-2030.
    const overlay = scenarioOverlay(workspace, 'basis');
    expect(overlay.years).toEqual([2026, 2027, 2028, 2029, 2030]);
    const [co2] = project(overlay, new Map([['zon-plan', 0.5]]));
    const y = co2!.years;
    // 2026: 4.1 x 0.96^2 = 3.77856, no effect yet (the line starts in 2027)
    expect(y[0]!.value).toBeCloseTo(3.77856, 12);
    // 2027: 4.1 x 0.96^3 = 3.6274176; effect -0.45 x 0.5 x 0.9 x 0.8 x 1 x 0.99^0 = -0.162
    expect(y[1]!.noAction).toBeCloseTo(3.6274176, 12);
    expect(y[1]!.value).toBeCloseTo(3.6274176 - 0.162, 12);
    // 2030: 4.1 x 0.96^6 = 3.20913..., effect -0.162 x 0.99^3 = -0.162 x 0.970299 = -0.157188438
    expect(y[4]!.value).toBeCloseTo(4.1 * 0.96 ** 6 - 0.157188438, 9);
    // Status 2027: overshoot ((3.6274176 - 0.162) - 0.95) / 0.95 = 2.647808
    expect(y[1]!.status).toBeCloseTo(2.647808, 9);
  });

  it('lets plans outside the scenario contribute nothing', () => {
    const json = workspaceJson();
    json.scenarios = [{ id: 'empty', name: 'Empty', plans: [] }];
    const workspace = parsed(json);
    const [co2] = project(scenarioOverlay(workspace, 'empty'), new Map([['zon-plan', 1]]));
    // No trend override here: 4.1 x 0.97^3 = 3.7419...
    expect(co2!.years[1]!.value).toBe(co2!.years[1]!.noAction);
    expect(co2!.years[1]!.value).toBeCloseTo(4.1 * 0.97 ** 3, 12);
  });

  it('applies trend and threshold overrides before projecting, on copies', () => {
    const workspace = deepFreeze(parsed(workspaceJson()));
    const [overridden] = applyIndicatorOverrides(workspace.indicators, { co2: { trend: 0, threshold: 2 } });
    expect(overridden).toMatchObject({ trend: 0, threshold: 2 });
    expect(workspace.indicators[0]).toMatchObject({ trend: -0.03, threshold: 0.95 });
    const [untouched] = applyIndicatorOverrides(workspace.indicators, {});
    expect(untouched).toBe(workspace.indicators[0]);

    const scenario = { ...workspace.scenarios[0]!, indicatorOverrides: { co2: { threshold: 2 } } };
    const [co2] = project(scenarioOverlay(workspace, scenario), new Map([['zon-plan', 0]]));
    // No trend override: 2026 value 4.1 x 0.97^2 = 3.85769; overshoot of 2: (3.85769 - 2) / 2 = 0.928845
    expect(co2!.years[0]!.status).toBeCloseTo(0.928845, 12);
  });

  it('averages status over years and indicators per dimension, then sums dimensions', () => {
    const workspace = parsed(workspaceJson());
    const projection = project(scenarioOverlay(workspace, 'basis'), new Map([['zon-plan', 1]]));
    const [climate] = dimensionDistances(projection);
    const meanStatus = projection[0]!.years.reduce((s, y) => s + y.status, 0) / 5;
    expect(climate).toMatchObject({ dimension: 'climate-change', kind: 'ceiling', indicatorIds: ['co2'] });
    expect(climate!.distance).toBeCloseTo(meanStatus, 15);
    expect(weightedDistance(projection)).toBeCloseTo(meanStatus, 15);
    expect(weightedDistance(projection, { 'climate-change': 3 })).toBeCloseTo(3 * meanStatus, 14);
  });
});
