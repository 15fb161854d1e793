import { blendToJson } from '../finance/blend/json';
import type { ScenarioRun } from './run-scenario';

/**
 * The command line's `--json` form of a scenario (spec section 9): the blend JSON plus
 * `indicators: [{ indicatorId, years: { "2026": { value, status, p10, p50, p90 } } }]`.
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
  };
}
