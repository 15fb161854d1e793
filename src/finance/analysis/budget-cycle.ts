import { poolMembersOf } from '../blend/eligibility';
import type { Allocation, BlendResult } from '../blend/types';
import { asCents, type Cents } from '../../model/money';
import { continuesAfterPlan, type Plan } from '../../model/plan';
import type { Scenario } from '../../model/scenario';
import { siloLabel } from '../../model/silo';
import { budgetNatureOf, type BudgetNature, type FundingStream } from '../../model/stream';
import type { Workspace } from '../../model/workspace';
import { amountInYear } from '../../model/years';

/*
 * The budget cycle (begrotingscyclus, issue 15 point 5): which of the blended money
 * rests on structural budgets (in the multi-year budget every year) and which on
 * one-off money (a pilot, a one-time fund, an EU programme period), per budget year
 * and silo; and per plan what it needs after its last year to keep running, with the
 * part of that need that one-off money pays today (the "cliff"). Formulas:
 * docs/methodology.md "Budget cycle". Pure: a workspace, a scenario and its blend in,
 * cents out.
 */

/** The money one silo put into the scenario's plans in one budget year, by budget nature. */
export interface BudgetCycleCell {
  year: number;
  silo: string;
  siloLabel: string;
  structural: Cents;
  oneOff: Cents;
}

/** One budget year over all silos, with the plans' continuing need once their years have ended. */
export interface BudgetCycleYear {
  year: number;
  structural: Cents;
  oneOff: Cents;
  /** The plans' own revenue paying their costs: no budget's money, so kept apart. */
  ownRevenue: Cents;
  /** What the plans whose last year lies before this year need to keep running (sum of `PlanNeed.need`). */
  needAfterPilots: Cents;
  /** The part of `needAfterPilots` that one-off money paid in those plans' last years. */
  oneOffCliff: Cents;
}

/** What one plan needs per year after its last year to keep running, and how that is paid today. */
export interface PlanNeed {
  planId: string;
  cooperativeId: string;
  name: string;
  lastYear: number;
  /** The cost lines that continue (`continuesAfterPlan`), at their last-year amounts. */
  continuingCost: Cents;
  /** The plan's revenue in its last year. */
  revenue: Cents;
  /** Per year after `lastYear`: max(0, continuingCost - revenue). */
  need: Cents;
  /** What one-off streams paid of the continuing lines in the last year (all of it). */
  oneOffPaid: Cents;
  /** What structural streams paid of the continuing lines in the last year (all of it). */
  structuralPaid: Cents;
  /** What one-off streams paid of the continuing lines in the last year, up to `need`: it stops. */
  oneOffFunded: Cents;
  /** What structural streams paid of the continuing lines in the last year, up to the rest of `need`. */
  structuralFunded: Cents;
  /** need - oneOffFunded - structuralFunded: already unfunded in the last year. */
  unfunded: Cents;
  /** oneOffFunded / need; null when the plan needs nothing. */
  oneOffShare: number | null;
}

export interface BudgetCycle {
  scenarioId: string;
  /** Every silo that paid something, in the order of the workspace's streams. */
  silos: { silo: string; label: string }[];
  /** Year by year, and within a year in `silos` order; only silos with money that year. */
  cells: BudgetCycleCell[];
  years: BudgetCycleYear[];
  plans: PlanNeed[];
  totals: {
    structural: Cents;
    oneOff: Cents;
    ownRevenue: Cents;
    /** Sum of the plans' yearly needs (one year's worth each). */
    need: Cents;
    oneOffCliff: Cents;
  };
}

function add(map: Map<string, number>, key: string, amount: number): void {
  map.set(key, (map.get(key) ?? 0) + amount);
}

/** A member stream's budget in `year` after the scenario's factor; 0 outside its years. */
function memberBudgetIn(stream: FundingStream, factor: number, year: number): number {
  if (stream.years !== undefined && (year < stream.years[0] || year > stream.years[1])) return 0;
  const budget = stream.budgetPerYear;
  if (budget === undefined) return 0;
  return (typeof budget === 'number' ? budget : (budget[String(year)] ?? 0)) * factor;
}

/**
 * The streams an allocation's money really comes from, with their cents. A pooled
 * stream of a de-siloing scenario (src/impact/desiloing.ts) is split over its members
 * in proportion to their budgets that year, so its money keeps each member's silo and
 * budget nature; the cents are shared by largest remainder, so the parts add up exactly.
 */
function sourcesOf(
  allocation: Allocation,
  stream: FundingStream,
  factors: Readonly<Record<string, number>>,
): { stream: FundingStream; amount: number }[] {
  const members = poolMembersOf(stream);
  if (members === undefined || members.length === 0) return [{ stream, amount: allocation.amount }];
  const weights = members.map((m) => memberBudgetIn(m, factors[m.id] ?? 1, allocation.year));
  const total = weights.reduce((a, b) => a + b, 0);
  const shares = total > 0 ? weights.map((w) => w / total) : members.map(() => 1 / members.length);
  const exact = shares.map((share) => share * allocation.amount);
  const parts = exact.map(Math.floor);
  let left = allocation.amount - parts.reduce((a, b) => a + b, 0);
  const order = exact
    .map((value, i) => ({ i, rest: value - Math.floor(value) }))
    .sort((a, b) => b.rest - a.rest);
  for (const { i } of order) {
    if (left <= 0) break;
    parts[i]! += 1;
    left -= 1;
  }
  return members.map((member, i) => ({ stream: member, amount: parts[i]! }));
}

function lastYearOf(plan: Plan): number {
  return plan.startYear + plan.years - 1;
}

function planNeed(plan: Plan, sources: readonly Source[]): PlanNeed {
  const lastYear = lastYearOf(plan);
  const continuing = new Set(plan.costs.filter(continuesAfterPlan).map((c) => c.id));
  const continuingCost = plan.costs
    .filter((c) => continuing.has(c.id))
    .reduce((sum, c) => sum + amountInYear(c.amounts, lastYear), 0);
  const revenue = amountInYear(plan.revenues, lastYear);
  let paidStructural = 0;
  let paidOneOff = 0;
  for (const s of sources) {
    if (s.planId !== plan.id || s.year !== lastYear || !continuing.has(s.costId)) continue;
    if (s.nature === 'one-off') paidOneOff += s.amount;
    else paidStructural += s.amount;
  }
  const need = Math.max(0, continuingCost - revenue);
  // One-off money counts first: the council's cautious reading of what stops.
  const oneOffFunded = Math.min(need, paidOneOff);
  const structuralFunded = Math.min(need - oneOffFunded, paidStructural);
  return {
    planId: plan.id,
    cooperativeId: plan.cooperativeId,
    name: plan.name,
    lastYear,
    continuingCost: asCents(continuingCost),
    revenue: asCents(revenue),
    need: asCents(need),
    oneOffPaid: asCents(paidOneOff),
    structuralPaid: asCents(paidStructural),
    oneOffFunded: asCents(oneOffFunded),
    structuralFunded: asCents(structuralFunded),
    unfunded: asCents(need - oneOffFunded - structuralFunded),
    oneOffShare: need === 0 ? null : oneOffFunded / need,
  };
}

/** Blended money by the stream it really comes from (pools split over their members). */
interface Source {
  planId: string;
  costId: string;
  year: number;
  silo: string;
  nature: BudgetNature;
  amount: number;
}

/** The horizon's years plus any year the blend put money in, ascending. */
function budgetYears(workspace: Workspace, result: BlendResult): number[] {
  const { startYear, horizonYears } = workspace.settings;
  const years = new Set<number>();
  for (let year = startYear; year < startYear + horizonYears; year++) years.add(year);
  for (const a of result.allocations) years.add(a.year);
  for (const r of result.ownRevenue) years.add(r.year);
  return [...years].sort((a, b) => a - b);
}

/**
 * The budget cycle of a scenario under its blend. `workspace` is the one the scenario
 * blends (src/impact/scenario.ts `scenarioOverlay`: pooled silos, levers) and `result`
 * the blend of exactly the scenario's plans with its stream factors.
 */
export function budgetCycle(workspace: Workspace, scenario: Scenario, result: BlendResult): BudgetCycle {
  const streams = new Map<string, FundingStream>(workspace.fundingStreams.map((s) => [s.id, s]));
  const streamOf = (id: string): FundingStream => {
    const stream = streams.get(id);
    // A blend only allocates the workspace's own streams.
    if (stream === undefined) throw new Error(`Allocation names unknown stream "${id}"`);
    return stream;
  };
  const sources: Source[] = result.allocations.flatMap((a) =>
    sourcesOf(a, streamOf(a.streamId), scenario.streamFactors).map(({ stream, amount }) => ({
      planId: a.planId,
      costId: a.costId,
      year: a.year,
      silo: stream.silo,
      nature: budgetNatureOf(stream),
      amount,
    })),
  );

  const money = new Map<string, number>();
  const paidSilos = new Set<string>();
  for (const s of sources) {
    paidSilos.add(s.silo);
    add(money, `${s.year}|${s.silo}|${s.nature}`, s.amount);
  }
  const ownRevenue = new Map<string, number>();
  for (const r of result.ownRevenue) add(ownRevenue, String(r.year), r.amount);

  const silos: BudgetCycle['silos'] = [];
  const inOrder = workspace.fundingStreams.flatMap((stream) => poolMembersOf(stream) ?? [stream]);
  for (const stream of inOrder) {
    if (paidSilos.has(stream.silo) && !silos.some((s) => s.silo === stream.silo)) {
      silos.push({ silo: stream.silo, label: siloLabel(stream.silo) });
    }
  }

  const plans = scenario.plans.flatMap((id) => {
    const plan = workspace.plans.find((p) => p.id === id);
    return plan === undefined ? [] : [planNeed(plan, sources)];
  });

  const cells: BudgetCycleCell[] = [];
  const years: BudgetCycleYear[] = [];
  for (const year of budgetYears(workspace, result)) {
    let structural = 0;
    let oneOff = 0;
    for (const { silo, label } of silos) {
      const s = money.get(`${year}|${silo}|structural`) ?? 0;
      const o = money.get(`${year}|${silo}|one-off`) ?? 0;
      if (s === 0 && o === 0) continue;
      cells.push({ year, silo, siloLabel: label, structural: asCents(s), oneOff: asCents(o) });
      structural += s;
      oneOff += o;
    }
    const ended = plans.filter((p) => p.lastYear < year);
    years.push({
      year,
      structural: asCents(structural),
      oneOff: asCents(oneOff),
      ownRevenue: asCents(ownRevenue.get(String(year)) ?? 0),
      needAfterPilots: asCents(ended.reduce((sum, p) => sum + p.need, 0)),
      oneOffCliff: asCents(ended.reduce((sum, p) => sum + p.oneOffFunded, 0)),
    });
  }

  const sum = <T>(items: readonly T[], pick: (item: T) => number) =>
    asCents(items.reduce((total, item) => total + pick(item), 0));
  return {
    scenarioId: scenario.id,
    silos,
    cells,
    years,
    plans,
    totals: {
      structural: sum(years, (y) => y.structural),
      oneOff: sum(years, (y) => y.oneOff),
      ownRevenue: sum(years, (y) => y.ownRevenue),
      need: sum(plans, (p) => p.need),
      oneOffCliff: sum(plans, (p) => p.oneOffFunded),
    },
  };
}
