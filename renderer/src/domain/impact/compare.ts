import type { Dimension, IndicatorKind } from '../../../../src/model/doughnut';
import { dimensionStatuses, indicatorStatusIn } from '../../../../src/charts/dimension-status';
import type { ScenarioRun } from './types';

/** Figures of several scenarios side by side; differences are against the first (the reference). */
export interface ComparedRow<K> {
  key: K;
  /** One per scenario, in the order chosen; null where a scenario has no figure. */
  values: (number | null)[];
  /** `value - reference value`; null for the reference itself or a missing figure. */
  differences: (number | null)[];
}

export interface ComparedIndicator extends ComparedRow<string> {
  label: string;
  unit: string;
  dimension: Dimension;
  kind: IndicatorKind;
  /** The status (shortfall or overshoot as a share of the threshold) per scenario. */
  statuses: (number | null)[];
  statusDifferences: (number | null)[];
}

export interface Comparison {
  /** Years every run covers. */
  years: number[];
  /** Mean status per dimension (see dimensionStatuses), 21 rows in the Doughnut's order. */
  dimensions: (ComparedRow<Dimension> & { kind: IndicatorKind })[];
  indicators: ComparedIndicator[];
  /** The weighted distance from the Doughnut over the whole horizon (the host's own figure). */
  weightedDistance: ComparedRow<'weighted'>;
}

function differencesOf(values: readonly (number | null)[]): (number | null)[] {
  const reference = values[0] ?? null;
  return values.map((value, i) =>
    i === 0 || value === null || reference === null ? null : value - reference,
  );
}

function row<K>(key: K, values: (number | null)[]): ComparedRow<K> {
  return { key, values, differences: differencesOf(values) };
}

/** The years all runs share, ascending. */
export function commonYears(runs: readonly ScenarioRun[]): number[] {
  const [first, ...rest] = runs;
  if (first === undefined) return [];
  return first.years.filter((year) => rest.every((run) => run.years.includes(year))).sort((a, b) => a - b);
}

/** Compares the runs of two or more scenarios in one year, per dimension and per indicator. */
export function compareRuns(runs: readonly ScenarioRun[], year: number): Comparison {
  const perRun = runs.map((run) => dimensionStatuses(run.indicators, year));
  const dimensions = (perRun[0] ?? []).map((first, d) => ({
    ...row(
      first.dimension,
      perRun.map((statuses) => statuses[d]?.status ?? null),
    ),
    kind: first.kind,
  }));

  const order: string[] = [];
  for (const run of runs) {
    for (const indicator of run.indicators) {
      if (!order.includes(indicator.indicatorId)) order.push(indicator.indicatorId);
    }
  }
  const indicators = order.map((indicatorId): ComparedIndicator => {
    const found = runs.map((run) => run.indicators.find((i) => i.indicatorId === indicatorId) ?? null);
    const sample = found.find((i) => i !== null)!;
    const values = found.map((i) =>
      i === null ? null : (i.years.find((y) => y.year === year)?.value ?? null),
    );
    const statuses = found.map((i) => (i === null ? null : indicatorStatusIn(i, year)));
    return {
      ...row(indicatorId, values),
      label: sample.label,
      unit: sample.unit,
      dimension: sample.dimension,
      kind: sample.kind,
      statuses,
      statusDifferences: differencesOf(statuses),
    };
  });

  return {
    years: commonYears(runs),
    dimensions,
    indicators,
    weightedDistance: row(
      'weighted',
      runs.map((run) => run.gapCost.weightedActual),
    ),
  };
}

/** A difference in status in words: negative brings the city closer to the Doughnut. */
export function differenceDirection(
  difference: number | null,
  tolerance = 1e-9,
): 'better' | 'worse' | 'same' | null {
  if (difference === null) return null;
  if (Math.abs(difference) <= tolerance) return 'same';
  return difference < 0 ? 'better' : 'worse';
}
