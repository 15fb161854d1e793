/**
 * Issue 15, points 2 and 3: the lens grouping and the wedge values both Doughnuts (app
 * and report) draw, and the contribution tables' group sums.
 */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { contributionRows, distancesOf, groupSumTable } from '../../src/impact/doughnut-contribution-table';
import {
  contributionLength,
  contributionRadii,
  contributionWedges,
  dimensionStatuses,
  indicatorsOfLens,
  lensCounts,
  lensOfIndicator,
} from '../../src/impact/doughnut-wedges';
import { lensQuestion } from '../../src/impact/framework';
import { DIMENSIONS, LENSES, type Dimension, type IndicatorKind, type Lens } from '../../src/model/doughnut';

function indicator(id: string, dimension: Dimension, kind: IndicatorKind, lens: Lens | null, status: number) {
  return { indicatorId: id, dimension, kind, lens, years: [{ year: 2030, status }] };
}

describe('the four lenses', () => {
  it('put an indicator without a lens under the local lens of its kind', () => {
    expect(lensOfIndicator({ kind: 'floor', lens: null })).toBe('local-social');
    expect(lensOfIndicator({ kind: 'ceiling' })).toBe('local-ecological');
    expect(lensOfIndicator({ kind: 'floor', lens: 'global-social' })).toBe('global-social');
    expect(lensOfIndicator({ kind: 'ceiling', lens: 'global-ecological' })).toBe('global-ecological');
  });

  it('keep each indicator in exactly one lens', () => {
    const all = [
      indicator('a', 'housing', 'floor', null, 0.2),
      indicator('b', 'housing', 'floor', 'global-social', 0.6),
      indicator('c', 'climate-change', 'ceiling', null, 2),
      indicator('d', 'climate-change', 'ceiling', 'global-ecological', 4),
      indicator('e', 'energy', 'floor', 'local-social', 0.1),
    ];
    const counts = lensCounts(all);
    expect(counts).toEqual({
      'local-social': 2,
      'local-ecological': 1,
      'global-social': 1,
      'global-ecological': 1,
    });
    const split = LENSES.flatMap((lens) => indicatorsOfLens(all, lens).map((i) => i.indicatorId)).sort();
    expect(split).toEqual(['a', 'b', 'c', 'd', 'e']);
    expect(indicatorsOfLens(all, 'all')).toHaveLength(5);
  });

  it('average a dimension only over the chosen lens, and mark it without data where the lens has none', () => {
    const all = [
      indicator('a', 'housing', 'floor', null, 0.2),
      indicator('b', 'housing', 'floor', 'global-social', 0.6),
      indicator('c', 'climate-change', 'ceiling', null, 2),
      indicator('d', 'climate-change', 'ceiling', 'global-ecological', 4),
    ];
    const status = (lens: Parameters<typeof dimensionStatuses>[2], dimension: Dimension) =>
      dimensionStatuses(all, 2030, lens).find((s) => s.dimension === dimension)!;
    expect(status('all', 'housing').status).toBeCloseTo(0.4);
    expect(status('local-social', 'housing').status).toBeCloseTo(0.2);
    expect(status('local-social', 'housing').indicatorIds).toEqual(['a']);
    expect(status('global-social', 'housing').status).toBeCloseTo(0.6);
    expect(status('global-social', 'housing').worst).toEqual({ indicatorId: 'b', status: 0.6 });
    expect(status('local-ecological', 'climate-change').status).toBe(2);
    expect(status('global-ecological', 'climate-change').status).toBe(4);
    expect(status('local-ecological', 'housing').status).toBeNull();
    expect(dimensionStatuses(all, 2030, 'global-social').map((s) => s.dimension)).toEqual([...DIMENSIONS]);
  });

  it("ask each lens's question as the framework words it, in the app in both languages", () => {
    for (const lang of ['nl', 'en'] as const) {
      const json = JSON.parse(readFileSync(`src/i18n/locales/${lang}/ui.json`, 'utf8')) as {
        doughnutLens: { question: Record<Lens, string> };
      };
      for (const lens of LENSES) {
        expect(json.doughnutLens.question[lens].replaceAll('{{city}}', 'Utrecht')).toBe(
          lensQuestion(lens, lang, 'Utrecht'),
        );
      }
    }
  });
});

function year(effect: number, shareOfDistance: number | null, divisor = 1) {
  return {
    year: 2030,
    effect,
    mean: effect,
    p10: effect * 0.5,
    p50: effect,
    p90: effect * 1.5,
    absolute: effect * divisor,
    shareOfDistance,
  };
}

function contributionIndicator(
  id: string,
  kind: IndicatorKind,
  lens: Lens | null,
  effect: number,
  share: number | null,
  divisor = 1,
) {
  return {
    indicatorId: id,
    kind,
    lens,
    unit: 'share',
    absoluteUnit: divisor === 1 ? 'share' : 'households',
    divisor,
    years: [year(effect, share, divisor)],
  };
}

function group(key: string, touched: Partial<Record<Dimension, ReturnType<typeof contributionIndicator>[]>>) {
  return {
    key,
    planIds: [key],
    dimensions: DIMENSIONS.map((dimension) => ({
      dimension,
      touched: touched[dimension] !== undefined,
      indicators: touched[dimension] ?? [],
    })),
  };
}

describe('the contribution wedges', () => {
  const portfolio = group('portfolio', {
    housing: [
      contributionIndicator('h1', 'floor', null, 0.001, 0.02, 480_000),
      contributionIndicator('h2', 'floor', 'global-social', 0.002, 0.06, 480_000),
    ],
    energy: [contributionIndicator('e1', 'floor', null, 0, null)],
    'climate-change': [contributionIndicator('c1', 'ceiling', null, -3, -0.01)],
  });

  it('show the mean share of the distance closed, untouched dimensions as untouched, not zero', () => {
    const wedges = contributionWedges(portfolio.dimensions, 2030);
    const wedge = (d: Dimension) => wedges.find((w) => w.dimension === d)!;
    expect(wedges.map((w) => w.dimension)).toEqual([...DIMENSIONS]);
    expect(wedge('housing')).toMatchObject({ state: 'share', kind: 'floor', indicatorIds: ['h1', 'h2'] });
    expect(wedge('housing').share).toBeCloseTo(0.04);
    expect(wedge('food')).toMatchObject({ state: 'untouched', share: null });
    expect(wedge('energy')).toMatchObject({ state: 'no-distance', share: null });
    expect(wedge('climate-change').share).toBeCloseTo(-0.01);
  });

  it('keep to the chosen lens', () => {
    const local = contributionWedges(portfolio.dimensions, 2030, 'local-social');
    expect(local.find((w) => w.dimension === 'housing')!.share).toBeCloseTo(0.02);
    const global = contributionWedges(portfolio.dimensions, 2030, 'global-social');
    expect(global.find((w) => w.dimension === 'housing')!.share).toBeCloseTo(0.06);
    expect(global.find((w) => w.dimension === 'climate-change')!.state).toBe('no-indicator');
    expect(global.find((w) => w.dimension === 'food')!.state).toBe('untouched');
  });

  it('scale logarithmically: 0.1% is visible, 100% fills the room, the sign only picks the colour', () => {
    expect(contributionLength(0)).toBe(0);
    expect(contributionLength(1)).toBe(1);
    expect(contributionLength(5)).toBe(1);
    expect(contributionLength(0.001)).toBeCloseTo(Math.log(2) / Math.log(1001));
    expect(contributionLength(0.01)).toBeGreaterThan(0.3);
    expect(contributionLength(0.1)).toBeGreaterThan(0.6);
    expect(contributionLength(-0.1)).toBe(contributionLength(0.1));
    const layout = { hole: 20, foundation: 100, ceiling: 150, outer: 200 };
    expect(contributionRadii('floor', 1, layout)).toEqual({ inner: 20, outer: 100 });
    expect(contributionRadii('ceiling', 1, layout)).toEqual({ inner: 150, outer: 200 });
    expect(contributionRadii('floor', 0, layout)).toEqual({ inner: 100, outer: 100 });
  });
});

describe('the contribution tables', () => {
  it('give each indicator its change in its unit and absolute, with P10 and P90 scaled alike', () => {
    const portfolio = group('portfolio', {
      housing: [contributionIndicator('h1', 'floor', null, 0.0004, 0.02, 480_000)],
    });
    const [row] = contributionRows(portfolio, 2030);
    expect(row).toMatchObject({
      indicatorId: 'h1',
      dimension: 'housing',
      lens: 'local-social',
      absoluteUnit: 'households',
    });
    expect(row!.absolute).toBeCloseTo(192);
    expect(row!.absoluteP10).toBeCloseTo(96);
    expect(row!.absoluteP90).toBeCloseTo(288);
    expect(contributionRows(portfolio, 2031)).toEqual([]);
    expect(row!.shareP10).toBeNull();
  });

  it('give the share of the distance at P10 and P90 from the path without the portfolio', () => {
    const distance = distancesOf([
      { indicatorId: 'h1', kind: 'floor', threshold: 1, years: [{ year: 2030, noAction: 0.98 }] },
      { indicatorId: 'c1', kind: 'ceiling', threshold: 10, years: [{ year: 2030, noAction: 30 }] },
      { indicatorId: 'ok', kind: 'ceiling', threshold: 10, years: [{ year: 2030, noAction: 5 }] },
    ]);
    expect(distance('h1', 2030)).toBeCloseTo(0.02);
    expect(distance('c1', 2030)).toBe(-20);
    expect(distance('ok', 2030)).toBeNull();
    expect(distance('h1', 2031)).toBeNull();
    const portfolio = group('portfolio', {
      housing: [contributionIndicator('h1', 'floor', null, 0.0004, 0.02, 480_000)],
      'climate-change': [contributionIndicator('c1', 'ceiling', null, -2, 0.1)],
    });
    const [housing, climate] = contributionRows(portfolio, 2030, 'all', distance);
    expect(housing!.shareP10).toBeCloseTo(0.01);
    expect(housing!.shareP90).toBeCloseTo(0.03);
    expect(climate!.shareP10).toBeCloseTo(0.05);
    expect(climate!.shareP90).toBeCloseTo(0.15);
  });

  it('sum the groups to the portfolio total, a group that does not touch an indicator as not touched', () => {
    const west = group('West', {
      housing: [contributionIndicator('h1', 'floor', null, 0.0001, 0.005, 480_000)],
    });
    const oost = group('Oost', {
      housing: [contributionIndicator('h1', 'floor', null, 0.0003, 0.015, 480_000)],
      'climate-change': [contributionIndicator('c1', 'ceiling', null, -2, 0.01)],
    });
    const portfolio = group('portfolio', {
      housing: [contributionIndicator('h1', 'floor', null, 0.0004, 0.02, 480_000)],
      'climate-change': [contributionIndicator('c1', 'ceiling', null, -2, 0.01)],
    });
    const table = groupSumTable(portfolio, [west, oost], 2030);
    expect(table.groups.map((g) => g.key)).toEqual(['West', 'Oost']);
    const housing = table.rows.find((r) => r.indicatorId === 'h1')!;
    expect(housing.byGroup[0]).toBeCloseTo(48);
    expect(housing.byGroup[1]).toBeCloseTo(144);
    expect(housing.sum).toBeCloseTo(housing.portfolio);
    const climate = table.rows.find((r) => r.indicatorId === 'c1')!;
    expect(climate.byGroup).toEqual([null, -2]);
    expect(climate.sum).toBe(-2);
    expect(
      groupSumTable(portfolio, [west, oost], 2030, 'local-social').rows.map((r) => r.indicatorId),
    ).toEqual(['h1']);
  });
});
