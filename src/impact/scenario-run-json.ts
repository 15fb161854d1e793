import { blendToJson } from '../finance/blend/json';
import { desiloingToJson } from './desiloing-json';
import type { NextEuroResult } from './next-euro';
import type { ScenarioRun } from './run-scenario';
import { procurementEffectToJson } from './procurement-json';
import type { NextEuroJson, ScenarioRunJson } from './scenario-run-schema';

/**
 * A scenario run in its wire form (`scenarioRunSchema`): the blend as the command line
 * prints it (euros), every indicator as the scenario sees it (after its trend and
 * threshold overrides) with the no-action path, the projection and the Monte Carlo
 * band per year, and what the gap costs per Doughnut dimension (without the
 * per-indicator detail, which the indicators already carry), and what the guarantees may
 * cost when called, and what the portfolio and its parts contribute per indicator and year.
 */
export function scenarioRunToJson(run: ScenarioRun): ScenarioRunJson {
  return {
    scenarioId: run.scenarioId,
    years: [...run.years],
    blend: blendToJson(run.blend),
    indicators: run.indicators.map(({ indicator, years }) => ({
      indicatorId: indicator.id,
      label: indicator.label,
      dimension: indicator.dimension,
      kind: indicator.kind,
      unit: indicator.unit,
      lens: indicator.lens ?? null,
      threshold: indicator.threshold,
      trend: indicator.trend,
      source: indicator.source,
      years: years.map((y) => ({
        year: y.year,
        noAction: y.noAction,
        value: y.value,
        status: y.status,
        p10: y.p10,
        p50: y.p50,
        p90: y.p90,
      })),
    })),
    plans: run.plans.map((p) => ({
      planId: p.planId,
      fundedShare: p.fundedShare,
      probabilityFullyFunded: p.probabilityFullyFunded,
      expectedFundedShare: p.expectedFundedShare,
    })),
    monteCarlo: { ...run.monteCarlo },
    gapCost: {
      dimensions: run.gapCost.dimensions.map((d) => ({
        dimension: d.dimension,
        kind: d.kind,
        distanceActual: d.distanceActual,
        distanceFullyFunded: d.distanceFullyFunded,
        cost: d.cost,
      })),
      weightedActual: run.gapCost.weightedActual,
      weightedFullyFunded: run.gapCost.weightedFullyFunded,
      weightedCost: run.gapCost.weightedCost,
    },
    guaranteeCalls: {
      expected: run.guaranteeCalls.expected,
      p50: run.guaranteeCalls.p50,
      p90: run.guaranteeCalls.p90,
      maxPossible: run.guaranteeCalls.maxPossible,
      byGuarantee: run.guaranteeCalls.byGuarantee.map((g) => ({
        streamId: g.streamId,
        expected: g.expected,
        p90: g.p90,
      })),
    },
    // Plain objects and arrays already (contribution-types.ts); copied so the wire form shares nothing with the run.
    contribution: structuredClone(run.contribution),
    desiloing: desiloingToJson(run.desiloing),
    ...(run.procurement === undefined ? {} : { procurement: procurementEffectToJson(run.procurement) }),
  };
}

/** The next-euro ranking in its wire form; amounts are already euros, the order is the ranking's. */
export function nextEuroToJson(result: NextEuroResult): NextEuroJson {
  return {
    scenarioId: result.scenarioId,
    stepEurosPerYear: result.stepEurosPerYear,
    distance: result.distance,
    candidates: result.candidates.map((c) => ({
      kind: c.kind,
      streamId: c.streamId,
      lever: c.lever,
      addedEuros: c.addedEuros,
      fundedChange: c.fundedChange,
      distanceChange: c.distanceChange,
      perEuro: c.perEuro,
    })),
  };
}
