import type { DesiloingResult } from './desiloing-result';

const euros = (cents: number) => cents / 100;

/**
 * A de-siloing result in its JSON form (CLI `--json`, the API's scenario run): money in
 * euros like the blend's JSON, distances as shares of the threshold (docs/methodology.md
 * "Ontschotting"). Null for a scenario that does not pool.
 */
export function desiloingToJson(result: DesiloingResult | null) {
  if (result === null) return null;
  return {
    silos: [...result.silos],
    pools: result.pools.map((pool) => ({
      id: pool.id,
      name: pool.name,
      kind: pool.kind,
      members: pool.members.map((m) => ({ ...m })),
      budgetPerYear: Object.fromEntries(
        Object.entries(pool.budgetPerYear).map(([year, cents]) => [year, euros(cents)]),
      ),
    })),
    kept: result.kept.map((k) => ({ ...k })),
    gapSiloed: euros(result.gapSiloed),
    gapPooled: euros(result.gapPooled),
    gapClosed: euros(result.gapClosed),
    fundedSiloed: euros(result.fundedSiloed),
    fundedPooled: euros(result.fundedPooled),
    plans: result.plans.map((p) => ({
      planId: p.planId,
      gapSiloed: euros(p.gapSiloed),
      gapPooled: euros(p.gapPooled),
      gapClosed: euros(p.gapClosed),
    })),
    dimensions: result.dimensions.map((d) => ({ ...d })),
    weightedDistanceSiloed: result.weightedDistanceSiloed,
    weightedDistancePooled: result.weightedDistancePooled,
    weightedDistanceGained: result.weightedDistanceGained,
  };
}

export type DesiloingJson = NonNullable<ReturnType<typeof desiloingToJson>>;
