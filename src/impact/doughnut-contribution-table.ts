/**
 * The rows of the contribution tables, shared by the app's contribution view and the
 * council report: per indicator what the portfolio changes in a year against the path
 * without it, and the same change summed per district, sector or partnership form.
 * Pure (no React, no Node), like doughnut-wedges.ts.
 */
import {
  DIMENSIONS,
  kindOfDimension,
  type Dimension,
  type IndicatorKind,
  type Lens,
} from '../model/doughnut';
import { indicatorsOfLens, lensOfIndicator, type LensChoice } from './doughnut-wedges';

/** What the tables need of one year of an indicator's contribution (the run's has more). */
export interface ContributionRowYear {
  year: number;
  effect: number;
  p10: number;
  p50: number;
  p90: number;
  absolute: number;
  shareOfDistance: number | null;
}

export interface ContributionRowIndicator {
  indicatorId: string;
  kind?: IndicatorKind | undefined;
  lens?: Lens | null | undefined;
  unit: string;
  absoluteUnit: string;
  /** absolute = effect x divisor; 1 when the indicator has no city total. */
  divisor: number;
  years: readonly ContributionRowYear[];
}

export interface ContributionRowGroup {
  key: string;
  planIds: readonly string[];
  dimensions: readonly {
    dimension: Dimension;
    touched: boolean;
    indicators: readonly ContributionRowIndicator[];
  }[];
}

export interface ContributionRow {
  indicatorId: string;
  dimension: Dimension;
  kind: IndicatorKind;
  /** The lens it counts under (its own, or the local lens of its kind). */
  lens: Lens;
  unit: string;
  absoluteUnit: string;
  /** In the indicator's unit: the deterministic change and its Monte Carlo P10, P50, P90. */
  effect: number;
  p10: number;
  p50: number;
  p90: number;
  /** In absoluteUnit: effect, P10 and P90 times the indicator's divisor. */
  absolute: number;
  absoluteP10: number;
  absoluteP90: number;
  /** Share of the distance to the boundary without the portfolio closed; null when already inside. */
  shareOfDistance: number | null;
}

/** The group's indicators (in the lens) with their change in the year, in the Doughnut's order. */
export function contributionRows(
  group: ContributionRowGroup,
  year: number,
  lens: LensChoice = 'all',
): ContributionRow[] {
  const rows: ContributionRow[] = [];
  for (const dimension of DIMENSIONS) {
    const entry = group.dimensions.find((d) => d.dimension === dimension);
    if (entry === undefined || !entry.touched) continue;
    const kind = kindOfDimension(dimension);
    const members = indicatorsOfLens(
      entry.indicators.map((indicator) => ({ ...indicator, kind: indicator.kind ?? kind })),
      lens,
    );
    for (const indicator of members) {
      const point = indicator.years.find((y) => y.year === year);
      if (point === undefined) continue;
      rows.push({
        indicatorId: indicator.indicatorId,
        dimension,
        kind: indicator.kind,
        lens: lensOfIndicator(indicator),
        unit: indicator.unit,
        absoluteUnit: indicator.absoluteUnit,
        effect: point.effect,
        p10: point.p10,
        p50: point.p50,
        p90: point.p90,
        absolute: point.absolute,
        absoluteP10: point.p10 * indicator.divisor,
        absoluteP90: point.p90 * indicator.divisor,
        shareOfDistance: point.shareOfDistance,
      });
    }
  }
  return rows;
}

export interface GroupSumRow {
  indicatorId: string;
  dimension: Dimension;
  absoluteUnit: string;
  /** Per group (in `groups` order) its change in absoluteUnit; null when the group does not touch the indicator. */
  byGroup: (number | null)[];
  /** The sum over the groups. */
  sum: number;
  /** The portfolio's own figure, which the sum must equal (each plan is in exactly one group). */
  portfolio: number;
}

export interface GroupSumTable {
  groups: { key: string; planIds: readonly string[] }[];
  rows: GroupSumRow[];
}

/**
 * The portfolio's change per indicator in the year, split over the groups of one kind
 * (districts, sectors or partnership forms), in absolute units so the parts add up:
 * every plan belongs to exactly one group, so Σ groups = portfolio.
 */
export function groupSumTable(
  portfolio: ContributionRowGroup,
  groups: readonly ContributionRowGroup[],
  year: number,
  lens: LensChoice = 'all',
): GroupSumTable {
  const perGroup = groups.map(
    (group) => new Map(contributionRows(group, year, lens).map((r) => [r.indicatorId, r])),
  );
  const rows = contributionRows(portfolio, year, lens).map((row) => {
    const byGroup = perGroup.map((found) => found.get(row.indicatorId)?.absolute ?? null);
    return {
      indicatorId: row.indicatorId,
      dimension: row.dimension,
      absoluteUnit: row.absoluteUnit,
      byGroup,
      sum: byGroup.reduce<number>((total, value) => total + (value ?? 0), 0),
      portfolio: row.absolute,
    };
  });
  return { groups: groups.map((g) => ({ key: g.key, planIds: g.planIds })), rows };
}
