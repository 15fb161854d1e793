import type { BlendRequest } from '../finance/blend/types';
import type { Indicator } from '../model/indicator';
import type { Plan } from '../model/plan';
import type { Scenario } from '../model/scenario';
import type { Workspace } from '../model/workspace';
import { yearRange } from '../model/years';
import { poolSilos, type PooledWorkspace } from './desiloing';
import { applyIndicatorOverrides } from './indicators';
import { procurementLever, withLeverRevenue, type ProcurementLever } from './procurement-lever';

/** A scenario id that the workspace does not have. */
export class ScenarioNotFoundError extends Error {
  constructor(readonly scenarioId: string) {
    super(`Scenario "${scenarioId}" does not exist.`);
    this.name = 'ScenarioNotFoundError';
  }
}

/**
 * A scenario seen as an overlay on the unchanged workspace (spec section 8): its plans in
 * priority order, the indicators with its overrides applied, the projection years and the
 * blend request carrying its stream factors. The workspace is only read.
 */
export interface ScenarioOverlay {
  scenario: Scenario;
  /** `settings.startYear .. startYear + horizonYears - 1`. */
  years: number[];
  /** The scenario's plans in its priority order; other plans contribute nothing. */
  plans: Plan[];
  /** Every workspace indicator, with the scenario's trend and threshold overrides. */
  indicators: Indicator[];
  blendRequest: BlendRequest;
  /**
   * The scenario's procurement lever (procurement-lever.ts), null without a target share. Its
   * contract margin is already in the revenue of `plans` and of `workspace`'s plans.
   */
  procurementLever: ProcurementLever | null;
  /**
   * The workspace the scenario blends: the stored one, or with its `desiloing` silos
   * pooled (desiloing.ts). Blend, Monte Carlo and guarantee calls read this one.
   */
  workspace: Workspace;
  /** The pools and the chosen silos' streams left as they were (empty without de-siloing). */
  pooling: Omit<PooledWorkspace, 'workspace'>;
}

export function projectionYears(workspace: Workspace): number[] {
  return yearRange(workspace.settings.startYear, workspace.settings.horizonYears);
}

export function findScenario(workspace: Workspace, scenarioId: string): Scenario {
  const scenario = workspace.scenarios.find((s) => s.id === scenarioId);
  if (scenario === undefined) throw new ScenarioNotFoundError(scenarioId);
  return scenario;
}

export function scenarioOverlay(workspace: Workspace, scenario: Scenario | string): ScenarioOverlay {
  const chosen = typeof scenario === 'string' ? findScenario(workspace, scenario) : scenario;
  const byId = new Map(workspace.plans.map((p) => [p.id, p]));
  const plans = chosen.plans.map((id) => {
    const plan = byId.get(id);
    if (plan === undefined) throw new Error(`scenario ${chosen.id}: plan ${id} not found`);
    return plan;
  });
  const lever = procurementLever(workspace.procurement, chosen, plans);
  const levered = withLeverRevenue(workspace, lever);
  const leveredById = new Map(levered.plans.map((p) => [p.id, p]));
  const pooled = poolSilos(levered, chosen);
  return {
    scenario: chosen,
    years: projectionYears(workspace),
    plans: plans.map((p) => leveredById.get(p.id) ?? p),
    indicators: applyIndicatorOverrides(workspace.indicators, chosen.indicatorOverrides),
    blendRequest: { planIds: chosen.plans, streamFactors: chosen.streamFactors },
    procurementLever: lever,
    workspace: pooled.workspace,
    pooling: { pools: pooled.pools, kept: pooled.kept },
  };
}
