import { blendToJson } from '../finance/blend/json';
import { desiloingToJson } from './desiloing-json';
import { procurementEffectToJson } from './procurement-json';
import type { ScenarioRun } from './run-scenario';

/**
 * The command line's `--json` form of a scenario (spec section 9): the blend JSON plus
 * `indicators: [{ indicatorId, years: { "2026": { value, status, p10, p50, p90 } } }]`, then
 * `guaranteeCalls: { expected, p50, p90, maxPossible, byGuarantee: [{ streamId, expected, p90 }] }`
 * in euros (zeros without guarantees), then `contribution` (contribution-types.ts): what the
 * portfolio and each cooperative, district, sector and partnership form changes per indicator and year.
 */
export function scenarioToJson(run: ScenarioRun) {
  return {
    ...blendToJson(run.blend),
    indicators: run.indicators.map((i) => ({
      indicatorId: i.indicator.id,
      years: Object.fromEntries(
        i.years.map((y) => [
          String(y.year),
          { value: y.value, status: y.status, p10: y.p10, p50: y.p50, p90: y.p90 },
        ]),
      ),
    })),
    guaranteeCalls: {
      ...run.guaranteeCalls,
      byGuarantee: run.guaranteeCalls.byGuarantee.map((g) => ({ ...g })),
    },
    // Per portfolio, cooperative, district, sector and partnership form (contribution-types.ts).
    contribution: structuredClone(run.contribution),
    // A de-siloing scenario against its siloed baseline, in euros; null when it pools nothing.
    desiloing: desiloingToJson(run.desiloing),
    // The procurement lever against the same scenario without it, in euros; absent without a lever.
    ...(run.procurement === undefined ? {} : { procurement: procurementEffectToJson(run.procurement) }),
  };
}
