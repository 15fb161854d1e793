import type { BlendResult } from '../finance/blend/types';
import type { Indicator } from '../model/indicator';
import type { ImpactLine } from '../model/plan';
import { divisorOf } from './denominator';
import { indicatorStatus, noActionValue } from './indicators';
import type { ScenarioOverlay } from './scenario';

/**
 * Net effect of one impact line in `year` (spec section 7), in the indicator's unit, 0
 * outside `start <= year < start + duration`:
 * `output / divisor * fundedShare * (1-deadweight) * (1-attribution) * (1-displacement) * (1-dropOff)^(year-start)`,
 * where `divisor` is the indicator's city total (`divisorOf`): the line says what the
 * cooperative delivers (190 households), the indicator what that is a share of.
 */
export function netEffect(line: ImpactLine, divisor: number, fundedShare: number, year: number): number {
  if (year < line.start || year >= line.start + line.duration) return 0;
  return (
    (line.output / divisor) *
    fundedShare *
    (1 - line.deadweight) *
    (1 - line.attribution) *
    (1 - line.displacement) *
    Math.pow(1 - line.dropOff, year - line.start)
  );
}

/** The share of each plan's cost the blend funds (funded / total cost; 1 for a plan without costs). */
export type FundedShares = ReadonlyMap<string, number>;

export function fundedSharesOf(result: Pick<BlendResult, 'plans'>): FundedShares {
  return new Map(result.plans.map((p) => [p.planId, p.fundedShare]));
}

/** Every plan of the overlay fully funded: what the portfolio would do without a gap. */
export function fullFunding(overlay: Pick<ScenarioOverlay, 'plans'>): FundedShares {
  return new Map(overlay.plans.map((p) => [p.id, 1]));
}

export interface IndicatorYear {
  year: number;
  /** `baseline.value * (1 + trend)^(year - baseline.year)`: the path without the portfolio. */
  noAction: number;
  /** noAction plus the net effects of the scenario's plans. */
  value: number;
  /** Floor shortfall or ceiling overshoot as a share of the threshold; 0 inside the Doughnut. */
  status: number;
}

export interface IndicatorProjection {
  /** The indicator as projected: the scenario's overrides applied. */
  indicator: Indicator;
  years: IndicatorYear[];
}

/**
 * The deterministic projection of every indicator over the overlay's years: each plan's
 * impact lines scaled by its funded share. Lines are summed in plan priority order, then
 * line order.
 */
export function project(overlay: ScenarioOverlay, shares: FundedShares): IndicatorProjection[] {
  const effects = new Map<string, number[]>(
    overlay.indicators.map((i) => [i.id, overlay.years.map(() => 0)]),
  );
  const divisors = new Map(overlay.indicators.map((i) => [i.id, divisorOf(i)]));
  for (const plan of overlay.plans) {
    const share = shares.get(plan.id) ?? 0;
    for (const line of plan.impacts) {
      const sums = effects.get(line.indicatorId);
      const divisor = divisors.get(line.indicatorId);
      if (sums === undefined || divisor === undefined) continue;
      overlay.years.forEach((year, k) => (sums[k] = sums[k]! + netEffect(line, divisor, share, year)));
    }
  }
  return overlay.indicators.map((indicator) => {
    const sums = effects.get(indicator.id)!;
    return {
      indicator,
      years: overlay.years.map((year, k) => {
        const noAction = noActionValue(indicator, year);
        const value = noAction + sums[k]!;
        return { year, noAction, value, status: indicatorStatus(indicator, value) };
      }),
    };
  });
}
