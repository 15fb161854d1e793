import { describe, expect, it } from 'vitest';
import {
  buildMonteCarloInput,
  groupSeriesId,
  groupSeriesOf,
  runGroupMonteCarlo,
  runScenario,
  scenarioOverlay,
  shareOfDistance,
  wedgeShares,
  type GroupContribution,
} from '../../src/impact';
import { DIMENSIONS } from '../../src/model/doughnut';
import type { WorkspaceJson } from '../../src/model/workspace';
import { parsed, tinyWorkspaceJson } from './builders';

describe('shareOfDistance', () => {
  it('is the share of a floor shortfall closed', () => {
    // Threshold 100, 60 without the portfolio: a distance of 40, of which +10 closes a quarter.
    expect(shareOfDistance({ kind: 'floor', threshold: 100 }, 60, 10)).toBeCloseTo(0.25, 15);
    // Moving the wrong way widens the shortfall: negative.
    expect(shareOfDistance({ kind: 'floor', threshold: 100 }, 60, -4)).toBeCloseTo(-0.1, 15);
  });

  it('is the share of a ceiling overshoot reduced (a lower value closes it)', () => {
    // Threshold 50, 80 without the portfolio: an overshoot of 30, of which -6 reduces a fifth.
    expect(shareOfDistance({ kind: 'ceiling', threshold: 50 }, 80, -6)).toBeCloseTo(0.2, 15);
    expect(shareOfDistance({ kind: 'ceiling', threshold: 50 }, 80, 3)).toBeCloseTo(-0.1, 15);
  });

  it('is null when the path without the portfolio is already inside the boundary', () => {
    expect(shareOfDistance({ kind: 'floor', threshold: 100 }, 100, 5)).toBeNull();
    expect(shareOfDistance({ kind: 'floor', threshold: 100 }, 120, 5)).toBeNull();
    expect(shareOfDistance({ kind: 'ceiling', threshold: 50 }, 50, -5)).toBeNull();
    expect(shareOfDistance({ kind: 'ceiling', threshold: 50 }, 20, -5)).toBeNull();
  });
});

/**
 * The tiny workspace (one plan 60% funded, +10 people on a floor at 50 of 100 in 2026) with
 * a second cooperative in another district whose plan is fully funded by its own revenue:
 * +400 households (of 200,000) on an energy floor and -2 kt on a climate ceiling.
 */
function twoCooperatives(): WorkspaceJson {
  const json = tinyWorkspaceJson();
  return {
    ...json,
    cooperatives: [
      { ...json.cooperatives![0]!, district: 'Noord' },
      {
        id: 'energy',
        name: 'Energy',
        sector: 'energy',
        legalForm: 'cooperatie-ua',
        stage: 'startup',
        members: 10,
        partnership: 'co-ownership',
      },
    ],
    plans: [
      ...json.plans!,
      {
        id: 'solar',
        cooperativeId: 'energy',
        name: 'Solar',
        startYear: 2026,
        years: 1,
        costs: [{ id: 'panels', category: 'capex', label: 'Panels', amounts: { '2026': 1000 } }],
        revenues: { '2026': 1000 },
        impacts: [
          { indicatorId: 'poverty', start: 2026, duration: 1, output: 400, evidence: 'weak', basis: 'test' },
          { indicatorId: 'co2', start: 2026, duration: 1, output: -2, evidence: 'weak', basis: 'test' },
        ],
      },
    ],
    indicators: [
      ...json.indicators!,
      {
        id: 'poverty',
        label: 'Not in energy poverty',
        dimension: 'energy',
        kind: 'floor',
        unit: 'share of households',
        denominator: { value: 200_000, unit: 'households', year: 2026 },
        baseline: { year: 2026, value: 0.9 },
        threshold: 0.95,
      },
      {
        id: 'co2',
        label: 'CO2',
        dimension: 'climate-change',
        kind: 'ceiling',
        unit: 'kt CO2',
        baseline: { year: 2026, value: 120 },
        threshold: 100,
        lens: 'local-ecological',
      },
      {
        id: 'water',
        label: 'Water already fine',
        dimension: 'water',
        kind: 'floor',
        unit: 'share',
        baseline: { year: 2026, value: 1 },
        threshold: 0.99,
      },
    ],
    scenarios: [{ id: 'all', name: 'All', plans: ['care', 'solar'], monteCarlo: { draws: 200, seed: 5 } }],
  };
}

function indicator(group: GroupContribution, id: string) {
  const found = group.dimensions.flatMap((d) => d.indicators).find((i) => i.indicatorId === id);
  if (found === undefined) throw new Error(`no ${id} in ${group.key}`);
  return found;
}

describe('a scenario contribution', () => {
  it('gives each group its effect, absolute figure and share of the distance, per indicator and year', async () => {
    const run = await runScenario(parsed(twoCooperatives()), 'all', { workers: 0 });
    const { portfolio, byCooperative } = run.contribution;
    expect(byCooperative.map((g) => g.key)).toEqual(['coop', 'energy']);

    // 10 people at a 60% funded share; no denominator: absolute in the indicator's unit.
    const cared = indicator(byCooperative[0]!, 'cared');
    expect(cared.years[0]!.effect).toBeCloseTo(6, 12);
    expect(cared.years[0]!.absolute).toBeCloseTo(6, 12);
    expect(cared.absoluteUnit).toBe('people');
    expect(cared.years[0]!.shareOfDistance).toBeCloseTo(6 / 50, 12);

    // 400 of 200,000 households: 0.002 of the indicator, 400 households absolute; 0.05 to close.
    const poverty = indicator(byCooperative[1]!, 'poverty');
    expect(poverty.years[0]!.effect).toBeCloseTo(0.002, 15);
    expect(poverty.years[0]!.absolute).toBeCloseTo(400, 9);
    expect(poverty.absoluteUnit).toBe('households');
    expect(poverty.divisor).toBe(200_000);
    expect(poverty.years[0]!.shareOfDistance).toBeCloseTo(0.002 / 0.05, 12);
    // Fully funded by its own revenue and without uncertainty: every draw is the effect.
    expect([poverty.years[0]!.p10, poverty.years[0]!.p50, poverty.years[0]!.p90]).toEqual([
      poverty.years[0]!.effect,
      poverty.years[0]!.effect,
      poverty.years[0]!.effect,
    ]);

    // A ceiling 20 kt over: -2 kt reduces the overshoot by a tenth; its lens is kept.
    const co2 = indicator(portfolio, 'co2');
    expect(co2.years[0]!.shareOfDistance).toBeCloseTo(0.1, 12);
    expect(co2.lens).toBe('local-ecological');
    expect(indicator(portfolio, 'cared').lens).toBeNull();
  });

  it('lists all 21 dimensions and marks those no line of the group is on as untouched, without figures', async () => {
    const run = await runScenario(parsed(twoCooperatives()), 'all', { workers: 0 });
    const { portfolio, byCooperative, byDistrict, bySector, byPartnership } = run.contribution;
    for (const group of [portfolio, ...byCooperative, ...byDistrict, ...bySector, ...byPartnership]) {
      expect(group.dimensions.map((d) => d.dimension)).toEqual([...DIMENSIONS]);
      for (const d of group.dimensions) expect(d.touched).toBe(d.indicators.length > 0);
    }
    const touched = (g: GroupContribution) => g.dimensions.filter((d) => d.touched).map((d) => d.dimension);
    expect(touched(portfolio)).toEqual(['health', 'energy', 'climate-change']);
    expect(touched(byCooperative[0]!)).toEqual(['health']);
    expect(touched(byCooperative[1]!)).toEqual(['energy', 'climate-change']);
    // The water indicator is in the workspace, but no line is on it: untouched, never zero.
    expect(portfolio.dimensions.find((d) => d.dimension === 'water')).toEqual({
      dimension: 'water',
      touched: false,
      indicators: [],
    });
    // Districts alphabetically with "none" last; sectors and partnership forms in the model's order.
    expect(byDistrict.map((g) => [g.key, g.planIds])).toEqual([
      ['Noord', ['care']],
      ['', ['solar']],
    ]);
    expect(bySector.map((g) => g.key)).toEqual(['energy', 'care']);
    expect(byPartnership.map((g) => g.key)).toEqual(['none', 'co-ownership']);
  });

  it('gives a wedge the mean share of the distance over its touched indicators with a distance', async () => {
    const run = await runScenario(parsed(twoCooperatives()), 'all', { workers: 0 });
    const wedges = wedgeShares(run.contribution.portfolio, run.years);
    expect(wedges).toHaveLength(21);
    expect(wedges.find((w) => w.dimension === 'climate-change')!.years[0]!.share).toBeCloseTo(0.1, 12);
    expect(wedges.find((w) => w.dimension === 'water')).toEqual({
      dimension: 'water',
      touched: false,
      years: [{ year: 2026, share: null }],
    });
  });
});

describe('the contribution Monte Carlo in batches', () => {
  it('gives the same bands, bit for bit, however many series run at once', async () => {
    const workspace = parsed(twoCooperatives());
    const overlay = scenarioOverlay(workspace, 'all');
    const run = await runScenario(workspace, 'all', { workers: 0 });
    const input = buildMonteCarloInput(overlay.workspace, overlay, run.blend, run.monteCarlo.seed);
    // Portfolio, then one group per plan: three series (cared; poverty and co2 of the solar plan).
    const groupOfPlan = [new Int32Array([0, 0]), new Int32Array([0, 1])];
    const series = groupSeriesOf(input, groupOfPlan);
    expect(series.mapping.series).toBe(3);
    const whole = await runGroupMonteCarlo(input, series, { draws: 200 });
    // One series (one year x 200 draws) per batch.
    const batched = await runGroupMonteCarlo(input, series, { draws: 200, maxCells: 200 });
    for (const key of ['mean', 'p10', 'p50', 'p90'] as const) expect(batched[key]).toEqual(whole[key]);
    // The portfolio's care series is the care plan's own: shared, not computed twice.
    expect(series.index.get(groupSeriesId(0, 0, 'cared'))).toBe(
      series.index.get(groupSeriesId(1, 0, 'cared')),
    );
  });
});
