import type { BlendResult } from '../../finance/blend/types';
import type { Workspace } from '../../model/workspace';
import { noActionValue } from '../indicators';
import { netEffect } from '../projection';
import type { ScenarioOverlay } from '../scenario';
import type { KernelModel } from './kernel.mjs';

/** A Monte Carlo run's arrays and what their indices mean. */
export interface MonteCarloInput {
  kernel: KernelModel;
  years: number[];
  /** Plan ids by kernel plan index (the scenario's priority order). */
  planIds: string[];
  /** Indicator ids by kernel series index: the indicators some impact line moves. */
  seriesIndicatorIds: string[];
}

/**
 * Precomputes everything a draw needs so that the draw itself is multiply-adds: per impact
 * line the net effect at a funded share of 1 for every projection year (Float64Array), per
 * (plan, stream) award the blended cents and the stream's award probability, per plan the
 * total cost. Lines with no year inside the projection are left out.
 */
export function buildMonteCarloInput(
  workspace: Workspace,
  overlay: ScenarioOverlay,
  blended: Pick<BlendResult, 'plans' | 'allocations'> & Partial<Pick<BlendResult, 'ownRevenue'>>,
  seed: number,
): MonteCarloInput {
  const years = overlay.years;
  const first = years[0] ?? 0;
  const yearCount = years.length;
  const planIds = overlay.plans.map((p) => p.id);
  const planIndex = new Map(planIds.map((id, i) => [id, i]));
  const blendedPlans = new Map(blended.plans.map((p) => [p.planId, p]));

  const totalCost = new Float64Array(planIds.length);
  planIds.forEach((id, i) => {
    const plan = blendedPlans.get(id);
    if (plan === undefined) throw new Error(`the blend has no plan ${id}`);
    totalCost[i] = plan.totalCost;
  });

  // One award per (plan, stream) in the blend's allocation order (plan, then stream).
  const probability = new Map(workspace.fundingStreams.map((s) => [s.id, s.awardProbability]));
  const awards = new Map<string, { plan: number; amount: number; probability: number }>();
  for (const a of blended.allocations) {
    const plan = planIndex.get(a.planId);
    if (plan === undefined) throw new Error(`allocation for plan ${a.planId} outside the scenario`);
    const key = `${plan}\u0000${a.streamId}`;
    const award = awards.get(key);
    if (award !== undefined) award.amount += a.amount;
    else awards.set(key, { plan, amount: a.amount, probability: probability.get(a.streamId) ?? 1 });
  }
  // A plan's own revenue pays its costs for certain: one award per plan with probability 1.
  const ownByPlan = new Map<number, number>();
  for (const u of blended.ownRevenue ?? []) {
    const plan = planIndex.get(u.planId);
    if (plan === undefined) throw new Error(`own revenue of plan ${u.planId} outside the scenario`);
    ownByPlan.set(plan, (ownByPlan.get(plan) ?? 0) + u.amount);
  }
  for (const [plan, amount] of ownByPlan) awards.set(`${plan}\u0000#own`, { plan, amount, probability: 1 });
  const pairs = [...awards.values()].filter((a) => a.amount > 0);

  const known = new Set(overlay.indicators.map((i) => i.id));
  const lines = overlay.plans.flatMap((plan, p) =>
    plan.impacts
      .filter((line) => known.has(line.indicatorId))
      .map((line) => ({
        line,
        plan: p,
        first: Math.max(0, line.start - first),
        end: Math.min(yearCount, line.start + line.duration - first),
      }))
      .filter((l) => l.end > l.first),
  );
  const moved = new Set(lines.map((l) => l.line.indicatorId));
  const seriesIndicators = overlay.indicators.filter((i) => moved.has(i.id));
  const seriesIndex = new Map(seriesIndicators.map((ind, s) => [ind.id, s]));

  const base = new Float64Array(seriesIndicators.length * yearCount);
  seriesIndicators.forEach((indicator, s) =>
    years.forEach((year, k) => (base[s * yearCount + k] = noActionValue(indicator, year))),
  );

  const coef = new Float64Array(lines.length * yearCount);
  lines.forEach((l, i) => {
    for (let k = l.first; k < l.end; k++) coef[i * yearCount + k] = netEffect(l.line, 1, years[k]!);
  });

  return {
    years,
    planIds,
    seriesIndicatorIds: seriesIndicators.map((i) => i.id),
    kernel: {
      seed: seed >>> 0,
      years: yearCount,
      series: seriesIndicators.length,
      plans: planIds.length,
      base,
      totalCost,
      pairPlan: Int32Array.from(pairs, (a) => a.plan),
      pairAmount: Float64Array.from(pairs, (a) => a.amount),
      pairProbability: Float64Array.from(pairs, (a) => a.probability),
      linePlan: Int32Array.from(lines, (l) => l.plan),
      lineSeries: Int32Array.from(lines, (l) => seriesIndex.get(l.line.indicatorId)!),
      lineFirst: Int32Array.from(lines, (l) => l.first),
      lineEnd: Int32Array.from(lines, (l) => l.end),
      lineLow: Float64Array.from(lines, (l) => l.line.uncertainty.low),
      lineHigh: Float64Array.from(lines, (l) => l.line.uncertainty.high),
      coef,
    },
  };
}
