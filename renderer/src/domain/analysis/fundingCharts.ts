import type { PlanJson } from '../../../../src/model/plan';
import { COST_CATEGORIES, type CostCategory } from '../../../../src/model/stream';
import { sumEuros } from '../money';
import { planYears } from '../plans';
import type { AnalysedAllocation, OwnRevenueUseJson } from './types';

/** One bar of the "funding per year by silo" chart. */
export interface FundingYear {
  year: number;
  /** Euros per silo this year (silos without money this year are absent). */
  bySilo: Record<string, number>;
  /** Outside money: every stream's allocations this year. */
  funded: number;
  /** The plan's own revenue paying its costs this year (eigen inkomsten). */
  ownRevenue: number;
  cost: number;
  /** Cost paid neither from outside nor by own revenue this year (never negative). */
  gap: number;
}

export interface FundingBySilo {
  /** Silos with any money, largest total first (the stack order, bottom up). */
  silos: string[];
  years: FundingYear[];
}

function add<K>(map: Map<K, number[]>, key: K, euros: number): void {
  const list = map.get(key);
  if (list === undefined) map.set(key, [euros]);
  else list.push(euros);
}

function totals<K>(map: Map<K, number[]>): Map<K, number> {
  return new Map([...map].map(([key, values]) => [key, sumEuros(values)]));
}

/** Silos ordered by their total, largest first; ties by name so the order is stable. */
function silosBySize(allocations: readonly AnalysedAllocation[]): string[] {
  const bySilo = new Map<string, number[]>();
  for (const allocation of allocations) add(bySilo, allocation.silo, allocation.amount);
  return [...totals(bySilo)]
    .filter(([, total]) => total > 0)
    .sort(([a, x], [b, y]) => y - x || a.localeCompare(b))
    .map(([silo]) => silo);
}

function planCostIn(plan: PlanJson, year: number): number {
  return sumEuros(plan.costs.map((cost) => cost.amounts[String(year)] ?? 0));
}

/**
 * Funding per plan year stacked by silo, then the plan's own revenue, with the gap on
 * top: outside money + own revenue + gap is the year's cost.
 */
export function fundingBySilo(
  plan: PlanJson,
  allocations: readonly AnalysedAllocation[],
  ownRevenueUses: readonly OwnRevenueUseJson[] = [],
): FundingBySilo {
  const silos = silosBySize(allocations);
  const years = planYears(plan).map((year): FundingYear => {
    const bySiloLists = new Map<string, number[]>();
    for (const allocation of allocations) {
      if (allocation.year === year && allocation.amount > 0)
        add(bySiloLists, allocation.silo, allocation.amount);
    }
    const bySilo = Object.fromEntries(totals(bySiloLists));
    const funded = sumEuros(Object.values(bySilo));
    const ownRevenue = sumEuros(ownRevenueUses.filter((u) => u.year === year).map((u) => u.amount));
    const cost = planCostIn(plan, year);
    return {
      year,
      bySilo,
      funded,
      ownRevenue,
      cost,
      gap: Math.max(0, sumEuros([cost, -funded, -ownRevenue])),
    };
  });
  return { silos, years };
}

export interface SankeyNodeDatum {
  name: string;
  kind: 'silo' | 'ownRevenue' | 'gap' | 'category';
  /** The silo or category code (for colours and labels), '' for own revenue and the gap. */
  code: string;
}

export interface SankeyLinkDatum {
  source: number;
  target: number;
  value: number;
}

export interface SiloCategoryFlows {
  nodes: SankeyNodeDatum[];
  links: SankeyLinkDatum[];
}

/**
 * Silos on the left, cost categories on the right, each link the euros a silo pays
 * for a category; the plan's own revenue flows from its own node, and the unpaid part
 * of each category from a "gap" node. Nodes without any flow are left out (a Sankey
 * cannot draw them).
 */
export function siloCategoryFlows(
  plan: PlanJson,
  allocations: readonly AnalysedAllocation[],
  names: {
    silo: (silo: string) => string;
    category: (category: CostCategory) => string;
    ownRevenue: string;
    gap: string;
  },
  ownRevenueUses: readonly OwnRevenueUseJson[] = [],
): SiloCategoryFlows {
  const categoryOf = new Map(plan.costs.map((cost) => [cost.id, cost.category]));
  const flows = new Map<string, number[]>();
  const funded = new Map<CostCategory, number[]>();
  const own = new Map<string, number[]>();
  for (const allocation of allocations) {
    const category = categoryOf.get(allocation.costId);
    if (category === undefined || allocation.amount <= 0) continue;
    add(flows, `${allocation.silo}\u0000${category}`, allocation.amount);
    add(funded, category, allocation.amount);
  }
  for (const use of ownRevenueUses) {
    const category = categoryOf.get(use.costId);
    if (category === undefined || use.amount <= 0) continue;
    add(own, category, use.amount);
    add(funded, category, use.amount);
  }
  const ownByCategory = totals(own);
  const costOf = (category: CostCategory) =>
    sumEuros(
      plan.costs.filter((cost) => cost.category === category).flatMap((cost) => Object.values(cost.amounts)),
    );
  const gapOf = (category: CostCategory): number =>
    Math.max(0, sumEuros([costOf(category), -sumEuros(funded.get(category) ?? [])]));

  const categories = COST_CATEGORIES.filter((category) => costOf(category) > 0);
  // Only flows into a category the plan has: a Sankey node without links (or a link to a
  // missing node) is drawn at NaN. Allocations of a blend older than the plan can name
  // a line whose amounts are gone.
  const flowTotals = [...totals(flows)].filter(([key, total]) => {
    const category = key.split('\u0000')[1] as CostCategory;
    return total > 0 && categories.includes(category);
  });
  const flowing = new Set(flowTotals.map(([key]) => key.split('\u0000')[0]));
  const silos = silosBySize(allocations).filter((silo) => flowing.has(silo));
  const hasGap = categories.some((category) => gapOf(category) > 0);
  const hasOwn = categories.some((category) => (ownByCategory.get(category) ?? 0) > 0);
  const ownIndex = silos.length;
  const gapIndex = silos.length + (hasOwn ? 1 : 0);
  const nodes: SankeyNodeDatum[] = [
    ...silos.map((silo): SankeyNodeDatum => ({ name: names.silo(silo), kind: 'silo', code: silo })),
    ...(hasOwn ? [{ name: names.ownRevenue, kind: 'ownRevenue' as const, code: '' }] : []),
    ...(hasGap ? [{ name: names.gap, kind: 'gap' as const, code: '' }] : []),
    ...categories.map((category): SankeyNodeDatum => ({
      name: names.category(category),
      kind: 'category',
      code: category,
    })),
  ];
  const categoryIndex = (category: CostCategory) =>
    nodes.length - categories.length + categories.indexOf(category);
  const links: SankeyLinkDatum[] = [];
  for (const [key, total] of flowTotals) {
    const [silo = '', category = 'other'] = key.split('\u0000') as [string, CostCategory];
    links.push({ source: silos.indexOf(silo), target: categoryIndex(category), value: total });
  }
  for (const category of categories) {
    const amount = ownByCategory.get(category) ?? 0;
    if (amount > 0) links.push({ source: ownIndex, target: categoryIndex(category), value: amount });
  }
  if (hasGap) {
    for (const category of categories) {
      const gap = gapOf(category);
      if (gap > 0) links.push({ source: gapIndex, target: categoryIndex(category), value: gap });
    }
  }
  return { nodes, links };
}
