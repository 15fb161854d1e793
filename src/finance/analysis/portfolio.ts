import type { PortfolioAnalysis } from './schemas';
import type { BlendResult } from '../blend/types';
import { portfolioMetrics, withBlend, type MetricsOptions, type PortfolioMetrics } from '../metrics';
import type { Plan } from '../../model/plan';
import type { Scenario } from '../../model/scenario';
import type { Workspace } from '../../model/workspace';
import {
  deMinimisInEuros,
  euros,
  explanationsOf,
  fundingMixInEuros,
  fundYearInEuros,
  guaranteeInEuros,
} from './euros';
import { streamUse } from './stream-use';
import { awardsInEuros } from './awards';

function scenarioPlans(workspace: Workspace, scenario: Scenario): Plan[] {
  return scenario.plans.map((id) => {
    const plan = workspace.plans.find((p) => p.id === id);
    // A valid workspace never lists an unknown plan in a scenario.
    if (plan === undefined) throw new Error(`Scenario "${scenario.id}" lists unknown plan "${id}"`);
    return plan;
  });
}

function portfolioMetricsInEuros(metrics: PortfolioMetrics): PortfolioAnalysis['metrics'] {
  return {
    ...fundingMixInEuros(metrics),
    debtServiceNpv: euros(metrics.debtServiceNpv),
    npvBaseYear: metrics.npvBaseYear,
    minDscr: metrics.minDscr,
    minDscrPlanId: metrics.minDscrPlanId,
    minDscrYear: metrics.minDscrYear,
    deMinimis: metrics.deMinimis.map(deMinimisInEuros),
  };
}

/**
 * The portfolio view of a scenario under the blend of all its plans together: every
 * plan's funding in the scenario's priority order, each stream's budget use per year,
 * the explanations and the portfolio metrics, all in euros. `result` must be the blend
 * of exactly the scenario's plans with its stream factors.
 */
export function portfolioAnalysis(
  workspace: Workspace,
  scenario: Scenario,
  result: BlendResult,
  options: MetricsOptions = {},
): PortfolioAnalysis {
  const plans = scenarioPlans(workspace, scenario);
  const metrics = portfolioMetrics(workspace, plans, result.allocations, withBlend(options, result));
  return {
    scenarioId: scenario.id,
    totalCost: euros(metrics.totalCost),
    funded: euros(metrics.funded),
    ownRevenue: euros(metrics.ownRevenue),
    gap: euros(metrics.gap),
    fundedShare: metrics.fundedShare,
    plans: plans.map((plan, i) => {
      const m = metrics.plans[i]!;
      return {
        planId: plan.id,
        cooperativeId: plan.cooperativeId,
        name: plan.name,
        totalCost: euros(m.totalCost),
        funded: euros(m.funded),
        ownRevenue: euros(m.ownRevenue),
        gap: euros(m.gap),
        fundedShare: m.fundedShare,
        siloCount: m.siloCount,
        minDscr: m.minDscr,
      };
    }),
    streamUse: streamUse(workspace, result.allocations, scenario.streamFactors),
    guarantees: result.guarantees.map(guaranteeInEuros),
    funds: result.funds.map(fundYearInEuros),
    explanations: explanationsOf(result.binding),
    awards: awardsInEuros(result.awards),
    metrics: portfolioMetricsInEuros(metrics),
  };
}
