import type { Cooperative, Sector } from '../../model/cooperative';
import type { Plan } from '../../model/plan';
import type { CostCategory, FundingStream } from '../../model/stream';
import type { Workspace } from '../../model/workspace';
import { debtServicePerEuro, repaymentsPerEuro } from '../loans';
import { aidPerEuro, isSgeiAidFor } from '../state-aid';
import { planAwardData, type PlanAwardData } from './awards';
import { costSector, fundsCost, openToStage } from './eligibility';
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
  /**
   * What one euro of this stream counts towards de minimis (its gross grant equivalent:
   * 1 for a grant, the interest saved against the reference rate for a loan); 0 when the
   * stream is no state aid.
   */
  gge: number;
  /** Money that comes back to a revolving fund per euro drawn, by years after the draw (empty otherwise). */
  returns: readonly { offset: number; factor: number }[];
  /** The plans' own revenue, modelled as a stream of its own (the last one): see `ownRevenueStream`. */
  ownRevenue: boolean;
}

export interface LineData {
  id: string;
  /** Number of this line among every plan's lines in the problem (for integer keys). */
  slot: number;
  category: CostCategory;
  /** The line's own sector, else the cooperative's: what a stream's sector rule checks. */
  sector: Sector;
  /** Cost per year, in cents. */
  amounts: ReadonlyMap<number, number>;
}

export interface LockData {
  streamIndex: number;
  costId: string;
  category: CostCategory;
  sector: Sector;
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
  /** Streams open to the plan's cooperative (stage; the sector is judged per cost line), by stream index. */
  streams: number[];
  /** Guarantees the plan's cooperative may have (sector and stage), by stream index. */
  guarantees: number[];
  locks: LockData[];
  /** The plan's refused streams (left out of `streams` and `guarantees`) and granted totals (awards.ts). */
  awards: PlanAwardData;
  /** Revenue in a year; after the plan's last year, the last year's revenue (spec rule 7). */
  revenueIn(year: number): number;
}

export interface BlendProblem {
  workspace: Workspace;
  /** The workspace's streams in order, then the plans' own revenue (`ownRevenueIndex`). */
  streams: StreamData[];
  ownRevenueIndex: number;
  plans: PlanData[];
  minDscr: number;
  deMinimisCeiling: number;
  /** General and SGEI de minimis together, for cooperatives entrusted with an SGEI. */
  sgeiCeiling: number;
  deMinimisPeriod: number;
}

/** Whether aid of this stream to this cooperative counts as SGEI de minimis aid (Reg. (EU) 2023/2832). */
export function isSgeiAid(s: StreamData, cooperative: Cooperative): boolean {
  return isSgeiAidFor(s.stream, cooperative);
}

/**
 * The plans' own revenue as a stream: it may pay any cost line, counts in no budget, cap
 * or de minimis, and is not private money for matching. How much of it a plan has in a
 * year is the plan's revenue (the column bound), and what it uses leaves less cash for
 * debt service (formulation-plan.ts).
 */
export const OWN_REVENUE_ID = 'own-revenue';

function ownRevenueStream(index: number): StreamData {
  const stream: FundingStream = {
    id: OWN_REVENUE_ID,
    name: 'own revenue',
    silo: OWN_REVENUE_ID,
    kind: 'grant',
    public: true,
    stateAid: false,
    draft: false,
    awardProbability: 1,
    revolving: false,
    revolvingInterest: false,
    sgei: false,
  };
  return {
    index,
    stream,
    factor: 1,
    budgetIn: () => Number.POSITIVE_INFINITY,
    maxPerPlan: Number.POSITIVE_INFINITY,
    categories: null,
    isPrivate: false,
    debtFactors: [],
    gge: 0,
    returns: [],
    ownRevenue: true,
  };
}

/** Per euro drawn: repayments that come back to a revolving fund (principal, and interest if the stream says so). */
function revolvingReturns(stream: FundingStream): { offset: number; factor: number }[] {
  if (!stream.revolving || stream.loan === undefined) return [];
  return repaymentsPerEuro(stream.loan).map((r) => ({
    offset: r.offset,
    factor: r.principal + (stream.revolvingInterest ? r.interest : 0),
  }));
}

function streamData(
  stream: FundingStream,
  index: number,
  factor: number,
  deMinimis: Workspace['settings']['deMinimis'],
): StreamData {
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
    gge: aidPerEuro(stream, deMinimis),
    returns: revolvingReturns(stream),
    ownRevenue: false,
  };
}

/** Whether a guarantee may back this cooperative's loans (sector and stage rules). */
function fitsCooperative(stream: FundingStream, cooperative: Cooperative): boolean {
  // A draft is still being set up (its budget and eligibility may be unset): no blend uses it.
  if (stream.draft) return false;
  const eligible = stream.eligible;
  if (eligible?.sectors !== undefined && !eligible.sectors.includes(cooperative.sector)) return false;
  if (eligible?.stages !== undefined && !eligible.stages.includes(cooperative.stage)) return false;
  return true;
}

/**
 * Whether stream `s` may pay a cost of `line`'s category and sector in `year` for `plan`'s
 * cooperative (eligibility.ts: category, sector, stage, year window; a pool where any
 * member may).
 */
export function streamFits(
  s: StreamData,
  plan: Pick<PlanData, 'cooperative'>,
  line: { category: CostCategory; sector: Sector },
  year: number,
): boolean {
  if (s.ownRevenue) return true;
  if (s.categories !== null && !s.categories.has(line.category)) return false;
  return fundsCost(s.stream, {
    category: line.category,
    sector: line.sector,
    stage: plan.cooperative.stage,
    year,
  });
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
    sector: costSector(cost, cooperative.sector),
    amounts: amountsByYear(cost.amounts),
  }));
  const totalCost = lines.reduce(
    (sum, line) => sum + [...line.amounts.values()].reduce((a, b) => a + b, 0),
    0,
  );
  const byStreamId = new Map(streams.map((s) => [s.stream.id, s]));
  const awards = planAwardData(plan, byStreamId);
  const lineOf = new Map(lines.map((line) => [line.id, line]));
  const locks: LockData[] = [];
  for (const lock of plan.locked) {
    const stream = byStreamId.get(lock.streamId);
    const line = lineOf.get(lock.costId);
    if (stream === undefined || line === undefined || lock.amount === 0) continue;
    const same = locks.find(
      (l) => l.streamIndex === stream.index && l.costId === lock.costId && l.year === lock.year,
    );
    if (same !== undefined) same.amount += lock.amount;
    else
      locks.push({
        streamIndex: stream.index,
        costId: lock.costId,
        category: line.category,
        sector: line.sector,
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
    // Guarantees pay no cost line (rule 'guarantee' is not modelled as a payer).
    streams: streams
      .filter(
        (s) => s.ownRevenue || (s.stream.kind !== 'guarantee' && openToStage(s.stream, cooperative.stage)),
      )
      .map((s) => s.index)
      .filter((i) => !awards.refused.has(i)),
    guarantees: streams
      .filter((s) => s.stream.kind === 'guarantee' && fitsCooperative(s.stream, cooperative))
      .map((s) => s.index)
      .filter((i) => !awards.refused.has(i)),
    locks,
    awards,
    revenueIn: (year) => (year > lastYear ? revenue(lastYear) : revenue(year)),
  };
}

/** Gathers everything the formulation needs, in request order and stream order. */
export function buildProblem(workspace: Workspace, request: BlendRequest): BlendProblem {
  const { deMinimis } = workspace.settings;
  const streams = workspace.fundingStreams.map((stream, index) =>
    streamData(stream, index, request.streamFactors?.[stream.id] ?? 1, deMinimis),
  );
  const ownRevenueIndex = streams.length;
  streams.push(ownRevenueStream(ownRevenueIndex));
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
    ownRevenueIndex,
    plans,
    minDscr: workspace.settings.minDscr,
    deMinimisCeiling: deMinimis.ceiling,
    sgeiCeiling: deMinimis.sgeiCeiling,
    deMinimisPeriod: deMinimis.periodYears,
  };
}
