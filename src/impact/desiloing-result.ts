import { blend, type BlendOptions } from '../finance/blend';
import type { BlendResult } from '../finance/blend/types';
import type { Dimension, IndicatorKind } from '../model/doughnut';
import type { Cents } from '../model/money';
import type { Workspace } from '../model/workspace';
import type { KeptReason, StreamPool } from './desiloing';
import { dimensionDistances, weightedDistance, type DimensionWeights } from './distance';
import { fundedSharesOf, project, type IndicatorProjection } from './projection';
import { scenarioOverlay, type ScenarioOverlay } from './scenario';

/**
 * A de-siloing scenario against its siloed baseline: the same scenario (plans, factors,
 * overrides, levers) with every stream in its own silo. Deterministic: both sides are the
 * blend and the projection at full award probability, as the scenario's own gap and
 * Doughnut are (docs/methodology.md "Ontschotting").
 */
export interface DesiloingPlan {
  planId: string;
  gapSiloed: Cents;
  gapPooled: Cents;
  /** gapSiloed - gapPooled. */
  gapClosed: Cents;
}

export interface DesiloingDimension {
  dimension: Dimension;
  kind: IndicatorKind;
  /** Mean status over the projection years (distance.ts): shortfall or overshoot share. */
  distanceSiloed: number;
  distancePooled: number;
  /** distanceSiloed - distancePooled: positive where pooling brings the city closer to the Doughnut. */
  gained: number;
}

export interface DesiloingResult {
  silos: string[];
  pools: StreamPool[];
  kept: { id: string; name: string; silo: string; reason: KeptReason }[];
  gapSiloed: Cents;
  gapPooled: Cents;
  /** gapSiloed - gapPooled (can be negative only if a pool's terms are stricter than a member's). */
  gapClosed: Cents;
  fundedSiloed: Cents;
  fundedPooled: Cents;
  plans: DesiloingPlan[];
  dimensions: DesiloingDimension[];
  weightedDistanceSiloed: number;
  weightedDistancePooled: number;
  /** weightedDistanceSiloed - weightedDistancePooled. */
  weightedDistanceGained: number;
}

/** The scenario's overlay without pooling: its siloed baseline. */
export function siloedOverlay(workspace: Workspace, overlay: ScenarioOverlay): ScenarioOverlay {
  const { desiloing: _pooled, ...siloed } = overlay.scenario;
  return scenarioOverlay(workspace, siloed);
}

/** Null for a scenario without de-siloing. */
export async function desiloingResult(
  workspace: Workspace,
  overlay: ScenarioOverlay,
  pooled: { blend: BlendResult; projection: readonly IndicatorProjection[] },
  options: { blend?: BlendOptions; weights?: DimensionWeights } = {},
): Promise<DesiloingResult | null> {
  const silos = overlay.scenario.desiloing?.silos;
  if (silos === undefined) return null;
  const baseline = siloedOverlay(workspace, overlay);
  const siloedBlend = await blend(baseline.workspace, baseline.blendRequest, options.blend ?? {});
  const siloedProjection = project(baseline, fundedSharesOf(siloedBlend));
  return compareToSiloed(
    { silos, pools: overlay.pooling.pools, kept: overlay.pooling.kept },
    { blend: siloedBlend, projection: siloedProjection },
    pooled,
    options.weights,
  );
}

/** The comparison itself, apart from the blends, so it is tested on its own. */
export function compareToSiloed(
  pooling: Pick<DesiloingResult, 'silos' | 'pools' | 'kept'>,
  siloed: { blend: BlendResult; projection: readonly IndicatorProjection[] },
  pooled: { blend: BlendResult; projection: readonly IndicatorProjection[] },
  weights?: DimensionWeights,
): DesiloingResult {
  const pooledGap = new Map(pooled.blend.plans.map((p) => [p.planId, p.gap]));
  const plans = siloed.blend.plans.map((p) => {
    const gapPooled = pooledGap.get(p.planId) ?? p.gap;
    return { planId: p.planId, gapSiloed: p.gap, gapPooled, gapClosed: (p.gap - gapPooled) as Cents };
  });
  const pooledDistance = new Map(dimensionDistances(pooled.projection).map((d) => [d.dimension, d.distance]));
  const dimensions = dimensionDistances(siloed.projection).map((d) => {
    const distancePooled = pooledDistance.get(d.dimension) ?? d.distance;
    return {
      dimension: d.dimension,
      kind: d.kind,
      distanceSiloed: d.distance,
      distancePooled,
      gained: d.distance - distancePooled,
    };
  });
  const weightedSiloed = weightedDistance(siloed.projection, weights);
  const weightedPooled = weightedDistance(pooled.projection, weights);
  return {
    ...pooling,
    gapSiloed: siloed.blend.gap,
    gapPooled: pooled.blend.gap,
    gapClosed: (siloed.blend.gap - pooled.blend.gap) as Cents,
    fundedSiloed: siloed.blend.funded,
    fundedPooled: pooled.blend.funded,
    plans,
    dimensions,
    weightedDistanceSiloed: weightedSiloed,
    weightedDistancePooled: weightedPooled,
    weightedDistanceGained: weightedSiloed - weightedPooled,
  };
}
