import { asCents, type Cents } from '../model/money';
import type { Plan } from '../model/plan';
import { awardedByYear, type Procurement } from '../model/procurement';
import type { Scenario } from '../model/scenario';
import type { Workspace } from '../model/workspace';
import { yearsOf } from '../model/years';

/**
 * The procurement lever of a scenario (issue 15, point 6; docs/methodology.md, "Inkoop als
 * vliegwiel"). For every year with a purchasing volume:
 *
 *   extra volume[y] = max(0, round(target share × volume[y]) − awarded[y])
 *
 * where awarded[y] is the sum of the year's contracts, or for a year without contracts
 * entered the latest earlier year's share times this year's volume;
 *
 * goes to the scenario's plans of cooperatives that already take municipal contracts, in
 * proportion to their contracts (all years): a contract naming a plan counts for that plan,
 * a contract naming no plan of the scenario is split equally over its cooperative's plans in
 * the scenario. A year's volume is shared only among the plans running that year. Only the
 * contribution margin of the extra volume is added to a plan's revenue: the rest of the price
 * pays for delivering the work and cannot pay the plan's own costs.
 *
 * Shares are floored to whole cents, so raising the target never lowers any plan's amount.
 */

export interface LeverYear {
  year: number;
  volume: Cents;
  /** Awarded to cooperatives: the contracts entered, or for a year without any the latest share carried. */
  awarded: Cents;
  /** True when `awarded` is carried from the latest earlier year with contracts. */
  carried: boolean;
  /** awarded / volume (0 for a volume of 0). */
  currentShare: number;
  /** What the target asks above what was awarded. */
  extraVolume: Cents;
  /** The part of `extraVolume` placed with plans (none when no weighted plan runs that year). */
  placedVolume: Cents;
  /** contribution margin × placed volume, summed over the plans. */
  extraRevenue: Cents;
}

export interface LeverPlan {
  planId: string;
  cooperativeId: string;
  /** The plan's contracts that set its part (cents over all years). */
  weight: number;
  /** Per year, contract volume and the revenue (its margin) the plan gains. */
  extraVolume: Record<string, Cents>;
  extraRevenue: Record<string, Cents>;
}

export interface ProcurementLever {
  targetShare: number;
  contributionMargin: number;
  years: LeverYear[];
  /** The scenario's plans with a weight, in scenario order. */
  plans: LeverPlan[];
}

/** Each scenario plan's part of the extra volume: its cooperative's contracts (see above). */
export function leverWeights(procurement: Procurement, plans: readonly Plan[]): Map<string, number> {
  const weights = new Map<string, number>(plans.map((p) => [p.id, 0]));
  const plansOf = new Map<string, string[]>();
  for (const plan of plans)
    plansOf.set(plan.cooperativeId, [...(plansOf.get(plan.cooperativeId) ?? []), plan.id]);
  for (const contract of procurement.contracts) {
    const own = plansOf.get(contract.cooperativeId) ?? [];
    if (contract.planId !== undefined && weights.has(contract.planId)) {
      weights.set(contract.planId, (weights.get(contract.planId) ?? 0) + contract.amount);
    } else {
      for (const id of own) weights.set(id, (weights.get(id) ?? 0) + contract.amount / own.length);
    }
  }
  return weights;
}

const runs = (plan: Plan, year: number) => year >= plan.startYear && year < plan.startYear + plan.years;

/** The lever of `scenario` over `plans` (its plans in order); null without a target or without a section. */
export function procurementLever(
  procurement: Procurement | undefined,
  scenario: Scenario,
  plans: readonly Plan[],
): ProcurementLever | null {
  if (scenario.procurementShare === undefined || procurement === undefined) return null;
  const target = scenario.procurementShare;
  const margin = procurement.contributionMargin;
  const weights = leverWeights(procurement, plans);
  const weighted = plans.filter((p) => (weights.get(p.id) ?? 0) > 0);
  const leverPlans = weighted.map((plan): LeverPlan => ({
    planId: plan.id,
    cooperativeId: plan.cooperativeId,
    weight: weights.get(plan.id) ?? 0,
    extraVolume: {},
    extraRevenue: {},
  }));
  const awarded = awardedByYear(procurement.contracts);
  let lastShare = 0;
  const years = yearsOf(procurement.volumes).map((year): LeverYear => {
    const volume = procurement.volumes[String(year)] ?? asCents(0);
    const recorded = awarded.get(year);
    // A year without contracts entered (a future year) keeps the latest earlier share: contracts
    // run for years, and their revenue is already in the plans' own revenue.
    const carried = recorded === undefined;
    const given = asCents(recorded ?? Math.round(lastShare * volume));
    if (!carried && volume > 0) lastShare = given / volume;
    const extra = Math.max(0, Math.round(target * volume) - given);
    const running = leverPlans.filter((_, i) => runs(weighted[i]!, year));
    const total = running.reduce((s, p) => s + p.weight, 0);
    let placed = 0;
    let revenue = 0;
    for (const plan of running) {
      const part = Math.floor((extra * plan.weight) / total);
      const gain = Math.floor(margin * part);
      if (part > 0) plan.extraVolume[String(year)] = asCents(part);
      if (gain > 0) plan.extraRevenue[String(year)] = asCents(gain);
      placed += part;
      revenue += gain;
    }
    return {
      year,
      volume,
      awarded: given,
      carried,
      currentShare: volume === 0 ? 0 : given / volume,
      extraVolume: asCents(extra),
      placedVolume: asCents(placed),
      extraRevenue: asCents(revenue),
    };
  });
  return { targetShare: target, contributionMargin: margin, years, plans: leverPlans };
}

/** The workspace with each lever plan's extra revenue added to its revenue; the input is not changed. */
export function withLeverRevenue(workspace: Workspace, lever: ProcurementLever | null): Workspace {
  if (lever === null) return workspace;
  const gains = new Map(lever.plans.map((p) => [p.planId, p.extraRevenue]));
  const plans = workspace.plans.map((plan) => {
    const gain = gains.get(plan.id);
    if (gain === undefined || Object.keys(gain).length === 0) return plan;
    const revenues = { ...plan.revenues };
    for (const [year, cents] of Object.entries(gain)) revenues[year] = asCents((revenues[year] ?? 0) + cents);
    return { ...plan, revenues };
  });
  return { ...workspace, plans };
}
