/**
 * The report's tables as plain data, computed from the report model: which plans appear
 * under which cooperative, a plan's blend as streams by years, the streams' budget use
 * by years, and which binding rules explain a plan's gap. Components only lay these out.
 */
import type { PlanAnalysis, PortfolioAnalysis } from '../../finance/analysis/schemas';
import type { Explanation } from '../../finance/analysis/euros';
import type { Cooperative } from '../../model/cooperative';
import type { Plan } from '../../model/plan';
import type { ReportModel, ScenarioReport } from '../model';
import { showsGap } from './format';

/** Euros to whole cents, so sums of many amounts print without floating-point dust. */
const cents = (euros: number) => Math.round(euros * 100) / 100;

export interface PlanInScenario {
  scenario: ScenarioReport;
  analysis: PlanAnalysis;
  /** Share of the Monte Carlo draws in which the plan is fully funded. */
  probabilityFullyFunded: number | null;
  /** Mean share of the plan's cost covered over the draws, shown beside the chance. */
  expectedFundedShare: number | null;
}

export interface ReportedPlan {
  plan: Plan;
  /** Every reported scenario that contains the plan, in the report's order; never empty. */
  scenarios: PlanInScenario[];
}

export interface ReportedCooperative {
  cooperative: Cooperative;
  plans: ReportedPlan[];
}

/**
 * The cooperatives with at least one plan in a reported scenario, in the workspace's
 * order, each with those plans in the workspace's order.
 */
export function reportedCooperatives(model: ReportModel): ReportedCooperative[] {
  const plansOf = (plan: Plan): ReportedPlan => ({
    plan,
    scenarios: model.scenarios.flatMap((scenario) => {
      const analysis = scenario.plans.find((p) => p.planId === plan.id);
      if (analysis === undefined) return [];
      const run = scenario.run.plans.find((p) => p.planId === plan.id);
      return [
        {
          scenario,
          analysis,
          probabilityFullyFunded: run?.probabilityFullyFunded ?? null,
          expectedFundedShare: run?.expectedFundedShare ?? null,
        },
      ];
    }),
  });
  return model.workspace.cooperatives
    .map((cooperative) => ({
      cooperative,
      plans: model.workspace.plans
        .filter((plan) => plan.cooperativeId === cooperative.id)
        .map(plansOf)
        .filter((reported) => reported.scenarios.length > 0),
    }))
    .filter((entry) => entry.plans.length > 0);
}

/**
 * The binding rules that explain this plan's gap. A plan's analysis carries every
 * explanation of the portfolio blend; the ones about this plan, its cooperative's de
 * minimis room, and the budgets of streams it could draw on are the ones that matter.
 */
export function planExplanations(analysis: PlanAnalysis, cooperativeId: string): Explanation[] {
  if (!showsGap(analysis.gap)) return [];
  const eligible = new Set(analysis.eligibleStreamIds);
  return analysis.explanations.filter((e) => {
    if (e.planId !== null) return e.planId === analysis.planId;
    if (e.cooperativeId !== null) return e.cooperativeId === cooperativeId;
    return e.streamId !== null && eligible.has(e.streamId);
  });
}

export interface BlendRow {
  streamId: string;
  /** Per year of the table; 0 where the stream pays nothing. */
  amounts: number[];
  /** Per year: the amount includes a locked amount. */
  locked: boolean[];
  total: number;
}

export interface BlendTable {
  years: number[];
  rows: BlendRow[];
  funded: number[];
  /** The plan's own revenue paying its costs, per year (eigen inkomsten). */
  ownRevenue: number[];
  costs: number[];
  gap: number[];
  totals: { funded: number; ownRevenue: number; costs: number; gap: number };
}

/**
 * A plan's blend as streams (in the workspace's order) by the plan's years, with its own
 * revenue, costs and gap: outside money + own revenue + gap = costs in every year.
 */
export function blendTable(analysis: PlanAnalysis, plan: Plan, streamOrder: readonly string[]): BlendTable {
  const years = Array.from({ length: plan.years }, (_, i) => plan.startYear + i);
  const ids = [...new Set(analysis.allocations.map((a) => a.streamId))].sort(
    (a, b) => rank(streamOrder, a) - rank(streamOrder, b),
  );
  const rows = ids.map((streamId) => {
    const mine = analysis.allocations.filter((a) => a.streamId === streamId);
    const amounts = years.map((year) =>
      cents(mine.filter((a) => a.year === year).reduce((sum, a) => sum + a.amount, 0)),
    );
    const locked = years.map((year) => mine.some((a) => a.year === year && a.locked));
    return { streamId, amounts, locked, total: cents(amounts.reduce((s, v) => s + v, 0)) };
  });
  const funded = years.map((_, i) => cents(rows.reduce((sum, row) => sum + (row.amounts[i] ?? 0), 0)));
  const ownRevenue = years.map((year) =>
    cents(analysis.ownRevenueUses.filter((u) => u.year === year).reduce((sum, u) => sum + u.amount, 0)),
  );
  const costs = years.map((year) => analysis.cashFlow.years.find((y) => y.year === year)?.costs ?? 0);
  const gap = years.map((_, i) =>
    cents(Math.max(0, (costs[i] ?? 0) - (funded[i] ?? 0) - (ownRevenue[i] ?? 0))),
  );
  const sum = (values: number[]) => cents(values.reduce((s, v) => s + v, 0));
  return {
    years,
    rows,
    funded,
    ownRevenue,
    costs,
    gap,
    totals: { funded: sum(funded), ownRevenue: sum(ownRevenue), costs: sum(costs), gap: sum(gap) },
  };
}

function rank(order: readonly string[], id: string): number {
  const index = order.indexOf(id);
  return index < 0 ? order.length : index;
}

export interface StreamUseCell {
  used: number;
  budget: number | null;
  usedShare: number | null;
}

export interface StreamUseRow {
  streamId: string;
  silo: string;
  cells: StreamUseCell[];
  total: number;
}

export interface StreamUseTable {
  years: number[];
  /** Streams the blend uses, grouped by silo (silos in first-appearance order). */
  rows: StreamUseRow[];
  /** Streams with a row in the analysis that the blend never uses. */
  unused: string[];
  /** Years of the analysis in which no stream pays anything (left out of `years`). */
  yearsWithoutUse: number[];
}

/**
 * The portfolio's use of each stream per year, streams in the workspace's order within
 * their silo. A guarantee pays no cost, so it never has a use here; one that backs a loan
 * in the scenario is not "unused" either (the guarantees table shows it).
 */
export function streamUseTable(portfolio: PortfolioAnalysis, streamOrder: readonly string[]): StreamUseTable {
  const backing = new Set(portfolio.guarantees.map((g) => g.streamId));
  const years = [...new Set(portfolio.streamUse.map((u) => u.year))].sort((a, b) => a - b);
  const ids = [...new Set(portfolio.streamUse.map((u) => u.streamId))].sort(
    (a, b) => rank(streamOrder, a) - rank(streamOrder, b),
  );
  const all = ids.map((streamId) => {
    const uses = portfolio.streamUse.filter((u) => u.streamId === streamId);
    const cells = years.map((year) => {
      const use = uses.find((u) => u.year === year);
      return { used: use?.used ?? 0, budget: use?.budget ?? null, usedShare: use?.usedShare ?? null };
    });
    return {
      streamId,
      silo: uses[0]?.silo ?? '',
      cells,
      total: cents(cells.reduce((sum, cell) => sum + cell.used, 0)),
    };
  });
  const used = all.filter((row) => row.total > 0);
  const silos = [...new Set(used.map((row) => row.silo))];
  // A year in which no stream pays anything would be a column of dashes: it is named below the table instead.
  const keep = years.map((_, i) => used.some((row) => (row.cells[i]?.used ?? 0) > 0));
  return {
    years: years.filter((_, i) => keep[i]),
    rows: silos.flatMap((silo) =>
      used
        .filter((row) => row.silo === silo)
        .map((row) => ({ ...row, cells: row.cells.filter((_, i) => keep[i]) })),
    ),
    unused: all.filter((row) => row.total <= 0 && !backing.has(row.streamId)).map((row) => row.streamId),
    yearsWithoutUse: years.filter((_, i) => !keep[i]),
  };
}

/** The ids of the plans in at least one reported scenario. */
export function reportedPlanIds(model: ReportModel): Set<string> {
  return new Set(model.scenarios.flatMap((s) => s.scenario.plans));
}
