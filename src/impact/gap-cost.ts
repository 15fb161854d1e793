import type { Dimension, IndicatorKind } from '../model/doughnut';
import { dimensionDistances, weightedDistance, type DimensionWeights } from './distance';
import { fullFunding, project, type FundedShares, type IndicatorProjection } from './projection';
import type { ScenarioOverlay } from './scenario';

export interface GapCostYear {
  year: number;
  actual: number;
  fullyFunded: number;
  /**
   * `fullyFunded - actual` in the indicator's unit: the effect the unfunded shares do not
   * deliver. Its sign follows the impact (negative for a plan that lowers emissions).
   */
  unrealised: number;
}

export interface GapCostIndicator {
  indicatorId: string;
  unit: string;
  years: GapCostYear[];
}

export interface GapCostDimension {
  dimension: Dimension;
  kind: IndicatorKind;
  /** Mean shortfall or overshoot (see dimensionDistances) as blended and when fully funded. */
  distanceActual: number;
  distanceFullyFunded: number;
  /** `distanceActual - distanceFullyFunded`: how much further from the Doughnut the gap leaves the city. */
  cost: number;
  indicators: GapCostIndicator[];
}

export interface GapCost {
  dimensions: GapCostDimension[];
  weightedActual: number;
  weightedFullyFunded: number;
  weightedCost: number;
}

/**
 * "What the gap costs": the projection at a funded share of 1 for every plan of the
 * scenario minus the projection as blended, per indicator and year and per dimension.
 */
export function gapCost(
  overlay: ScenarioOverlay,
  shares: FundedShares,
  weights: DimensionWeights = {},
  actual: readonly IndicatorProjection[] = project(overlay, shares),
): GapCost {
  const full = project(overlay, fullFunding(overlay));
  const fullById = new Map(full.map((p) => [p.indicator.id, p]));
  const distancesFull = new Map(dimensionDistances(full).map((d) => [d.dimension, d.distance]));
  const dimensions = dimensionDistances(actual).map((d): GapCostDimension => {
    const distanceFullyFunded = distancesFull.get(d.dimension) ?? 0;
    return {
      dimension: d.dimension,
      kind: d.kind,
      distanceActual: d.distance,
      distanceFullyFunded,
      cost: d.distance - distanceFullyFunded,
      indicators: actual
        .filter((p) => p.indicator.dimension === d.dimension)
        .map((p) => {
          const other = fullById.get(p.indicator.id)!;
          return {
            indicatorId: p.indicator.id,
            unit: p.indicator.unit,
            years: p.years.map((y, k) => {
              const fullyFunded = other.years[k]!.value;
              return { year: y.year, actual: y.value, fullyFunded, unrealised: fullyFunded - y.value };
            }),
          };
        }),
    };
  });
  const weightedActual = weightedDistance(actual, weights);
  const weightedFullyFunded = weightedDistance(full, weights);
  return {
    dimensions,
    weightedActual,
    weightedFullyFunded,
    weightedCost: weightedActual - weightedFullyFunded,
  };
}
