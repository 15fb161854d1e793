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
  /** The same share at the effect's P10 and P90; null when already inside or the distance is not given. */
  shareP10: number | null;
  shareP90: number | null;
}

/** What the tables need of a run's indicator to know its distance to the boundary without the portfolio. */
export interface DistanceIndicator {
  indicatorId: string;
  kind: IndicatorKind;
  /** After the scenario's overrides, as the run has it. */
  threshold: number;
  years: readonly { year: number; noAction: number }[];
}

/**
 * The divisor that turns an effect into a share of the distance closed, per indicator and
 * year: floor `threshold - noAction`, ceiling `-(noAction - threshold)` (a lower value
 * reduces an overshoot), as the contribution engine's shareOfDistance divides; null when
 * the path without the portfolio is already inside the boundary.
 */
export function distancesOf(
  indicators: readonly DistanceIndicator[],
): (indicatorId: string, year: number) => number | null {
  const byId = new Map(indicators.map((i) => [i.indicatorId, i]));
  return (indicatorId, year) => {
    const indicator = byId.get(indicatorId);
    const noAction = indicator?.years.find((y) => y.year === year)?.noAction;
    if (indicator === undefined || noAction === undefined) return null;
    if (indicator.kind === 'floor')
      return noAction < indicator.threshold ? indicator.threshold - noAction : null;
    return noAction > indicator.threshold ? -(noAction - indicator.threshold) : null;
  };
}

/**
 * The group's indicators (in the lens) with their change in the year, in the Doughnut's
 * order. With `distance` (distancesOf the run's indicators) the share of the distance
 * closed is given at P10 and P90 too: the share is linear in the effect.
 */
export function contributionRows(
  group: ContributionRowGroup,
  year: number,
  lens: LensChoice = 'all',
  distance?: (indicatorId: string, year: number) => number | null,
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
        ...shareBand(point, distance?.(indicator.indicatorId, year) ?? null),
      });
    }
  }
  return rows;
}

function shareBand(
  point: ContributionRowYear,
  distance: number | null,
): { shareP10: number | null; shareP90: number | null } {
  if (point.shareOfDistance === null || distance === null || distance === 0)
    return { shareP10: null, shareP90: null };
  return { shareP10: point.p10 / distance, shareP90: point.p90 / distance };
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
