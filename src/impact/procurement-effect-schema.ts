import { z } from 'zod';

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
