import { blend } from '../finance/blend';
import type { BlendResult } from '../finance/blend/types';
import type { Indicator } from '../model/indicator';
import type { Lang } from '../i18n';
import type { Workspace } from '../model/workspace';
import { scenarioContribution } from './contribution';
import type { ScenarioContribution } from './contribution-types';
import type { DimensionWeights } from './distance';
import { gapCost, type GapCost } from './gap-cost';
import { guaranteeCalls, type GuaranteeCalls } from './guarantee-calls';
import { buildMonteCarloInput } from './montecarlo/model';
import { runMonteCarlo } from './montecarlo/run';
import { fundedSharesOf, project, type IndicatorYear } from './projection';
import { desiloingResult, type DesiloingResult } from './desiloing-result';
import { procurementEffect, type ProcurementEffect } from './procurement-effect';
import { scenarioOverlay } from './scenario';

export interface ScenarioRunOptions {
  /** Default: the scenario's monteCarlo.draws. */
  draws?: number;
  /** Default: the scenario's monteCarlo.seed. */
  seed?: number;
  /** Worker threads for the Monte Carlo run (see MonteCarloOptions.workers). */
  workers?: number;
  signal?: AbortSignal;
  /** Monte Carlo progress: draws done of the total. */
  onProgress?: (done: number, total: number) => void;
  /** Language of the blend's explanations. */
  lang?: Lang;
  weights?: DimensionWeights;
}

export interface ScenarioIndicatorYear extends IndicatorYear {
  p10: number;
  p50: number;
  p90: number;
}

export interface ScenarioIndicator {
  /** With the scenario's overrides applied. */
  indicator: Indicator;
  years: ScenarioIndicatorYear[];
}

export interface ScenarioPlanResult {
  planId: string;
  fundedShare: number;
  /** Share of Monte Carlo draws in which every award of the plan succeeds and its cost is covered. */
  probabilityFullyFunded: number;
  /** Mean over the Monte Carlo draws of the share of the plan's cost covered (capped at 1). */
  expectedFundedShare: number;
}

export interface ScenarioRun {
  scenarioId: string;
  years: number[];
  blend: BlendResult;
  indicators: ScenarioIndicator[];
  plans: ScenarioPlanResult[];
  monteCarlo: { draws: number; seed: number; workers: number };
  gapCost: GapCost;
  /** What the blend's guarantees may cost when called (zeros without guarantees). */
  guaranteeCalls: GuaranteeCalls;
  /**
   * What the portfolio, each cooperative, district, sector and partnership form changes per
   * indicator and year against the path without the portfolio (contribution.ts), with
   * bands from this run's Monte Carlo draws.
   */
  contribution: ScenarioContribution;
  /** A de-siloing scenario against its siloed baseline (desiloing-result.ts); null otherwise. */
  desiloing: DesiloingResult | null;
  /** The procurement lever against the same scenario without it (procurement-effect.ts); absent without a lever. */
  procurement?: ProcurementEffect;
}

/**
 * Blends the scenario's portfolio, projects every indicator with the blended funded shares,
 * runs the seeded Monte Carlo around it and prices the gap. Reads the workspace only.
 */
export async function runScenario(
  workspace: Workspace,
  scenarioId: string,
  options: ScenarioRunOptions = {},
): Promise<ScenarioRun> {
  const overlay = scenarioOverlay(workspace, scenarioId);
  const draws = options.draws ?? overlay.scenario.monteCarlo.draws;
  const seed = options.seed ?? overlay.scenario.monteCarlo.seed;
  // The workspace as the scenario sees it: with its silos pooled when it de-siloes.
  const blended = await blend(
    overlay.workspace,
    overlay.blendRequest,
    options.lang === undefined ? {} : { lang: options.lang },
  );
  const shares = fundedSharesOf(blended);
  const projection = project(overlay, shares);
  const mcInput = buildMonteCarloInput(overlay.workspace, overlay, blended, seed);
  const mc = await runMonteCarlo(mcInput, {
    draws,
    ...(options.workers === undefined ? {} : { workers: options.workers }),
    ...(options.signal === undefined ? {} : { signal: options.signal }),
    ...(options.onProgress === undefined ? {} : { onProgress: options.onProgress }),
  });
  const contribution = await scenarioContribution({
    overlay,
    cooperatives: workspace.cooperatives,
    shares,
    monteCarlo: mcInput,
    draws: mc.draws,
    ...(options.signal === undefined ? {} : { signal: options.signal }),
  });
  const procurement = await procurementEffect(
    workspace,
    overlay,
    { blend: blended, projection },
    {
      ...(options.lang === undefined ? {} : { lang: options.lang }),
      ...(options.weights === undefined ? {} : { weights: options.weights }),
    },
  );
  const indicators = projection.map(({ indicator, years }) => {
    const bands = mc.percentiles.get(indicator.id);
    return {
      indicator,
      // An indicator no impact line moves is the same in every draw: its percentiles are its value.
      years: years.map((y, k) => ({
        ...y,
        p10: bands?.p10[k] ?? y.value,
        p50: bands?.p50[k] ?? y.value,
        p90: bands?.p90[k] ?? y.value,
      })),
    };
  });
  return {
    scenarioId: overlay.scenario.id,
    years: overlay.years,
    blend: blended,
    indicators,
    plans: blended.plans.map((p) => ({
      planId: p.planId,
      fundedShare: p.fundedShare,
      probabilityFullyFunded: mc.fullyFunded.get(p.planId) ?? 0,
      expectedFundedShare: mc.expectedFundedShare.get(p.planId) ?? 0,
    })),
    monteCarlo: { draws: mc.draws, seed: mc.seed, workers: mc.workers },
    gapCost: gapCost(overlay, shares, options.weights, projection),
    guaranteeCalls: guaranteeCalls(blended.guarantees, overlay.workspace.fundingStreams, mc.seed, mc.draws),
    desiloing: await desiloingResult(
      workspace,
      overlay,
      { blend: blended, projection },
      {
        blend: options.lang === undefined ? {} : { lang: options.lang },
        ...(options.weights === undefined ? {} : { weights: options.weights }),
      },
    ),
    contribution,
    ...(procurement === null ? {} : { procurement }),
  };
}
