/**
 * A scenario's contribution (issue 15): what its portfolio, each cooperative, district
 * (stadsdeel), sector and partnership form changes per Doughnut indicator and year against
 * the path without the portfolio, deterministic and with Monte Carlo bands from the run's
 * own draws. The shape is documented in contribution-types.ts:
 *
 *   ScenarioContribution { portfolio, byCooperative, byDistrict, bySector, byPartnership }
 *   GroupContribution { kind, key, planIds, dimensions }        (21 dimensions each)
 *   DimensionContribution { dimension, touched, indicators }
 *   IndicatorContribution { indicatorId, dimension, kind, lens, unit, absoluteUnit, divisor, years }
 *   ContributionYear { year, effect, mean, p10, p50, p90, absolute, shareOfDistance }
 *
 * plus wedgeShares: one number per dimension and year for a Doughnut wedge.
 */
import type { Cooperative } from '../model/cooperative';
import { DIMENSIONS } from '../model/doughnut';
import type { Indicator } from '../model/indicator';
import { contributionGroups, PARTITION_KINDS, type ContributionGroup } from './contribution-groups';
import type {
  ContributionYear,
  DimensionWedge,
  GroupContribution,
  IndicatorContribution,
  ScenarioContribution,
} from './contribution-types';
import { divisorOf } from './denominator';
import { noActionValue } from './indicators';
import { groupSeriesId, groupSeriesOf, runGroupMonteCarlo, type GroupBands } from './montecarlo/group-run';
import type { MonteCarloInput } from './montecarlo/model';
import { netEffect, type FundedShares } from './projection';
import type { ScenarioOverlay } from './scenario';

export type * from './contribution-types';
export { CONTRIBUTION_GROUP_KINDS, PORTFOLIO_KEY } from './contribution-types';

/**
 * The share of the city's distance to the boundary on the no-portfolio path that `effect`
 * closes: floor `effect / (threshold - noAction)` (shortfall closed), ceiling
 * `-effect / (noAction - threshold)` (overshoot reduced); null when the path without the
 * portfolio is already inside the boundary (no distance to close).
 */
export function shareOfDistance(
  indicator: Pick<Indicator, 'kind' | 'threshold'>,
  noAction: number,
  effect: number,
): number | null {
  switch (indicator.kind) {
    case 'floor':
      return noAction < indicator.threshold ? effect / (indicator.threshold - noAction) : null;
    case 'ceiling':
      // 0 - effect rather than -effect: no effect is 0, never -0 (a spreadsheet writes no -0).
      return noAction > indicator.threshold ? (0 - effect) / (noAction - indicator.threshold) : null;
    default: {
      const never: never = indicator.kind;
      throw new Error(`unknown indicator kind ${String(never)}`);
    }
  }
}

/** What the contribution needs from a scenario run. */
export interface ContributionInput {
  overlay: ScenarioOverlay;
  cooperatives: readonly Cooperative[];
  /** The blended funded share per plan. */
  shares: FundedShares;
  /** The run's Monte Carlo input: the bands come from its seed and draws. */
  monteCarlo: MonteCarloInput;
  draws: number;
  signal?: AbortSignal;
}

/**
 * Deterministic effect per indicator the group's lines are on: the sum, in plan priority
 * then line order (as project() sums), of each line's net effect at its plan's funded share.
 */
function deterministicEffects(
  overlay: ScenarioOverlay,
  shares: FundedShares,
  divisors: ReadonlyMap<string, number>,
  group: ContributionGroup,
): Map<string, number[]> {
  const effects = new Map<string, number[]>();
  for (const p of group.plans) {
    const plan = overlay.plans[p]!;
    const share = shares.get(plan.id) ?? 0;
    for (const line of plan.impacts) {
      const divisor = divisors.get(line.indicatorId);
      if (divisor === undefined) continue;
      let sums = effects.get(line.indicatorId);
      if (sums === undefined) effects.set(line.indicatorId, (sums = overlay.years.map(() => 0)));
      overlay.years.forEach((year, k) => (sums[k] = sums[k]! + netEffect(line, divisor, share, year)));
    }
  }
  return effects;
}

/** Where a group's bands are: its kind column and index, to find its series. */
type SeriesLookup = (kind: number, group: number, indicatorId: string) => number | undefined;

function groupContribution(
  input: ContributionInput,
  group: ContributionGroup,
  column: number,
  index: number,
  bands: GroupBands,
  seriesOf: SeriesLookup,
): GroupContribution {
  const { overlay } = input;
  const divisors = new Map(overlay.indicators.map((i) => [i.id, divisorOf(i)]));
  const effects = deterministicEffects(overlay, input.shares, divisors, group);
  const yearCount = overlay.years.length;
  const indicatorOf = (indicator: Indicator): IndicatorContribution => {
    const effect = effects.get(indicator.id)!;
    const divisor = divisors.get(indicator.id)!;
    const series = seriesOf(column, index, indicator.id);
    // Lines with no year inside the projection are not drawn: their effect is 0 in every draw.
    const band = (values: Float64Array, k: number) =>
      series === undefined ? 0 : values[series * yearCount + k]!;
    return {
      indicatorId: indicator.id,
      dimension: indicator.dimension,
      kind: indicator.kind,
      lens: indicator.lens ?? null,
      unit: indicator.unit,
      absoluteUnit: indicator.denominator?.unit ?? indicator.unit,
      divisor,
      years: overlay.years.map((year, k): ContributionYear => ({
        year,
        effect: effect[k]!,
        mean: band(bands.mean, k),
        p10: band(bands.p10, k),
        p50: band(bands.p50, k),
        p90: band(bands.p90, k),
        absolute: effect[k]! * divisor,
        shareOfDistance: shareOfDistance(indicator, noActionValue(indicator, year), effect[k]!),
      })),
    };
  };
  const touched = overlay.indicators.filter((i) => effects.has(i.id));
  return {
    kind: group.kind,
    key: group.key,
    planIds: group.plans.map((p) => overlay.plans[p]!.id),
    dimensions: DIMENSIONS.map((dimension) => {
      const indicators = touched.filter((i) => i.dimension === dimension).map(indicatorOf);
      return { dimension, touched: indicators.length > 0, indicators };
    }),
  };
}

/**
 * The scenario's contribution: deterministic effects at the blended funded shares and
 * Monte Carlo bands from the run's own draws (runGroupDraws), with every kernel line mapped
 * to its group's series (base 0) once per kind, so that in every draw the parts of a kind
 * add up to the portfolio.
 */
export async function scenarioContribution(input: ContributionInput): Promise<ScenarioContribution> {
  const { overlay, monteCarlo } = input;
  const { portfolio, partitions } = contributionGroups(overlay.plans, input.cooperatives);
  const columns: ContributionGroup[][] = [[portfolio], ...PARTITION_KINDS.map((kind) => partitions[kind])];
  // Kernel plan indices are the overlay's plan indices (buildMonteCarloInput keeps its order).
  const planIndex = new Map(monteCarlo.planIds.map((id, p) => [id, p]));
  const groupOfPlan = columns.map((groups) => {
    const of = new Int32Array(monteCarlo.planIds.length).fill(-1);
    groups.forEach((group, g) =>
      group.plans.forEach((p) => {
        const at = planIndex.get(overlay.plans[p]!.id);
        if (at !== undefined) of[at] = g;
      }),
    );
    return of;
  });
  const series = groupSeriesOf(monteCarlo, groupOfPlan);
  const bands = await runGroupMonteCarlo(monteCarlo, series, {
    draws: input.draws,
    ...(input.signal === undefined ? {} : { signal: input.signal }),
  });
  const seriesOf: SeriesLookup = (kind, group, indicatorId) =>
    series.index.get(groupSeriesId(kind, group, indicatorId));
  const [portfolioResult, ...parts] = columns.map((groups, column) =>
    groups.map((group, g) => groupContribution(input, group, column, g, bands, seriesOf)),
  );
  return {
    portfolio: portfolioResult![0]!,
    byCooperative: parts[0]!,
    byDistrict: parts[1]!,
    bySector: parts[2]!,
    byPartnership: parts[3]!,
  };
}

/**
 * One number per dimension and year for a Doughnut wedge of a group: the mean
 * shareOfDistance over the dimension's touched indicators that have a distance that year
 * (null when none has: untouched, or already inside the boundary). Unweighted, as the
 * Doughnut's distance averages a dimension's indicators (distance.ts).
 */
export function wedgeShares(
  group: Pick<GroupContribution, 'dimensions'>,
  years: readonly number[],
): DimensionWedge[] {
  return group.dimensions.map(({ dimension, touched, indicators }) => ({
    dimension,
    touched,
    years: years.map((year) => {
      const shares = indicators
        .map((i) => i.years.find((y) => y.year === year)?.shareOfDistance ?? null)
        .filter((s): s is number => s !== null);
      return { year, share: shares.length === 0 ? null : shares.reduce((a, b) => a + b, 0) / shares.length };
    }),
  }));
}
