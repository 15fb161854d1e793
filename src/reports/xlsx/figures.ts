/**
 * The engine's recomputation of every figure the formula sheets restate: cash flow and
 * loan schedules per plan (src/finance), totals per plan, and the indicator projection
 * (src/impact) with funded shares recomputed from the allocations. Nothing here is read
 * back from the report model's own results, so comparing a spreadsheet's recalculation
 * with these values tests the formulas against the engine itself.
 */
import type { Allocation, OwnRevenueUse } from '../../finance/blend/types';
import { planCashFlow, type PlanCashFlow } from '../../finance/cashflow';
import { planFundingMix, type FundingMix } from '../../finance/metrics/funding';
import { project, scenarioOverlay, type IndicatorProjection, type ScenarioOverlay } from '../../impact';
import type { Plan } from '../../model/plan';
import type { Workspace } from '../../model/workspace';
import type { ScenarioReport } from '../model';

export interface PlanFigures {
  plan: Plan;
  cashFlow: PlanCashFlow;
  mix: FundingMix;
  /** (funded + own revenue) / total cost as the blend and the projection use it (1 without costs). */
  share: number;
}

export interface ScenarioFigures {
  report: ScenarioReport;
  overlay: ScenarioOverlay;
  /** The scenario's plans in priority order. */
  plans: PlanFigures[];
  projection: IndicatorProjection[];
}

function planFigures(
  workspace: Workspace,
  plan: Plan,
  allocations: readonly Allocation[],
  ownRevenue: readonly OwnRevenueUse[],
): PlanFigures {
  const mix = planFundingMix(workspace, plan, allocations, undefined, ownRevenue);
  return {
    plan,
    cashFlow: planCashFlow(workspace, plan, allocations, ownRevenue),
    mix,
    // As src/finance/blend summarises a plan: not capped at 1 (locks may overfund).
    share: mix.totalCost === 0 ? 1 : (mix.funded + mix.ownRevenue) / mix.totalCost,
  };
}

export function scenarioFigures(workspace: Workspace, report: ScenarioReport): ScenarioFigures {
  const overlay = scenarioOverlay(workspace, report.scenario);
  const plans = overlay.plans.map((plan) =>
    // The workspace as the scenario blended it: a de-siloing scenario pays from its pools.
    planFigures(overlay.workspace, plan, report.blend.allocations, report.blend.ownRevenue),
  );
  const shares = new Map(plans.map((p) => [p.plan.id, p.share]));
  return { report, overlay, plans, projection: project(overlay, shares) };
}
