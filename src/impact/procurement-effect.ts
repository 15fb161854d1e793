import { blend } from '../finance/blend';
import type { BlendResult } from '../finance/blend/types';
import type { Dimension } from '../model/doughnut';
import type { Lang } from '../i18n';
import { asCents, type Cents } from '../model/money';
import type { Scenario } from '../model/scenario';
import type { Workspace } from '../model/workspace';
import { dimensionDistances, weightedDistance, type DimensionWeights } from './distance';
import type { ProcurementLever } from './procurement-lever';
import { fundedSharesOf, project, type IndicatorProjection } from './projection';
import { scenarioOverlay, type ScenarioOverlay } from './scenario';

/**
 * What a scenario's procurement lever changes against the same scenario without it: the
 * plans' gaps and covered shares, and the distance to the Doughnut per dimension
 * (deterministic blend and projection on both sides; the Monte Carlo runs with the lever only).
 */
export interface ProcurementEffectPlan {
  planId: string;
  /** Extra contract volume and the revenue (its margin) the lever gives the plan, all years. */
  extraVolume: Cents;
  extraRevenue: Cents;
  gapWithout: Cents;
  gapWith: Cents;
  fundedShareWithout: number;
  fundedShareWith: number;
}

export interface ProcurementEffectDimension {
  dimension: Dimension;
  distanceWithout: number;
  distanceWith: number;
}

export interface ProcurementEffect {
  lever: ProcurementLever;
  plans: ProcurementEffectPlan[];
  gapWithout: Cents;
  gapWith: Cents;
  dimensions: ProcurementEffectDimension[];
  /** Weighted distance to the Doughnut (distance.ts) without and with the lever. */
  distanceWithout: number;
  distanceWith: number;
}

/** The same scenario without its target share. */
export function withoutLever(scenario: Scenario): Scenario {
  const { procurementShare: _dropped, ...rest } = scenario;
  return rest;
}

const total = (values: readonly Cents[]) => asCents(values.reduce((a, b) => a + b, 0));

/** Compares two blends and projections of one scenario: without the lever, with it. */
export function compareLever(
  lever: ProcurementLever,
  without: { blend: BlendResult; projection: readonly IndicatorProjection[] },
  withLever: { blend: BlendResult; projection: readonly IndicatorProjection[] },
  weights: DimensionWeights = {},
): ProcurementEffect {
  const before = new Map(without.blend.plans.map((p) => [p.planId, p]));
  const levered = new Map(lever.plans.map((p) => [p.planId, p]));
  const plans = withLever.blend.plans.map((after): ProcurementEffectPlan => {
    const plan = levered.get(after.planId);
    const base = before.get(after.planId);
    return {
      planId: after.planId,
      extraVolume: total(Object.values(plan?.extraVolume ?? {})),
      extraRevenue: total(Object.values(plan?.extraRevenue ?? {})),
      gapWithout: base?.gap ?? after.gap,
      gapWith: after.gap,
      fundedShareWithout: base?.fundedShare ?? after.fundedShare,
      fundedShareWith: after.fundedShare,
    };
  });
  const baseDistances = new Map(dimensionDistances(without.projection).map((d) => [d.dimension, d.distance]));
  return {
    lever,
    plans,
    gapWithout: total(plans.map((p) => p.gapWithout)),
    gapWith: total(plans.map((p) => p.gapWith)),
    dimensions: dimensionDistances(withLever.projection).map((d) => ({
      dimension: d.dimension,
      distanceWithout: baseDistances.get(d.dimension) ?? d.distance,
      distanceWith: d.distance,
    })),
    distanceWithout: weightedDistance(without.projection, weights),
    distanceWith: weightedDistance(withLever.projection, weights),
  };
}

/**
 * The lever's effect for a scenario run: blends and projects the scenario without its target
 * share and compares with the run's own blend and projection. Null when the scenario has no lever.
 */
export async function procurementEffect(
  workspace: Workspace,
  overlay: ScenarioOverlay,
  withLever: { blend: BlendResult; projection: readonly IndicatorProjection[] },
  options: { lang?: Lang; weights?: DimensionWeights } = {},
): Promise<ProcurementEffect | null> {
  if (overlay.procurementLever === null) return null;
  const base = scenarioOverlay(workspace, withoutLever(overlay.scenario));
  const baseBlend = await blend(
    base.workspace,
    base.blendRequest,
    options.lang === undefined ? {} : { lang: options.lang },
  );
  const without = { blend: baseBlend, projection: project(base, fundedSharesOf(baseBlend)) };
  return compareLever(overlay.procurementLever, without, withLever, options.weights);
}
