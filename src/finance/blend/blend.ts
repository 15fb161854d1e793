import type { Lang } from '../../i18n';
import { asCents } from '../../model/money';
import type { Workspace } from '../../model/workspace';
import { explain } from './explain';
import { pairKey, yearKey } from './keys';
import { toLines } from './flow';
import { formulate, type Formulation } from './formulation';
import { WITHDRAWN_AWARD } from './formulation-model';
import { loadHighs, solveFormulation, type SolvedFormulation } from './highs-solver';
import { buildProblem, type BlendProblem } from './problem';
import type { CentAmount } from './rounding';
import { roundBlend } from './rounding-exact';
import { revolvingFunds } from './revolving-funds';
import { awardOutcomes } from './award-outcomes';
import { BlendControl, type AwardSearchMode, type BlendProgress } from './progress';
import type { Allocation, BlendRequest, BlendResult, GuaranteeUse, OwnRevenueUse, PlanBlend } from './types';

function minimumAwardOf(f: Formulation) {
  return (b: number) => f.binaries[b]!.minimum;
}

/** Locked amounts and the solver's rounded amounts, one allocation per plan, stream, cost line and year. */
function allocations(problem: BlendProblem, cents: CentAmount[]): Allocation[] {
  interface Merged {
    planIndex: number;
    streamIndex: number;
    costId: string;
    /** The cost line's position in its plan, for the output order. */
    line: number;
    year: number;
    cents: number;
  }
  const merged = new Map<number, Merged>();
  const add = (planIndex: number, streamIndex: number, costId: string, year: number, amount: number) => {
    const plan = problem.plans[planIndex]!;
    const slot = plan.lineSlots.get(costId)!;
    const k = yearKey(pairKey(slot, streamIndex), year);
    const item = merged.get(k);
    if (item !== undefined) item.cents += amount;
    else merged.set(k, { planIndex, streamIndex, costId, line: slot, year, cents: amount });
  };
  for (const plan of problem.plans)
    for (const lock of plan.locks) add(plan.index, lock.streamIndex, lock.costId, lock.year, lock.amount);
  for (const c of cents)
    if (c.streamIndex !== problem.ownRevenueIndex) add(c.planIndex, c.streamIndex, c.costId, c.year, c.cents);
  return [...merged.values()]
    .filter((a) => a.cents > 0)
    .sort(
      (a, b) =>
        a.planIndex - b.planIndex || a.streamIndex - b.streamIndex || a.line - b.line || a.year - b.year,
    )
    .map((a) => ({
      planId: problem.plans[a.planIndex]!.plan.id,
      streamId: problem.streams[a.streamIndex]!.stream.id,
      costId: a.costId,
      year: a.year,
      amount: asCents(a.cents),
    }));
}

/** Costs no stream may pay are a gap only as far as the plan's own revenue leaves them open. */
function settleUncoverable(problem: BlendProblem, f: Formulation, cents: readonly CentAmount[]) {
  if (f.uncoverable.length === 0) return;
  for (const cell of f.uncoverable) {
    const plan = problem.plans[cell.planIndex]!;
    const lineOf = (costId: string) => plan.lines.find((l) => l.id === costId);
    for (const c of cents) {
      if (c.streamIndex !== problem.ownRevenueIndex || c.planIndex !== cell.planIndex) continue;
      const line = lineOf(c.costId);
      if (c.year === cell.year && line?.category === cell.category && line.sector === cell.sector)
        cell.amount -= c.cents;
    }
  }
  f.uncoverable = f.uncoverable.filter((cell) => cell.amount > 0);
}

/** The plans' own revenue paying their cost lines, in plan, cost line and year order. */
function ownRevenueUses(problem: BlendProblem, cents: CentAmount[]): OwnRevenueUse[] {
  return cents
    .filter((c) => c.streamIndex === problem.ownRevenueIndex && c.cents > 0)
    .map((c) => ({ c, slot: problem.plans[c.planIndex]!.lineSlots.get(c.costId)! }))
    .sort((a, b) => a.c.planIndex - b.c.planIndex || a.slot - b.slot || a.c.year - b.c.year)
    .map(({ c }) => ({
      planId: problem.plans[c.planIndex]!.plan.id,
      costId: c.costId,
      year: c.year,
      amount: asCents(c.cents),
    }));
}

function summaries(problem: BlendProblem, result: Allocation[], own: OwnRevenueUse[]): PlanBlend[] {
  const fundedByPlan = new Map<string, number>();
  for (const a of result) fundedByPlan.set(a.planId, (fundedByPlan.get(a.planId) ?? 0) + a.amount);
  const ownByPlan = new Map<string, number>();
  for (const a of own) ownByPlan.set(a.planId, (ownByPlan.get(a.planId) ?? 0) + a.amount);
  return problem.plans.map((plan) => {
    const funded = fundedByPlan.get(plan.plan.id) ?? 0;
    const ownRevenue = ownByPlan.get(plan.plan.id) ?? 0;
    const covered = funded + ownRevenue;
    return {
      planId: plan.plan.id,
      totalCost: asCents(plan.totalCost),
      funded: asCents(funded),
      ownRevenue: asCents(ownRevenue),
      gap: asCents(Math.max(0, plan.totalCost - covered)),
      fundedShare: plan.totalCost === 0 ? 1 : covered / plan.totalCost,
    };
  });
}

interface Rounded {
  f: Formulation;
  solved: SolvedFormulation | null;
  cents: CentAmount[];
  guarantees: GuaranteeUse[];
  /** The solver's total per award (index of `f.binaries`) before rounding. */
  solvedAwards: Float64Array;
  /** Per `pairKey(plan, stream)` of a stream with a minimum award, the solver's money beyond locks. */
  solvedPairs: Map<number, number>;
}

async function solveAndRound(
  problem: BlendProblem,
  margins: ReadonlyMap<number, number>,
  control: BlendControl,
): Promise<Rounded> {
  const f = formulate(problem, margins);
  if (f.lp.columns.length === 0)
    return {
      f,
      solved: null,
      cents: [],
      guarantees: [],
      solvedAwards: new Float64Array(0),
      solvedPairs: new Map(),
    };
  // Slack columns alone (locks that need checking) still need a solve.
  const highs = await loadHighs();
  const solved = await solveFormulation(highs, f, minimumAwardOf(f), control);
  for (const slack of f.slacks) {
    const excess = solved.phase1[slack.col] ?? 0;
    // Slack is only used when locked amounts leave no other way (it costs more than any funding gains).
    if (excess > 1e-6 && slack.silent !== true)
      f.locked.breaks.push({
        rule: slack.rule,
        ...(slack.planIndex === undefined ? {} : { planIndex: slack.planIndex }),
        streamIndex: slack.streamIndex,
        ...(slack.year === undefined ? {} : { year: slack.year }),
        excess,
      });
  }
  const lockShort = new Set(
    f.locked.breaks.filter((b) => b.rule === 'minAward').map((b) => pairKey(b.planIndex!, b.streamIndex!)),
  );
  const values = solved.values;
  const funding = f.funds.reduce((sum, v) => sum + values[v.col]!, 0);
  control.report({
    phase: 'rounding',
    nodes: 0,
    covered: control.covered(funding),
    bound: control.covered(funding + solved.distance)!,
  });
  const lines = toLines(problem, f, values);
  const { cents, guarantees } = roundBlend(highs, problem, f, values, lines, lockShort);
  const solvedAwards = new Float64Array(f.binaries.length);
  const awardOf = new Map(f.binaries.map((b, i) => [pairKey(b.planIndex, b.streamIndex), i]));
  for (const l of lines) {
    const b = awardOf.get(pairKey(l.planIndex, l.streamIndex));
    if (b !== undefined) solvedAwards[b] = (solvedAwards[b] ?? 0) + l.amount;
  }
  const solvedPairs = new Map<number, number>();
  for (const l of lines) {
    if (l.streamIndex === problem.ownRevenueIndex) continue;
    if ((problem.streams[l.streamIndex]!.stream.minAward ?? 0) <= 0) continue;
    const k = pairKey(l.planIndex, l.streamIndex);
    solvedPairs.set(k, (solvedPairs.get(k) ?? 0) + l.amount);
  }
  return { f, solved, cents, guarantees, solvedAwards, solvedPairs };
}

/** Margins (a cent per rounded amount) for the awards the solver gave and rounding withdrew. */
function lostAwardMargins(problem: BlendProblem, round: Rounded): Map<number, number> {
  const margins = new Map<number, number>();
  const kept = new Map<number, number>();
  const pieces = new Map<number, number>();
  for (const c of round.cents) {
    const k = pairKey(c.planIndex, c.streamIndex);
    kept.set(k, (kept.get(k) ?? 0) + c.cents);
  }
  for (const c of round.cents) {
    const k = pairKey(c.planIndex, c.streamIndex);
    pieces.set(k, (pieces.get(k) ?? 0) + 1);
  }
  round.f.binaries.forEach((b, i) => {
    const k = pairKey(b.planIndex, b.streamIndex);
    const minAward = problem.streams[b.streamIndex]!.stream.minAward ?? 0;
    const locked = round.f.locked.ofPlanStream(b.planIndex, b.streamIndex);
    const solved = (round.solvedAwards[i] ?? 0) + locked;
    if (solved < minAward - 1e-6 || (kept.get(k) ?? 0) + locked >= minAward) return;
    const lines = problem.plans[b.planIndex]!.lines.length * problem.plans[b.planIndex]!.years.length;
    margins.set(k, Math.max(pieces.get(k) ?? 0, lines) + 1);
  });
  return margins;
}

/**
 * Awards the solver gave (beyond their locks) and rounding withdrew whole, as
 * `WITHDRAWN_AWARD` margins: a stream with a minimum award whose money, locks aside, the
 * solver used and the rounded blend does not.
 */
function withdrawnAwards(round: Rounded): Map<number, number> {
  const kept = new Set(
    round.cents.filter((c) => c.cents > 0).map((c) => pairKey(c.planIndex, c.streamIndex)),
  );
  const withdrawn = new Map<number, number>();
  for (const [k, amount] of round.solvedPairs) {
    if (amount > 0.5 && !kept.has(k)) withdrawn.set(k, WITHDRAWN_AWARD);
  }
  return withdrawn;
}

function gapOf(problem: BlendProblem, cents: readonly CentAmount[]): number {
  const total = problem.plans.reduce((sum, p) => sum + p.totalCost, 0);
  return total - cents.reduce((sum, c) => sum + c.cents, 0);
}

export interface BlendOptions {
  lang?: Lang;
  /** Cancels the blend: it then rejects with BlendCancelledError (checked between solves). */
  signal?: AbortSignal;
  /** Called as the blend proceeds, at least every ~200 ms of search. */
  onProgress?: (p: BlendProgress) => void;
  /** The minimum-award search (progress.ts); `auto` unless a test or benchmark forces one path. */
  awardSearch?: AwardSearchMode;
}

/** Cents the plans' locked amounts cover: the solver's funding objective counts only money beyond them. */
function lockedTotal(problem: BlendProblem): number {
  let total = 0;
  for (const plan of problem.plans) for (const lock of plan.locks) total += lock.amount;
  return total;
}

/**
 * The optimal blend (spec section 6): the least total gap over the requested plans
 * under all eight rules, then the documented secondary preference, then explanations.
 */
export async function blend(
  workspace: Workspace,
  request: BlendRequest,
  options: BlendOptions = {},
): Promise<BlendResult> {
  const control = new BlendControl(options.signal, options.onProgress);
  control.throwIfCancelled();
  const problem = buildProblem(workspace, request);
  control.offset = lockedTotal(problem);
  const planCost = problem.plans.reduce((sum, p) => sum + p.totalCost, 0);
  control.totalCost = planCost;
  control.mode = options.awardSearch ?? 'auto';
  control.report({ phase: 'relaxation', nodes: 0, covered: null, bound: planCost });
  let round = await solveAndRound(problem, new Map(), control);
  // An award the optimum gives at exactly its minimum can end a cent short once rounded
  // and is then withdrawn whole. Once more with a cent of margin per amount on those
  // awards; the better of the two blends stands.
  const margins = lostAwardMargins(problem, round);
  if (margins.size > 0) {
    const again = await solveAndRound(problem, margins, control);
    if (gapOf(problem, again.cents) < gapOf(problem, round.cents)) round = again;
  }
  // An award rounding withdrew whole (no whole-cent blend reaches its minimum) leaves the
  // solve's duals describing a blend the table does not show: solved once more without
  // it, the explanations name the minimum award instead of limits its money no longer uses.
  const withdrawn = withdrawnAwards(round);
  if (withdrawn.size > 0) {
    const without = await solveAndRound(problem, new Map([...margins, ...withdrawn]), control);
    if (gapOf(problem, without.cents) <= gapOf(problem, round.cents)) round = without;
  }
  const { f, solved, cents, guarantees } = round;
  settleUncoverable(problem, f, cents);
  const outside = allocations(problem, cents);
  const own = ownRevenueUses(problem, cents);
  const plans = summaries(problem, outside, own);
  const totalCost = plans.reduce((sum, p) => sum + p.totalCost, 0);
  const funded = plans.reduce((sum, p) => sum + p.funded, 0);
  const gap = plans.reduce((sum, p) => sum + p.gap, 0);
  const covered = totalCost - gap;
  // Proven exact: the bound is what the blend covers; otherwise the search's proven distance on top.
  const bound = Math.min(totalCost, covered + Math.ceil(solved?.distance ?? 0));
  control.report({ phase: 'done', nodes: 0, covered, bound });
  return {
    status: 'optimal',
    totalCost: asCents(totalCost),
    funded: asCents(funded),
    gap: asCents(gap),
    bound: asCents(bound),
    plans,
    allocations: outside,
    ownRevenue: own,
    guarantees,
    funds: revolvingFunds(problem, outside),
    binding: explain(problem, f, solved, options.lang ?? 'en'),
    awards: awardOutcomes(problem, outside, guarantees, options.lang ?? 'en'),
  };
}
