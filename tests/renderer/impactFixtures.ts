import type { RunIndicator, ScenarioJob, ScenarioRun } from '../../renderer/src/domain/impact/types';
import { DIMENSIONS } from '../../src/model/doughnut';

/** An indicator of a run with the given yearly values; p10/p90 spread ±`spread`, status from the spec's formula. */
export function runIndicator(
  partial: Partial<RunIndicator> & Pick<RunIndicator, 'indicatorId' | 'dimension' | 'kind'>,
  values: Record<number, number>,
  spread = 0,
): RunIndicator {
  const threshold = partial.threshold ?? 1;
  const kind = partial.kind;
  return {
    label: partial.indicatorId,
    unit: 'share',
    lens: null,
    trend: 0,
    source: '',
    threshold,
    ...partial,
    years: Object.entries(values).map(([year, value]) => ({
      year: Number(year),
      noAction: value,
      value,
      status: Math.max(0, (kind === 'floor' ? threshold - value : value - threshold) / threshold),
      p10: value - spread,
      p50: value,
      p90: value + spread,
    })),
  };
}

export function run(scenarioId: string, indicators: RunIndicator[], weighted = 1): ScenarioRun {
  const years = [...new Set(indicators.flatMap((i) => i.years.map((y) => y.year)))].sort((a, b) => a - b);
  return {
    scenarioId,
    years,
    blend: {
      status: 'optimal',
      totalCost: 0,
      funded: 0,
      ownRevenueTotal: 0,
      gap: 0,
      bound: 0,
      plans: [],
      allocations: [],
      ownRevenue: [],
      guarantees: [],
      funds: [],
      binding: [],
      awards: [],
    },
    indicators,
    plans: [],
    monteCarlo: { draws: 10, seed: 1, workers: 1 },
    gapCost: { dimensions: [], weightedActual: weighted, weightedFullyFunded: weighted, weightedCost: 0 },
    guaranteeCalls: { expected: 0, p50: 0, p90: 0, maxPossible: 0, byGuarantee: [] },
    // No plans: the portfolio touches no dimension.
    contribution: {
      portfolio: {
        kind: 'portfolio',
        key: 'portfolio',
        planIds: [],
        dimensions: DIMENSIONS.map((dimension) => ({ dimension, touched: false, indicators: [] })),
      },
      byCooperative: [],
      byDistrict: [],
      bySector: [],
      byPartnership: [],
    },
    // No pooled silos: a scenario like the others.
    desiloing: null,
  };
}

export function job(
  jobId: string,
  state: ScenarioJob['state'],
  done: number,
  total: number,
  result: ScenarioRun | null = null,
): ScenarioJob {
  return {
    jobId,
    scenarioId: result?.scenarioId ?? 'basis',
    state,
    done,
    total,
    result,
    error: state === 'failed' ? { code: 'internal', message: 'boom' } : null,
  };
}
