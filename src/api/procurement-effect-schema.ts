import { z } from 'zod';
import { centsToEuros } from '../model/money';
import type { ProcurementEffect } from '../impact/procurement-effect';

/**
 * The procurement lever's effect in a scenario run's wire form (euros): per year the volume,
 * what was awarded (entered or carried), the extra volume asked and the revenue it gives; per
 * plan the extra volume and revenue and its gap and covered share without and with the lever;
 * per Doughnut dimension the distance without and with it. Browser-safe: schemas only.
 */
export const procurementEffectSchema = z.object({
  targetShare: z.number(),
  contributionMargin: z.number(),
  years: z.array(
    z.object({
      year: z.number(),
      volume: z.number(),
      awarded: z.number(),
      carried: z.boolean(),
      currentShare: z.number(),
      extraVolume: z.number(),
      placedVolume: z.number(),
      extraRevenue: z.number(),
    }),
  ),
  plans: z.array(
    z.object({
      planId: z.string(),
      extraVolume: z.number(),
      extraRevenue: z.number(),
      gapWithout: z.number(),
      gapWith: z.number(),
      fundedShareWithout: z.number(),
      fundedShareWith: z.number(),
    }),
  ),
  gapWithout: z.number(),
  gapWith: z.number(),
  dimensions: z.array(
    z.object({ dimension: z.string(), distanceWithout: z.number(), distanceWith: z.number() }),
  ),
  distanceWithout: z.number(),
  distanceWith: z.number(),
});
export type ProcurementEffectJson = z.infer<typeof procurementEffectSchema>;

export function procurementEffectToJson(effect: ProcurementEffect): ProcurementEffectJson {
  const { lever } = effect;
  return {
    targetShare: lever.targetShare,
    contributionMargin: lever.contributionMargin,
    years: lever.years.map((y) => ({
      year: y.year,
      volume: centsToEuros(y.volume),
      awarded: centsToEuros(y.awarded),
      carried: y.carried,
      currentShare: y.currentShare,
      extraVolume: centsToEuros(y.extraVolume),
      placedVolume: centsToEuros(y.placedVolume),
      extraRevenue: centsToEuros(y.extraRevenue),
    })),
    plans: effect.plans.map((p) => ({
      planId: p.planId,
      extraVolume: centsToEuros(p.extraVolume),
      extraRevenue: centsToEuros(p.extraRevenue),
      gapWithout: centsToEuros(p.gapWithout),
      gapWith: centsToEuros(p.gapWith),
      fundedShareWithout: p.fundedShareWithout,
      fundedShareWith: p.fundedShareWith,
    })),
    gapWithout: centsToEuros(effect.gapWithout),
    gapWith: centsToEuros(effect.gapWith),
    dimensions: effect.dimensions.map((d) => ({ ...d })),
    distanceWithout: effect.distanceWithout,
    distanceWith: effect.distanceWith,
  };
}
