import type { Cooperative } from '../../model/cooperative';
import type { Plan } from '../../model/plan';
import type { CostCategory, FundingStream } from '../../model/stream';
import type { Workspace } from '../../model/workspace';
import { debtServicePerEuro } from '../loans';
import type { BlendRequest } from './types';

/** Rounds half away from zero to whole cents (scenario factors can make fractions). */
export function roundCents(value: number): number {
  return Math.sign(value) * Math.round(Math.abs(value));
}

export interface StreamData {
  index: number;
  stream: FundingStream;
  factor: number;
  /** Effective payout limit per calendar year in cents (Infinity when unlimited). */
  budgetIn(year: number): number;
  /** Effective maxPerPlan in cents (Infinity when absent). */
  maxPerPlan: number;
  categories: ReadonlySet<CostCategory> | null;
  isPrivate: boolean;
  /** Debt service per euro drawn, by years after the draw (empty for non-loans). */
  debtFactors: readonly { offset: number; factor: number }[];
}

export interface LineData {
  id: string;
  /** Number of this line among every plan's lines in the problem (for integer keys). */
  slot: number;
  category: CostCategory;
  /** Cost per year, in cents. */
  amounts: ReadonlyMap<number, number>;
}

export interface LockData {
  streamIndex: number;
  costId: string;
  category: CostCategory;
  year: number;
  amount: number;
}

export interface PlanData {
  index: number;
  plan: Plan;
  cooperative: Cooperative;
  years: number[];
  firstYear: number;
  lastYear: number;
  lines: LineData[];
  /** `slot` of each of the plan's cost lines, by cost id. */
  lineSlots: ReadonlyMap<string, number>;
  totalCost: number;
  /** Streams the plan's cooperative may draw on (sector and stage), by stream index. */
  streams: number[];
  locks: LockData[];
  /** Revenue in a year; after the plan's last year, the last year's revenue (spec rule 7). */
  revenueIn(year: number): number;
}

export interface BlendProblem {
  workspace: Workspace;
  streams: StreamData[];
  plans: PlanData[];
  minDscr: number;
  deMinimisCeiling: number;
  deMinimisPeriod: number;
}

function streamData(stream: FundingStream, index: number, factor: number): StreamData {
  const budget = stream.budgetPerYear;
  const budgetIn =
    budget === undefined
      ? () => Number.POSITIVE_INFINITY
      : typeof budget === 'number'
        ? () => roundCents(budget * factor)
        : (year: number) => roundCents((budget[String(year)] ?? 0) * factor);
  return {
    index,
    stream,
    factor,
    budgetIn,
    maxPerPlan:
      stream.maxPerPlan === undefined ? Number.POSITIVE_INFINITY : roundCents(stream.maxPerPlan * factor),
    categories: stream.eligible?.categories === undefined ? null : new Set(stream.eligible.categories),
    isPrivate: !stream.public,
    debtFactors: stream.kind === 'loan' && stream.loan !== undefined ? debtServicePerEuro(stream.loan) : [],
  };
}

/** Whether a stream may fund this cooperative at all (sector and stage rules). */
function fitsCooperative(stream: FundingStream, cooperative: Cooperative): boolean {
  const eligible = stream.eligible;
  if (eligible?.sectors !== undefined && !eligible.sectors.includes(cooperative.sector)) return false;
  if (eligible?.stages !== undefined && !eligible.stages.includes(cooperative.stage)) return false;
  return true;
}

/** Whether stream `s` may pay a cost of `category` in `year` (category and year-window rules). */
export function streamFits(s: StreamData, category: CostCategory, year: number): boolean {
  if (s.categories !== null && !s.categories.has(category)) return false;
  const window = s.stream.years;
  return window === undefined || (year >= window[0] && year <= window[1]);
}

function amountsByYear(amounts: Readonly<Record<string, number>>): Map<number, number> {
  const byYear = new Map<number, number>();
  for (const year in amounts) byYear.set(Number(year), amounts[year]!);
  return byYear;
}

function planData(
  workspace: Workspace,
  plan: Plan,
  index: number,
  streams: StreamData[],
  firstSlot: number,
): PlanData {
  const cooperative = workspace.cooperatives.find((c) => c.id === plan.cooperativeId);
  if (cooperative === undefined)
    throw new Error(`plan ${plan.id}: cooperative ${plan.cooperativeId} not found`);
  const years = Array.from({ length: plan.years }, (_, i) => plan.startYear + i);
  const lines: LineData[] = plan.costs.map((cost, i) => ({
    id: cost.id,
    slot: firstSlot + i,
    category: cost.category,
    amounts: amountsByYear(cost.amounts),
  }));
  const totalCost = lines.reduce(
    (sum, line) => sum + [...line.amounts.values()].reduce((a, b) => a + b, 0),
    0,
  );
  const byStreamId = new Map(streams.map((s) => [s.stream.id, s]));
  const categoryOf = new Map(plan.costs.map((c) => [c.id, c.category]));
  const locks: LockData[] = [];
  for (const lock of plan.locked) {
    const stream = byStreamId.get(lock.streamId);
    const category = categoryOf.get(lock.costId);
    if (stream === undefined || category === undefined || lock.amount === 0) continue;
    const same = locks.find(
      (l) => l.streamIndex === stream.index && l.costId === lock.costId && l.year === lock.year,
    );
    if (same !== undefined) same.amount += lock.amount;
    else
      locks.push({
        streamIndex: stream.index,
        costId: lock.costId,
        category,
        year: lock.year,
        amount: lock.amount,
      });
  }
  const lastYear = plan.startYear + plan.years - 1;
  // Looked up for every loan amount the ledger checks: numeric keys, converted once.
  const revenueByYear = amountsByYear(plan.revenues as Readonly<Record<string, number>>);
  const revenue = (year: number) => revenueByYear.get(year) ?? 0;
  return {
    index,
    plan,
    cooperative,
    years,
    firstYear: plan.startYear,
    lastYear,
    lines,
    lineSlots: new Map(lines.map((line) => [line.id, line.slot])),
    totalCost,
    streams: streams.filter((s) => fitsCooperative(s.stream, cooperative)).map((s) => s.index),
    locks,
    revenueIn: (year) => (year > lastYear ? revenue(lastYear) : revenue(year)),
  };
}

/** Gathers everything the formulation needs, in request order and stream order. */
export function buildProblem(workspace: Workspace, request: BlendRequest): BlendProblem {
  const streams = workspace.fundingStreams.map((stream, index) =>
    streamData(stream, index, request.streamFactors?.[stream.id] ?? 1),
  );
  const byId = new Map(workspace.plans.map((p) => [p.id, p]));
  let slots = 0;
  const plans = request.planIds.map((id, index) => {
    const plan = byId.get(id);
    if (plan === undefined) throw new Error(`plan ${id} not found`);
    const data = planData(workspace, plan, index, streams, slots);
    slots += data.lines.length;
    return data;
  });
  return {
    workspace,
    streams,
    plans,
    minDscr: workspace.settings.minDscr,
    deMinimisCeiling: workspace.settings.deMinimis.ceiling,
    deMinimisPeriod: workspace.settings.deMinimis.periodYears,
  };
}
