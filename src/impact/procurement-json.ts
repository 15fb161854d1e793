import { centsToEuros } from '../model/money';
import type { ProcurementEffect } from './procurement-effect';

/**
 * The procurement lever's effect in euros, as the scenario run's wire form
 * (procurement-effect-schema.ts) and the command line's --json carry it.
 */
export function procurementEffectToJson(effect: ProcurementEffect) {
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
