/**
 * What each wedge of a Doughnut shows, shared by the app's charts and the council
 * report's (one place, so the two never disagree): which indicators a City Portrait lens
 * holds, a dimension's status (the mean of its indicators) and a dimension's
 * contribution wedge (the share of the city's distance to the boundary the portfolio
 * closes). Pure: no React, no Node, safe for the browser bundle.
 */
import {
  DIMENSIONS,
  LENSES,
  kindOfDimension,
  type Dimension,
  type IndicatorKind,
  type Lens,
} from '../model/doughnut';

/** One lens of the City Portrait, or all indicators together (the classic Doughnut). */
export type LensChoice = Lens | 'all';
export const LENS_CHOICES: readonly LensChoice[] = ['all', ...LENSES];

/**
 * The lens an indicator is read through. An indicator without a lens counts under the
 * local lens of its kind: a floor (social foundation) under local social, a ceiling
 * (ecological ceiling) under local ecological. Most city monitors measure the city
 * itself, so the local lens is the honest default; a global indicator says so.
 */
export function lensOfIndicator(indicator: { kind: IndicatorKind; lens?: Lens | null | undefined }): Lens {
  if (indicator.lens !== undefined && indicator.lens !== null) return indicator.lens;
  return indicator.kind === 'floor' ? 'local-social' : 'local-ecological';
}

/** The indicators a lens shows, in their order; 'all' keeps every one. */
export function indicatorsOfLens<T extends { kind: IndicatorKind; lens?: Lens | null | undefined }>(
  indicators: readonly T[],
  lens: LensChoice,
): T[] {
  return lens === 'all' ? [...indicators] : indicators.filter((i) => lensOfIndicator(i) === lens);
}

/** How many indicators each lens holds (an indicator without a lens under its local lens). */
export function lensCounts(
  indicators: readonly { kind: IndicatorKind; lens?: Lens | null | undefined }[],
): Record<Lens, number> {
  const counts = Object.fromEntries(LENSES.map((lens) => [lens, 0])) as Record<Lens, number>;
  for (const indicator of indicators) counts[lensOfIndicator(indicator)] += 1;
  return counts;
}

/** What a status wedge needs of an indicator (the scenario run's indicators have more). */
export interface WedgeIndicator {
  indicatorId: string;
  dimension: Dimension;
  kind: IndicatorKind;
  lens?: Lens | null | undefined;
  years: readonly { year: number; status: number }[];
}

export interface DimensionStatus {
  dimension: Dimension;
  kind: IndicatorKind;
  /** The dimension's indicators (in the chosen lens), in the run's order. */
  indicatorIds: string[];
  /**
   * The mean status of the dimension's indicators in the year, or null when there is no
   * indicator for it (in the lens). The mean, not the worst: it is the measure the
   * host's weighted distance and "what the gap costs" average within a dimension, so the
   * chart and those figures agree. The worst indicator is given beside it.
   */
  status: number | null;
  worst: { indicatorId: string; status: number } | null;
}

/** The status of an indicator in a year, or null when the run does not cover that year. */
export function indicatorStatusIn(indicator: Pick<WedgeIndicator, 'years'>, year: number): number | null {
  return indicator.years.find((y) => y.year === year)?.status ?? null;
}

/** All 21 dimensions in the Doughnut's order (12 social, then 9 ecological), for one year and lens. */
export function dimensionStatuses(
  indicators: readonly WedgeIndicator[],
  year: number,
  lens: LensChoice = 'all',
): DimensionStatus[] {
  const shown = indicatorsOfLens(indicators, lens);
  return DIMENSIONS.map((dimension) => {
    const members = shown.filter((indicator) => indicator.dimension === dimension);
    const statuses = members
      .map((indicator) => ({
        indicatorId: indicator.indicatorId,
        status: indicatorStatusIn(indicator, year),
      }))
      .filter((entry): entry is { indicatorId: string; status: number } => entry.status !== null);
    const worst = statuses.reduce<DimensionStatus['worst']>(
      (best, entry) => (best === null || entry.status > best.status ? entry : best),
      null,
    );
    return {
      dimension,
      kind: kindOfDimension(dimension),
      indicatorIds: members.map((indicator) => indicator.indicatorId),
      status:
        statuses.length === 0
          ? null
          : statuses.reduce((sum, entry) => sum + entry.status, 0) / statuses.length,
      worst,
    };
  });
}

/** What a contribution wedge needs of one indicator's contribution (the run's has more). */
export interface ContributionWedgeIndicator {
  indicatorId: string;
  kind?: IndicatorKind | undefined;
  lens?: Lens | null | undefined;
  years: readonly { year: number; shareOfDistance: number | null }[];
}

export interface ContributionWedgeDimension {
  dimension: Dimension;
  touched: boolean;
  indicators: readonly ContributionWedgeIndicator[];
}

/** Why a contribution wedge has no length, or that it has one. */
export type ContributionState = 'untouched' | 'no-indicator' | 'no-distance' | 'share';

export interface ContributionWedge {
  dimension: Dimension;
  kind: IndicatorKind;
  state: ContributionState;
  /**
   * The share of the dimension's distance to the boundary (without the portfolio) that
   * the portfolio closes in the year: positive closes a shortfall or reduces an
   * overshoot, negative widens it. Null unless `state` is 'share'.
   */
  share: number | null;
  /** The indicators (in the lens) the wedge is made of. */
  indicatorIds: string[];
}

/**
 * The contribution Doughnut's 21 wedges for one year and lens. Per dimension the mean,
 * over its indicators (in the lens) that have a distance to the boundary without the
 * portfolio that year, of the share of that distance the portfolio closes:
 *
 *   share = (1 / n) · Σ_i shareOfDistance_i
 *
 * Each indicator counts equally, as in the status Doughnut, whose wedge is the mean of
 * its indicators' statuses; the contribution engine's wedgeShares (src/impact) and the
 * workbook use the same mean. Indicators already inside the boundary without the
 * portfolio (shareOfDistance null) have no distance to close and are left out.
 *
 * A dimension no impact line touches is 'untouched' (shown as such, not as zero); one
 * whose touched indicators are none in the lens is 'no-indicator'; one whose indicators
 * are all inside the boundary without the portfolio is 'no-distance'.
 */
export function contributionWedges(
  dimensions: readonly ContributionWedgeDimension[],
  year: number,
  lens: LensChoice = 'all',
): ContributionWedge[] {
  return DIMENSIONS.map((dimension) => {
    const kind = kindOfDimension(dimension);
    const entry = dimensions.find((d) => d.dimension === dimension);
    const members =
      entry === undefined
        ? []
        : indicatorsOfLens(
            entry.indicators.map((indicator) => ({ ...indicator, kind: indicator.kind ?? kind })),
            lens,
          );
    const indicatorIds = members.map((indicator) => indicator.indicatorId);
    const empty = (state: ContributionState): ContributionWedge => ({
      dimension,
      kind,
      state,
      share: null,
      indicatorIds,
    });
    if (entry?.touched !== true) return empty('untouched');
    if (members.length === 0) return empty('no-indicator');
    const shares = members
      .map((indicator) => indicator.years.find((y) => y.year === year)?.shareOfDistance ?? null)
      .filter((share): share is number => share !== null && Number.isFinite(share));
    if (shares.length === 0) return empty('no-distance');
    const share = shares.reduce((sum, s) => sum + s, 0) / shares.length;
    return { dimension, kind, state: 'share', share, indicatorIds };
  });
}

/** A contribution of this share (100%) or more fills the wedge's whole room. */
export const CONTRIBUTION_SCALE_MAX = 1;
/** The smallest share the scale resolves: 0.1% of the distance. */
export const CONTRIBUTION_SCALE_MIN = 0.001;

/**
 * How much of its room a contribution wedge takes: logarithmic in the share, so 0.1%
 * and 50% both stay readable, ln(1 + |share| / 0.1%) / ln(1 + 100% / 0.1%), capped at 1.
 * 1% takes about a third, 10% two thirds, 100% all of it.
 */
export function contributionLength(share: number): number {
  const scaled =
    Math.log1p(Math.abs(share) / CONTRIBUTION_SCALE_MIN) /
    Math.log1p(CONTRIBUTION_SCALE_MAX / CONTRIBUTION_SCALE_MIN);
  return Math.min(1, Math.max(0, scaled));
}

/**
 * Inner and outer radius of a contribution wedge: from the foundation inward (where the
 * shortfall is it closes) or from the ceiling outward (where the overshoot is it reduces).
 */
export function contributionRadii(
  kind: IndicatorKind,
  share: number,
  layout: { hole: number; foundation: number; ceiling: number; outer: number },
): { inner: number; outer: number } {
  const length = contributionLength(share);
  if (kind === 'floor') {
    return {
      inner: layout.foundation - length * (layout.foundation - layout.hole),
      outer: layout.foundation,
    };
  }
  return { inner: layout.ceiling, outer: layout.ceiling + length * (layout.outer - layout.ceiling) };
}
