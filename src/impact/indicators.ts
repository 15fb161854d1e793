import type { IndicatorKind } from '../model/doughnut';
import type { Indicator } from '../model/indicator';
import type { Scenario } from '../model/scenario';

/**
 * The scenario's indicator overrides applied (spec section 8): new objects where a trend or
 * threshold is overridden, the workspace's own objects otherwise. Nothing is changed in place.
 */
export function applyIndicatorOverrides(
  indicators: readonly Indicator[],
  overrides: Scenario['indicatorOverrides'],
): Indicator[] {
  return indicators.map((indicator) => {
    const override = overrides[indicator.id];
    if (override === undefined) return indicator;
    return {
      ...indicator,
      ...(override.trend === undefined ? {} : { trend: override.trend }),
      ...(override.threshold === undefined ? {} : { threshold: override.threshold }),
    };
  });
}

/** The no-action path: `baseline.value * (1 + trend)^(year - baseline.year)` (spec section 7). */
export function noActionValue(
  indicator: { baseline: Pick<Indicator['baseline'], 'year' | 'value'>; trend: number },
  year: number,
): number {
  return indicator.baseline.value * Math.pow(1 + indicator.trend, year - indicator.baseline.year);
}

/**
 * Distance from the safe and just space as a share of the threshold (spec section 7):
 * floor shortfall `max(0, (threshold - value) / threshold)`, ceiling overshoot
 * `max(0, (value - threshold) / threshold)`. 0 means the indicator is inside the Doughnut.
 */
export function indicatorStatus(
  indicator: { kind: IndicatorKind; threshold: number },
  value: number,
): number {
  const { kind, threshold } = indicator;
  switch (kind) {
    case 'floor':
      return Math.max(0, (threshold - value) / threshold);
    case 'ceiling':
      return Math.max(0, (value - threshold) / threshold);
    default: {
      const never: never = kind;
      throw new Error(`unknown indicator kind ${String(never)}`);
    }
  }
}
