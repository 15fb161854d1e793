import type { CooperativeAnalysis } from './cooperative-schema';
import type { Plan } from '../../model/plan';
import type { Scenario } from '../../model/scenario';
import type { Workspace } from '../../model/workspace';
import { asCents } from '../../model/money';
import type { BlendResult } from '../blend/types';
import { planCashFlow, streamById } from '../cashflow';
import { deMinimisHeadroom } from '../metrics/deMinimis';
import { awardsInEuros } from './awards';
import { sgeiDeMinimisHeadroom } from './cooperative-aid';
import { deMinimisInEuros, euros } from './euros';

function add(map: Map<number, number>, year: number, value: number): void {
  map.set(year, (map.get(year) ?? 0) + value);
}

/** Every year from the first to the last, both included. */
function yearsOf(first: number, last: number) {
  const out: number[] = [];
  for (let year = first; year <= last; year++) out.push(year);
  return out;
}

/**
 * One cooperative under a scenario's portfolio blend (the cooperative page, issue 15):
 * its plans' funding, the euros each silo gives per year, its yearly cash position (the
 * plans' cash flows added up), de minimis room general and SGEI, and what became of its
 * awards. `result` must be the blend of the scenario's plans, as portfolio.analysis
 * blends them. De minimis room counts the cooperative's plans in the scenario; when it
 * has none there, its other plans without blend aid (prior aid only).
 */
export function cooperativeAnalysis(
  workspace: Workspace,
  cooperativeId: string,
  scenario: Scenario,
  result: BlendResult,
): CooperativeAnalysis {
  const plans: Plan[] = scenario.plans.flatMap((id) => {
    const plan = workspace.plans.find((p) => p.id === id);
    return plan !== undefined && plan.cooperativeId === cooperativeId ? [plan] : [];
  });
  const planIds = new Set(plans.map((p) => p.id));
  const allocations = result.allocations.filter((a) => planIds.has(a.planId));

  const siloOrder: string[] = [];
  const bySilo = new Map<string, Map<number, number>>();
  for (const a of allocations) {
    const silo = streamById(workspace, a.streamId).silo;
    let years = bySilo.get(silo);
    if (years === undefined) bySilo.set(silo, (years = new Map()));
    add(years, a.year, a.amount);
  }
  // Silos in the order their streams appear in the workspace, so every view stacks alike.
  for (const stream of workspace.fundingStreams)
    if (bySilo.has(stream.silo) && !siloOrder.includes(stream.silo)) siloOrder.push(stream.silo);

  const perYear = {
    costs: new Map<number, number>(),
    funded: new Map<number, number>(),
    ownRevenue: new Map<number, number>(),
    revenue: new Map<number, number>(),
    debtService: new Map<number, number>(),
    net: new Map<number, number>(),
  };
  let first = Infinity;
  let last = -Infinity;
  for (const plan of plans) {
    const flow = planCashFlow(workspace, plan, allocations, result.ownRevenue);
    first = Math.min(first, flow.firstYear);
    last = Math.max(last, flow.lastYear);
    for (const row of flow.years) {
      add(perYear.costs, row.year, row.costs);
      add(perYear.funded, row.year, row.totalInflows);
      add(perYear.ownRevenue, row.year, row.ownRevenue);
      add(perYear.revenue, row.year, row.revenue);
      add(perYear.debtService, row.year, row.debtService);
      add(perYear.net, row.year, row.net);
    }
  }
  let cumulative = 0;
  const years = plans.length === 0 ? [] : yearsOf(first, last);
  const at = (map: Map<number, number>, year: number) => euros(asCents(map.get(year) ?? 0));

  // De minimis room: the plans in the scenario with their blend aid, else every plan of the cooperative.
  const ownAll = workspace.plans.filter((p) => p.cooperativeId === cooperativeId);
  const aidPlans = plans.length > 0 ? plans : ownAll;
  // A guarantee pays no cost line but is aid too (its gross grant equivalent), as in the plan and portfolio metrics.
  const guarantees = result.guarantees.filter((g) => planIds.has(g.planId));
  const aidAllocations = plans.length > 0 ? [...allocations, ...guarantees] : [];

  return {
    cooperativeId,
    scenarioId: scenario.id,
    plans: result.plans
      .filter((p) => planIds.has(p.planId))
      .map((p) => ({
        planId: p.planId,
        totalCost: euros(p.totalCost),
        funded: euros(p.funded),
        ownRevenue: euros(p.ownRevenue),
        gap: euros(p.gap),
        fundedShare: p.fundedShare,
      })),
    siloFunding: siloOrder.flatMap((silo) =>
      [...(bySilo.get(silo) ?? new Map<number, number>())]
        .sort(([a], [b]) => a - b)
        .map(([year, amount]) => ({ silo, year, amount: euros(asCents(amount)) })),
    ),
    years: years.map((year) => {
      cumulative += perYear.net.get(year) ?? 0;
      const costs = perYear.costs.get(year) ?? 0;
      const covered = (perYear.funded.get(year) ?? 0) + (perYear.ownRevenue.get(year) ?? 0);
      return {
        year,
        costs: at(perYear.costs, year),
        funded: at(perYear.funded, year),
        ownRevenue: at(perYear.ownRevenue, year),
        gap: euros(asCents(Math.max(0, costs - covered))),
        revenue: at(perYear.revenue, year),
        debtService: at(perYear.debtService, year),
        net: at(perYear.net, year),
        cumulative: euros(asCents(cumulative)),
      };
    }),
    deMinimis:
      aidPlans.length === 0
        ? null
        : deMinimisInEuros(deMinimisHeadroom(workspace, cooperativeId, aidPlans, aidAllocations)),
    sgeiDeMinimis: sgeiDeMinimisHeadroom(workspace, cooperativeId, aidPlans, aidAllocations),
    awards: awardsInEuros(result.awards.filter((a) => planIds.has(a.planId))),
  };
}
