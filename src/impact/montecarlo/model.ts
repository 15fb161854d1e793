import type { BlendResult, GuaranteeUse } from '../../finance/blend/types';
import type { Workspace } from '../../model/workspace';
import { divisorOf } from '../denominator';
import { noActionValue } from '../indicators';
import { netEffect } from '../projection';
import type { ScenarioOverlay } from '../scenario';
import type { KernelModel } from './kernel.mjs';
import { awardChances } from './award-chance';

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
 * Per (plan, loan) whose loan requires a guarantee: the chance that every guarantee the
 * blend lets back it is awarded (the product of their award probabilities). A lender
 * lends only with the required guarantee in place, so the loan's award succeeds only when
 * the loan and its guarantees are all awarded. Drawn as one award with the product as its
 * probability: exact when each guarantee backs one loan of the plan; a guarantee backing
 * two loans of one plan is drawn apart for each (their failures are not tied together).
 */
function guaranteeGates(workspace: Workspace, uses: readonly GuaranteeUse[]): Map<string, number> {
  const streams = new Map(workspace.fundingStreams.map((s) => [s.id, s]));
  const backing = new Map<string, Set<string>>();
  for (const use of uses) {
    if (!(use.amount > 0) || !((streams.get(use.loanStreamId)?.loan?.guaranteeRequired ?? 0) > 0)) continue;
    const key = `${use.planId}\u0000${use.loanStreamId}`;
    const set = backing.get(key) ?? new Set<string>();
    backing.set(key, set.add(use.streamId));
  }
  const gates = new Map<string, number>();
  // A guarantee granted for the plan is certain; one refused never backs it (the blend leaves it out).
  const chanceOf = awardChances(workspace);
  for (const [key, guarantees] of backing) {
    const planId = key.slice(0, key.indexOf('\u0000'));
    let chance = 1;
    for (const id of guarantees) chance *= streams.has(id) ? chanceOf(planId, id) : 1;
    gates.set(key, chance);
  }
  return gates;
}

/**
 * Precomputes everything a draw needs so that the draw itself is multiply-adds: per impact
 * line the net effect at a funded share of 1 for every projection year (Float64Array), per
 * (plan, stream) award the blended cents and the stream's award probability (times that of
 * the guarantees a loan requires, see guaranteeGates), per plan the
 * total cost. Lines with no year inside the projection are left out.
 */
export function buildMonteCarloInput(
  workspace: Workspace,
  overlay: ScenarioOverlay,
  blended: Pick<BlendResult, 'plans' | 'allocations'> &
    Partial<Pick<BlendResult, 'ownRevenue' | 'guarantees'>>,
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
  // Per plan and stream: a granted award counts as certain (issue 14, award-chance.ts).
  const probability = awardChances(workspace);
  const gates = guaranteeGates(workspace, blended.guarantees ?? []);
  const awards = new Map<string, { plan: number; amount: number; probability: number }>();
  for (const a of blended.allocations) {
    const plan = planIndex.get(a.planId);
    if (plan === undefined) throw new Error(`allocation for plan ${a.planId} outside the scenario`);
    const key = `${plan}\u0000${a.streamId}`;
    const award = awards.get(key);
    if (award !== undefined) award.amount += a.amount;
    else {
      const gate = gates.get(`${a.planId}\u0000${a.streamId}`) ?? 1;
      awards.set(key, { plan, amount: a.amount, probability: probability(a.planId, a.streamId) * gate });
    }
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

  const divisors = new Map(overlay.indicators.map((i) => [i.id, divisorOf(i)]));
  const lines = overlay.plans.flatMap((plan, p) =>
    plan.impacts
      .filter((line) => divisors.has(line.indicatorId))
      .map((line) => ({
        line,
        divisor: divisors.get(line.indicatorId)!,
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
    for (let k = l.first; k < l.end; k++)
      coef[i * yearCount + k] = netEffect(l.line, l.divisor, 1, years[k]!);
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
